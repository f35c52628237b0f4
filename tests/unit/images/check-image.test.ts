import { describe, expect, it } from 'vitest';
import { checkImageAnswer } from '../../../lib/images/check-image';
import { pngBytes } from './helpers';

const html = new TextEncoder().encode('<!doctype html><html><body><h1>Không tìm thấy trang</h1></body></html>');
const svg = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('checkImageAnswer (the door check on a downloaded image)', () => {
  it('takes a PNG and stores the type its bytes show, not the header', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'image/jpeg', bytes: pngBytes() })).toEqual({ ok: true, type: 'image/png' });
  });
  it('takes a generic binary type when the bytes are an image', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'application/octet-stream', bytes: pngBytes() })).toEqual({ ok: true, type: 'image/png' });
  });
  it('refuses HTML served as image/jpeg', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'image/jpeg', bytes: html })).toMatchObject({ ok: false, code: 'not-image' });
  });
  it('refuses an image with a non-image Content-Type', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'text/html; charset=utf-8', bytes: pngBytes() })).toMatchObject({ ok: false, code: 'not-image' });
  });
  it('refuses HTTP errors, even with image bytes', () => {
    expect(checkImageAnswer({ status: 404, contentType: 'image/png', bytes: pngBytes() })).toEqual({ ok: false, code: 'http', detail: 'HTTP 404' });
    expect(checkImageAnswer({ status: 304, contentType: 'image/png', bytes: pngBytes() })).toMatchObject({ ok: false, code: 'http' });
  });
  it('refuses SVG, by its header or by its bytes', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'image/svg+xml', bytes: svg })).toMatchObject({ ok: false, code: 'svg' });
    expect(checkImageAnswer({ status: 200, contentType: 'image/png', bytes: svg })).toMatchObject({ ok: false, code: 'svg' });
  });
  it('refuses an empty body', () => {
    expect(checkImageAnswer({ status: 200, contentType: 'image/png', bytes: new Uint8Array(0) })).toMatchObject({ ok: false, code: 'empty' });
  });
});
