// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/extract/index';

/** Unknown Vietnamese sites: no profile matches, Readability finds the body, our layer does the rest. */
const NOW = new Date('2026-11-23T03:00:00Z');
const paragraph = (n: number) =>
  `<p>Đoạn ${n}: Thực hiện Kế hoạch cải cách hành chính năm 2024, UBND xã đã rà soát quy trình tiếp nhận hồ sơ tại Bộ phận Một cửa, niêm yết công khai thủ tục và hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công.</p>`;

function page(article: string, extraHead = ''): Document {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử xã Tân Phước</title>${extraHead}</head><body>
  <div id="header"><h1>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC</h1></div>
  <div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/cchc">Cải cách hành chính</a></div>
  <div class="main">${article}</div>
  <div class="sidebar"><div class="block-title">Tin mới</div><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/tin-${i}">Tin mới số ${i} về cải cách hành chính của xã</a> (0${i + 1}/03/2024)</li>`).join('')}</ul></div>
  <div class="footer">Bản quyền thuộc UBND xã Tân Phước. Địa chỉ: ấp 1, xã Tân Phước.</div></body></html>`;
  return new JSDOM(html, { url: 'http://tanphuoc.tiengiang.gov.vn/tin-tuc/-/view/12345' }).window.document;
}

describe('generic Vietnamese path', () => {
  it('takes the headline under the portal logo, the date line, the bold sapo and the closing byline', () => {
    const doc = page(`<div class="news-detail"><h2 class="news-title">Xã Tân Phước nâng cao chất lượng Bộ phận Một cửa</h2>
      <p class="post-date">Ngày đăng: 12/03/2024 08:30</p>
      <div class="content"><p><strong>CTTĐT - Năm 2024, xã Tân Phước tập trung nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa.</strong></p>
      ${[1, 2, 3, 4, 5].map(paragraph).join('')}<p style="text-align:right"><strong>Thanh Tâm</strong></p></div></div>`);
    const r = extractArticle(doc, { url: doc.URL, now: NOW })!;
    expect(r.title).toBe('Xã Tân Phước nâng cao chất lượng Bộ phận Một cửa');
    expect(r.published).toBe('2024-03-12T08:30:00+07:00');
    expect(r.lead).toBe('Năm 2024, xã Tân Phước tập trung nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa.');
    expect(r.author).toBe('Thanh Tâm');
    expect(r.markdown.startsWith('Đoạn 1')).toBe(true);
    expect(r.markdown).not.toContain('Ngày đăng');
    expect(r.markdown).not.toContain('Tin mới số');
  });

  it('a date line and the repeated title inside the body are not body text', () => {
    const doc = page(`<div class="detail"><div class="content"><h3>Xã Tân Phước nâng cao chất lượng Bộ phận Một cửa</h3><div>14:32 31/05/2023 | Lượt xem: 120</div>
      ${[1, 2, 3, 4].map(paragraph).join('')}<p>Nguồn: Văn phòng UBND xã</p></div></div>`,
      '<meta property="og:title" content="Xã Tân Phước nâng cao chất lượng Bộ phận Một cửa">');
    const r = extractArticle(doc, { url: doc.URL, now: NOW })!;
    expect(r.title).toBe('Xã Tân Phước nâng cao chất lượng Bộ phận Một cửa');
    expect(r.published).toBe('2023-05-31T14:32:00+07:00');
    expect(r.source).toBe('Văn phòng UBND xã');
    expect(r.markdown.startsWith('Đoạn 1')).toBe(true);
  });
});
