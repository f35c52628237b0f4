import { describe, it, expect } from 'vitest';
import { decodeHtml, htmlEncoding } from '../../../lib/extract/decode';

/** "Đà Nẵng" as windows-1258 writes it: base letters followed by combining tone marks. */
const DA_NANG_1258 = [0xd0, 0x61, 0xcc, 0x20, 0x4e, 0xe3, 0xde, 0x6e, 0x67];

/** ASCII markup with raw bytes spliced in where `{}` stands. */
function page(markup: string, body: number[] = DA_NANG_1258): Uint8Array {
  const [before = '', after = ''] = markup.split('{}');
  const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
  return new Uint8Array([...ascii(before), ...body, ...ascii(after)]);
}

describe('htmlEncoding', () => {
  it.each([
    { name: 'meta charset', markup: '<meta charset="windows-1258"><p>{}', encoding: 'windows-1258' },
    { name: 'meta charset, unquoted, other label', markup: '<META CHARSET=cp1258><p>{}', encoding: 'windows-1258' },
    {
      name: 'http-equiv Content-Type',
      markup: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><p>{}',
      encoding: 'windows-1258',
    },
    {
      name: 'http-equiv with single quotes, attributes reversed',
      markup: "<meta content='text/html;charset=Windows-1258' http-equiv='content-type'><p>{}",
      encoding: 'windows-1258',
    },
    { name: 'content charset without http-equiv is ignored', markup: '<meta name="x" content="charset=windows-1258">{}', encoding: 'utf-8' },
    { name: 'declaration inside a comment is ignored', markup: '<!-- <meta charset="windows-1258"> --><p>{}', encoding: 'utf-8' },
    { name: 'first declaration wins', markup: '<meta charset="utf-8"><meta charset="windows-1258">{}', encoding: 'utf-8' },
    { name: 'no declaration', markup: '<html><p>{}', encoding: 'utf-8' },
    { name: 'unknown label', markup: '<meta charset="vni-windows">{}', encoding: 'utf-8' },
    { name: 'utf-16 in a meta means utf-8', markup: '<meta charset="utf-16">{}', encoding: 'utf-8' },
  ])('$name → $encoding', ({ markup, encoding }) => {
    expect(htmlEncoding(page(markup))).toBe(encoding);
  });

  it('lets a UTF-8 byte order mark override the meta tag', () => {
    expect(htmlEncoding(page('{}<meta charset="windows-1258">', [0xef, 0xbb, 0xbf]))).toBe('utf-8');
  });
});

describe('decodeHtml', () => {
  it('decodes windows-1258 and composes the tone marks (NFC)', () => {
    const text = decodeHtml(page('<meta charset="windows-1258"><p>{}</p>'));
    expect(text).toBe('<meta charset="windows-1258"><p>Đà Nẵng</p>');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('decodes the url comment line of a fixture unchanged', () => {
    const text = decodeHtml(page('<!-- url: https://example.gov.vn/a -->\n<meta http-equiv="content-type" content="text/html; charset=windows-1258">{}'));
    expect(text.startsWith('<!-- url: https://example.gov.vn/a -->\n')).toBe(true);
    expect(text.endsWith('Đà Nẵng')).toBe(true);
  });

  it('decodes UTF-8 by default and normalises decomposed text to NFC', () => {
    const bytes = new TextEncoder().encode('<p>Ho\u0323\u0302i nghi\u0323</p>');
    expect(decodeHtml(bytes)).toBe('<p>Hội nghị</p>');
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Huế</p>')]);
    expect(decodeHtml(bytes)).toBe('<p>Huế</p>');
  });

  it('replaces bytes that are not valid UTF-8 instead of throwing', () => {
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xff]))).toBe('<p>\uFFFD');
  });
});
