import { describe, expect, it } from 'vitest';
import type { FetchedPage } from '../../../lib/capture/fetched-page';
import { parseFetchedHtml } from '../../../lib/capture/parse-fetched-html';
import { saveCapture } from '../../../lib/db/clip-store';
import { NewsDeskDb } from '../../../lib/db/database';
import { findArticleLinks } from '../../../lib/listing/find-article-links';
import { listPage, listTab, type ListingPorts } from '../../../lib/listing/listing-service';
import { article } from '../components/helpers';

let n = 0;
const NOW = new Date('2026-11-23T03:00:00Z');
const LIST = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/cai-cach-hanh-chinh';
const link = (i: number) => `http://sonoivu.soctrang.gov.vn/web/sonoivu/-/asset_publisher/a1/content/tin-cai-cach-hanh-chinh-so-${i}`;
const listing = (from: number) => `<div class="list">${[0, 1, 2].map((i) => `<li><a href="${link(from + i)}">Tin cải cách hành chính số ${from + i}</a> (17/03/2021)</li>`).join('')}</div>
  <div class="pagination"><a href="${LIST}?page=2">2</a><a href="${LIST}?page=3">3</a></div>`;

function ports(overrides: Partial<ListingPorts> = {}): ListingPorts {
  return {
    db: new NewsDeskDb(`listing-${Date.now()}-${n++}`),
    language: async () => 'vi',
    getTab: async () => ({ url: LIST }),
    readListingTab: async () => findArticleLinks(parseFetchedHtml(new DOMParser(), listing(1), LIST), LIST, NOW),
    findLinksInHtml: async (html, url) => findArticleLinks(parseFetchedHtml(new DOMParser(), html, url), url, NOW),
    mayFetch: async (url) => new URL(url).hostname.endsWith('.gov.vn'),
    fetchPage: async (url): Promise<FetchedPage> => ({ url, status: 200, contentType: 'text/html', bytes: new TextEncoder().encode(listing(4)) }),
    ...overrides,
  };
}

describe('listTab', () => {
  it('lists the links of the tab and marks those already queued', async () => {
    const p = ports();
    await saveCapture(p.db, article({ url: `${link(2)}?utm_source=zalo` }), { now: 1, newId: () => 'c1' });
    const r = await listTab(p, 7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.page.url).toBe(LIST);
    expect(r.page.links.map((l) => [l.title, l.date, l.queued])).toEqual([
      ['Tin cải cách hành chính số 1', '2021-03-17', false],
      ['Tin cải cách hành chính số 2', '2021-03-17', true],
      ['Tin cải cách hành chính số 3', '2021-03-17', false],
    ]);
    expect(r.page.nextPages).toEqual([`${LIST}?page=2`, `${LIST}?page=3`]);
  });

  it('says why when the tab cannot be read', async () => {
    expect(await listTab(ports({ getTab: async () => null }), 7)).toMatchObject({ ok: false, error: { code: 'tab-closed' } });
    expect(await listTab(ports({ getTab: async () => ({ url: 'chrome://settings' }) }), 7)).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
    const refused = await listTab(ports({ readListingTab: async () => { throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'); } }), 7);
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    expect(await listTab(ports({ readListingTab: async () => 'nonsense' }), 7)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('listPage', () => {
  it('fetches the next page and reads it the same way', async () => {
    const r = await listPage(ports(), `${LIST}?page=2`);
    expect(r.ok && r.page.links.map((l) => l.title)).toEqual(['Tin cải cách hành chính số 4', 'Tin cải cách hành chính số 5', 'Tin cải cách hành chính số 6']);
  });

  it('tells HTTP errors and hosts outside the permissions', async () => {
    const r404 = await listPage(ports({ fetchPage: async (url) => ({ url, status: 404, contentType: 'text/html', bytes: new Uint8Array() }) }), `${LIST}?page=9`);
    expect(r404).toMatchObject({ ok: false, error: { code: 'http-error', message: expect.stringContaining('404') } });
    const outside = await listPage(ports(), 'https://example.com/tin?page=2');
    expect(outside).toMatchObject({ ok: false, error: { code: 'no-permission', message: expect.stringContaining('.gov.vn') } });
  });
});
