import { describe, expect, it } from 'vitest';
import { describeCause, failureMessageKey, failureOf } from '../../../lib/capture/failure';

describe('failure messages', () => {
  it.each([
    [404, 'error.http-not-found'],
    [410, 'error.http-not-found'],
    [401, 'error.http-forbidden'],
    [403, 'error.http-forbidden'],
    [500, 'error.http-server'],
    [503, 'error.http-server'],
    [429, 'error.http-error'],
  ])('HTTP %s → %s', (status, key) => expect(failureMessageKey('http-error', { status })).toBe(key));

  it('a fetched page outside the permissions says which sites can be fetched', () => {
    expect(failureMessageKey('no-permission')).toBe('error.no-permission');
    expect(failureMessageKey('no-permission', { fetched: true })).toBe('error.no-permission-fetch');
  });

  it('fills the status in both languages and keeps the cause apart', () => {
    expect(failureOf('vi', 'http-error', { status: 404 })).toEqual({ code: 'http-error', message: 'Không tìm thấy trang (lỗi HTTP 404): liên kết hỏng hoặc bài đã bị gỡ.', detail: 'HTTP 404' });
    expect(failureOf('en', 'http-error', { status: 500 }).message).toBe('The site’s server is failing (HTTP 500); try again later.');
    expect(failureOf('vi', 'network-error', { cause: new TypeError('Failed to fetch') }).detail).toBe('TypeError: Failed to fetch');
  });

  it('describes nested causes', () => {
    const outer = Object.assign(new Error('commit failed'), { name: 'AbortError', inner: new Error('disk full') });
    expect(describeCause(outer)).toBe('AbortError: commit failed ← Error: disk full');
  });
});
