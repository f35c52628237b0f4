// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../lib/extract/decode';
import { savedPageUrl } from '../../../lib/extract/saved-page-url';
import { findArticleLinks } from '../../../lib/listing/find-article-links';

/**
 * Golden listing pages: each tests/fixtures/listing--<case>/ holds a category page (source.html, its URL in the
 * first line) with at least 20 article links amid menus, sidebars, "Tin nổi bật" and pagination, and the links
 * and next pages checked by hand (expected.json). A missing expected.json fails unless UPDATE_FIXTURES=1.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = new Date('2026-11-23T03:00:00Z');
const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('listing--'));

function load(name: string): { doc: Document; url: string } {
  const html = decodeHtml(readFileSync(join(FIXTURES, name, 'source.html')));
  const url = savedPageUrl(html)!;
  return { doc: new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url };
}

function page(body: string, url = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/tin-tuc'): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url }).window.document;
}

describe('listing fixtures', () => {
  it('has a Liferay, a SharePoint and a NukeViet page', () => {
    expect(cases).toEqual(expect.arrayContaining(['listing--liferay', 'listing--sharepoint', 'listing--nukeviet']));
  });

  for (const name of cases) {
    it(name, () => {
      const { doc, url } = load(name);
      const before = doc.documentElement.outerHTML;
      const result = findArticleLinks(doc, url, NOW);
      expect(doc.documentElement.outerHTML, 'the page is not modified').toBe(before);
      const path = join(FIXTURES, name, 'expected.json');
      if (!existsSync(path)) {
        if (process.env.UPDATE_FIXTURES !== '1') throw new Error(`${name}: expected.json is missing (run with UPDATE_FIXTURES=1 after checking the output)`);
        writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
      }
      const expected = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof findArticleLinks>;
      expect(result.links.length).toBeGreaterThanOrEqual(20);
      expect(result.links).toEqual(expected.links);
      expect(result.nextPages).toEqual(expected.nextPages);
    });
  }
});

describe('findArticleLinks', () => {
  it('merges the picture, title and "Xem tiếp" links of one article and keeps the heading text', () => {
    const href = '/web/sonoivu/-/asset_publisher/a1/content/hoi-nghi-cai-cach-hanh-chinh-nam-2024';
    const doc = page(`<div class="list"><div class="item"><a href="${href}"><img src="a.jpg"></a>
      <h3><a href="${href}#top">Hội nghị cải cách hành chính năm 2024</a></h3>
      <a href="${href}">Xem tiếp về Hội nghị cải cách hành chính năm 2024 »</a></div></div>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links).toEqual([
      { url: `http://sonoivu.soctrang.gov.vn${href}`, title: 'Hội nghị cải cách hành chính năm 2024', date: null },
    ]);
  });

  it('keeps links of the same province portal and leaves other sites out', () => {
    const doc = page(`<ul>
      <li><a href="https://soctrang.gov.vn/web/soctrang/-/asset_publisher/x/content/tin-cua-cong-tinh-soc-trang">Tin của cổng thông tin tỉnh Sóc Trăng</a></li>
      <li><a href="https://stp.soctrang.gov.vn/tin/so-tu-phap-tap-huan-nghiep-vu-ho-tich-1234.html">Sở Tư pháp tập huấn nghiệp vụ hộ tịch</a></li>
      <li><a href="https://baochinhphu.vn/tin-bao-chinh-phu-102240305153512387.htm">Một tin của Báo điện tử Chính phủ</a></li>
      <li><a href="https://cantho.gov.vn/tin/can-tho-day-manh-cai-cach-hanh-chinh-99.html">Cần Thơ đẩy mạnh cải cách hành chính</a></li>
    </ul>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links.map((l) => new URL(l.url).hostname)).toEqual(['soctrang.gov.vn', 'stp.soctrang.gov.vn']);
  });

  it('needs a title of 20 characters or a title attribute, and an article-shaped address', () => {
    const doc = page(`<div>
      <a href="/tin/ngan-gon-1.html">Ngắn gọn</a>
      <a href="/tin/co-tieu-de-2.html" title="Tiêu đề đầy đủ nằm trong thuộc tính title"><img src="b.jpg"></a>
      <a href="/web/sonoivu/tin-tuc-su-kien">Tin tức - Sự kiện của Sở Nội vụ tỉnh Sóc Trăng</a>
      <a href="/documents/ke-hoach-cai-cach-hanh-chinh-nam-2024-so-45.pdf">Kế hoạch cải cách hành chính năm 2024</a>
      <a href="javascript:void(0)">Một liên kết bằng JavaScript rất dài</a>
    </div>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links.map((l) => l.title)).toEqual(['Tiêu đề đầy đủ nằm trong thuộc tính title']);
  });

  it('reads the date beside a link in a bare list (text after the link, up to the next one)', () => {
    const doc = page(`<div class="content">
      <a href="/tin/mot-cua-lien-thong-tai-xa-1.html">Một cửa liên thông tại xã Đại Ân 1</a> (21:01 | 17/03/2021)<br>
      <a href="/tin/tap-huan-dich-vu-cong-2.html">Tập huấn dịch vụ công trực tuyến cấp xã</a><br>
      <a href="/tin/ket-qua-khao-sat-hai-long-3.html">Kết quả khảo sát sự hài lòng năm 2022</a> - 12/05/2016 04:00:00 PM
    </div>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links.map((l) => l.date)).toEqual(['2021-03-17T21:01:00+07:00', null, '2016-05-12T16:00:00+07:00']);
  });

  it('takes a <time datetime> and ignores dates quoted in a title or a lead', () => {
    const doc = page(`<article><h2><a href="/tin/trien-khai-quyet-dinh-ngay-12-5-2023-11.html">Triển khai Quyết định ngày 12/5/2023 của UBND tỉnh</a></h2>
      <time datetime="2023-06-01T02:30:00Z">01/06/2023</time></article>
      <article><h2><a href="/tin/ke-hoach-ra-soat-thu-tuc-12.html">Kế hoạch rà soát thủ tục hành chính nội bộ</a></h2>
      <p>Theo Kế hoạch số 45/KH-UBND ngày 15/02/2023, các đơn vị hoàn thành rà soát trước ngày 30/6/2023.</p></article>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links.map((l) => l.date)).toEqual(['2023-06-01T09:30:00+07:00', null]);
  });

  it('leaves out navigation, header, footer, menus, sidebars and "Tin nổi bật" boxes', () => {
    const a = (n: number) => `<a href="/tin/bai-viet-so-${n}-ve-cai-cach-${n}.html">Bài viết số ${n} về cải cách hành chính</a>`;
    const doc = page(`<header>${a(1)}</header><nav>${a(2)}</nav><div class="top-menu">${a(3)}</div>
      <div id="main">${a(4)}</div><div class="sidebar">${a(5)}</div><div class="box"><h3>Tin nổi bật</h3>${a(6)}</div>
      <div class="tin-xem-nhieu">${a(7)}</div><footer>${a(8)}</footer><div style="display:none">${a(9)}</div>
      <article><header><h2>${a(10)}</h2></header></article>`);
    expect(findArticleLinks(doc, doc.URL, NOW).links.map((l) => l.title)).toEqual(['Bài viết số 4 về cải cách hành chính', 'Bài viết số 10 về cải cách hành chính']);
  });

  it('resolves relative links against <base href>', () => {
    const doc = page(`<base href="http://sonoivu.soctrang.gov.vn/portal/"><a href="tin/hoi-nghi-tong-ket-cai-cach-5.html">Hội nghị tổng kết cải cách hành chính</a>`);
    expect(findArticleLinks(doc, 'http://sonoivu.soctrang.gov.vn/web/x', NOW).links[0]?.url).toBe('http://sonoivu.soctrang.gov.vn/portal/tin/hoi-nghi-tong-ket-cai-cach-5.html');
  });

  it('returns nothing for a page without an address', () => {
    expect(findArticleLinks(page('<a href="/tin/a-b-c-1.html">Một bài viết có tiêu đề đủ dài</a>'), 'not a url', NOW)).toEqual({ links: [], nextPages: [] });
  });
});
