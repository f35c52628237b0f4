import { describe, expect, it } from 'vitest';
import { cleanText, hasText } from '../../../lib/text/clean';

describe('cleanText', () => {
  it('collapses white space of every kind and trims', () => {
    expect(cleanText('  Sở\u00a0Nội   vụ\u200b\n\ttỉnh ')).toBe('Sở Nội vụ tỉnh');
  });

  it('gives NFC for text typed with combining marks (NFD), whatever else it holds', () => {
    const nfd = '“Cải cách hành chính” – năm 2024… ₫'.normalize('NFD');
    expect(cleanText(nfd)).toBe('“Cải cách hành chính” – năm 2024… ₫'.normalize('NFC'));
    expect(cleanText('Hoa\u0300 ho\u0300a')).toBe('Hoà hòa'.normalize('NFC'));
  });

  it('leaves precomposed Vietnamese, quotes and dashes as they are, and normalises other scripts', () => {
    expect(cleanText('Ủy ban “một cửa” — ½')).toBe('Ủy ban “một cửa” — ½');
    expect(cleanText('\u212bngström')).toBe('\u00c5ngström'); // the Angstrom sign is NFC Å
    expect(cleanText('\u1100\u1161')).toBe('\uac00'); // Hangul jamo compose
  });

  it('hasText agrees with cleanText on what is blank', () => {
    for (const text of ['', ' \n\t', '\u00a0\u200b\ufeff', null, undefined, ' a ', 'Ủy ban', '\u200b-']) {
      expect(hasText(text)).toBe(cleanText(text) !== '');
    }
  });
});
