import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTokens } from '../../../lib/text/fold';
import { normalizeUrl } from '../../../lib/db/normalize-url';

describe('foldVietnamese', () => {
  it.each([
    ['Cải cách hành chính', 'cai cach hanh chinh'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['thuỷ', 'thuy'],
    ['ĐĂNG KÝ', 'dang ky'],
    ['ho\u0300a', 'hoa'], // decomposed input
  ])('%s → %s', (input, output) => expect(foldVietnamese(input)).toBe(output));

  it('splits into tokens', () => expect(searchTokens('Một cửa, liên thông!')).toEqual(['mot', 'cua', 'lien', 'thong']));
});

describe('normalizeUrl: the duplicate key', () => {
  it.each([
    ['https://www.Sonoivu.gov.vn/tin/a/?utm_source=fb&utm_medium=x#top', 'sonoivu.gov.vn/tin/a'],
    ['http://sonoivu.gov.vn/tin/a', 'sonoivu.gov.vn/tin/a'],
    ['http://x.gov.vn/Pages/a.aspx?b=2&ItemID=5&fbclid=1', 'x.gov.vn/Pages/a.aspx?ItemID=5&b=2'],
    ['http://x.gov.vn:8080/a', 'x.gov.vn:8080/a'],
  ])('%s', (input, key) => expect(normalizeUrl(input)).toBe(key));
});
