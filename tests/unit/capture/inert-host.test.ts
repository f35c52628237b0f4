// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createInertHost, placeInHost } from '../../../lib/capture/inert-host';
import { parseFetchedHtml } from '../../../lib/capture/parse-fetched-html';
import { readDocument } from '../../../lib/capture/read-document';

const URL_ = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/-/asset_publisher/a/content/tin';
const para = '<p>Thời gian qua, công tác cải cách hành chính trên địa bàn huyện tiếp tục được quan tâm chỉ đạo, đạt nhiều kết quả quan trọng, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>';
const PAGE = `<!doctype html><html lang="vi"><head><title>Tin</title><script>window.ran = true</script></head><body>
  <div class="journal-content-article"><h1>Một cửa liên thông tại xã Đại Ân</h1><p>Ngày đăng 17/03/2021 | 21:01</p>
  <img src="/documents/anh-1.jpg" alt="Ảnh">${para.repeat(6)}<p>Xem <a href="/van-ban/quyet-dinh-12">Quyết định số 12/QĐ-UBND</a> của UBND tỉnh.</p></div></body></html>`;

describe('inert host', () => {
  it('gives a parsed page a window, keeps its language and base address, and lets the extractor read it', () => {
    const owner = new JSDOM('<!doctype html><body></body>').window.document;
    const parser = new owner.defaultView!.DOMParser();
    const parsed = parseFetchedHtml(parser, PAGE, URL_);
    expect(parsed.defaultView).toBeNull();
    const host = placeInHost(createInertHost(owner), parsed);
    expect(host.defaultView).not.toBeNull();
    expect(host.documentElement.lang).toBe('vi');
    expect(host.baseURI).toBe(URL_);
    expect((host.defaultView as unknown as { ran?: boolean }).ran).toBeUndefined();
    const frame = owner.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    expect(frame.hidden).toBe(true);

    const read = readDocument(host, { url: URL_, now: new Date('2026-11-23T03:00:00Z') });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.extraction.title).toBe('Một cửa liên thông tại xã Đại Ân');
    expect(read.extraction.published).toBe('2021-03-17T21:01:00+07:00');
    expect(read.extraction.images[0]?.src).toBe('http://sonoivu.soctrang.gov.vn/documents/anh-1.jpg');
    expect(read.extraction.html).toContain('href="http://sonoivu.soctrang.gov.vn/van-ban/quyet-dinh-12"');
  });

  it('holds one page at a time: the next replaces the last', () => {
    const owner = new JSDOM('<!doctype html><body></body>').window.document;
    const parser = new owner.defaultView!.DOMParser();
    const host = createInertHost(owner);
    placeInHost(host, parseFetchedHtml(parser, '<title>Một</title><p>Một</p>', URL_));
    placeInHost(host, parseFetchedHtml(parser, '<title>Hai</title><p>Hai</p>', `${URL_}-2`));
    expect(host.title).toBe('Hai');
    expect(host.body.textContent).toBe('Hai');
    expect(host.baseURI).toBe(`${URL_}-2`);
  });
});
