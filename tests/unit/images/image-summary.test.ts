import { describe, expect, it } from 'vitest';
import { summarizeImages } from '../../../lib/images/image-summary';

describe('summarizeImages', () => {
  it('counts by state and lists hosts that need a permission once', () => {
    const s = summarizeImages([
      { src: 'http://a.gov.vn/1.png', state: 'saved', error: null },
      { src: 'http://a.gov.vn/2.png', state: 'waiting', error: null },
      { src: 'https://cdn.example.com/3.png', state: 'failed', error: 'no-permission: No host permission for cdn.example.com' },
      { src: 'https://cdn.example.com/4.png', state: 'failed', error: 'no-permission: No host permission for cdn.example.com' },
      { src: 'http://a.gov.vn/5.png', state: 'failed', error: 'http: HTTP 404' },
      { src: 'http://a.gov.vn/6.png', state: 'over-cap', error: null },
    ]);
    expect(s).toEqual({ total: 6, saved: 1, waiting: 1, failed: 3, overCap: 1, failures: ['no-permission', 'http'], hostsWithoutPermission: ['cdn.example.com'] });
  });
});
