import { describe, expect, it } from 'vitest';
import { isSameSite, siteOf } from '../../../lib/listing/same-site';

describe('siteOf', () => {
  it.each([
    ['sonoivu.soctrang.gov.vn', 'soctrang.gov.vn'],
    ['www.soctrang.gov.vn', 'soctrang.gov.vn'],
    ['SOCTRANG.GOV.VN', 'soctrang.gov.vn'],
    ['moh.gov.vn', 'moh.gov.vn'],
    ['vpcp.chinhphu.vn', 'chinhphu.vn'],
    ['baochinhphu.vn', 'baochinhphu.vn'],
    ['tintuc.hanoimoi.com.vn', 'hanoimoi.com.vn'],
    ['news.example.org', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('a province portal and its departments are one site; two provinces are not', () => {
    expect(isSameSite('sonoivu.soctrang.gov.vn', 'stp.soctrang.gov.vn')).toBe(true);
    expect(isSameSite('soctrang.gov.vn', 'cantho.gov.vn')).toBe(false);
    expect(isSameSite('chinhphu.vn', 'baochinhphu.vn')).toBe(false);
  });
});
