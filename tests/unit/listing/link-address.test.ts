// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { documentBase, linkAddress } from '../../../lib/listing/link-address';

const BASE = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/tin-tuc';

describe('linkAddress', () => {
  it.each([
    ['/web/a#top', 'http://sonoivu.soctrang.gov.vn/web/a'],
    ['../x/y.html', 'http://sonoivu.soctrang.gov.vn/web/x/y.html'],
    ['/web/s/-/asset_publisher/a/content/tin?redirect=http%3A%2F%2Fa&inheritRedirect=true', 'http://sonoivu.soctrang.gov.vn/web/s/-/asset_publisher/a/content/tin'],
    ['/web/s/-/asset_publisher/a/content/tin?_101_INSTANCE_aXfR_redirect=x&b=1', 'http://sonoivu.soctrang.gov.vn/web/s/-/asset_publisher/a/content/tin?b=1'],
    ['/tin.aspx?nid=1&redirect=x', 'http://sonoivu.soctrang.gov.vn/tin.aspx?nid=1&redirect=x'],
    ['javascript:void(0)', null],
    ['mailto:a@b.gov.vn', null],
    ['#', null],
    ['', null],
    ['http://[bad', null],
  ])('%s → %s', (href, expected) => expect(linkAddress(href, BASE)?.href ?? null).toBe(expected));
});

describe('documentBase', () => {
  it('uses <base href> resolved against the page, else the page address', () => {
    const doc = (head: string) => new JSDOM(`<head>${head}</head>`).window.document;
    expect(documentBase(doc('<base href="/portal/">'), BASE)).toBe('http://sonoivu.soctrang.gov.vn/portal/');
    expect(documentBase(doc(''), BASE)).toBe(BASE);
  });
});
