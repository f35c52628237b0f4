import { describe, expect, it } from 'vitest';
import { checkFetchedPage, decodeFetchedPage, type FetchedPage } from '../../../lib/capture/fetched-page';

const page = (bytes: number[] | string, contentType = 'text/html', status = 200): FetchedPage => ({
  url: 'http://a.gov.vn/tin',
  status,
  contentType,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes),
});

// "Cải" in windows-1258: the hook above is a combining byte (0xD2) after the letter.
const CAI_1258 = [0x43, 0x61, 0xd2, 0x69];
const meta = (charset: string) => [...new TextEncoder().encode(`<meta charset="${charset}"><p>`), ...CAI_1258];

describe('checkFetchedPage', () => {
  it.each([
    [page('<p>x</p>'), null],
    [page('<p>x</p>', ''), null],
    [page('<p>x</p>', 'application/xhtml+xml; charset=utf-8'), null],
    [page('x', 'text/html', 404), { code: 'http-error', status: 404 }],
    [page('x', 'text/html', 302), { code: 'http-error', status: 302 }],
    [page('%PDF', 'application/pdf'), { code: 'pdf' }],
    [page('x', 'image/jpeg'), { code: 'image' }],
    [page('{}', 'application/json'), { code: 'not-html' }],
  ])('%#', (p, expected) => expect(checkFetchedPage(p)).toEqual(expected));
});

describe('decodeFetchedPage', () => {
  it('follows the page’s <meta charset> when the header names none, in NFC', () => {
    expect(decodeFetchedPage(page(meta('windows-1258')))).toBe('<meta charset="windows-1258"><p>Cải');
  });

  it('prefers the HTTP header’s charset to the <meta>, as browsers do', () => {
    expect(decodeFetchedPage(page(meta('utf-8'), 'text/html; charset=windows-1258'))).toBe('<meta charset="utf-8"><p>Cải');
  });

  it('a byte order mark wins over both', () => {
    expect(decodeFetchedPage(page([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Cải')], 'text/html; charset=windows-1258'))).toBe('Cải');
  });
});
