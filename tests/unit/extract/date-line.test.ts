// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findArticleDates } from '../../../lib/extract/date-line';

const NOW = new Date('2026-11-23T03:00:00Z');
const URL_ = 'https://example.gov.vn/tin-tuc/bai-viet-123.html';

function dates(body: string, bodyClass = '', url = URL_) {
  const doc = new JSDOM(`<!doctype html><html><body class="${bodyClass}">${body}</body></html>`, { url }).window.document;
  return findArticleDates(doc, { url, now: NOW, metaPublished: null, metaUpdated: null, profileDates: [], titleEl: doc.querySelector('h1') });
}

describe('findArticleDates', () => {
  it('a day-only date printed from <time datetime> takes the attribute’s time of that day', () => {
    const r = dates('<h1>Tiêu đề bài viết về cải cách hành chính</h1><p><time datetime="2024-03-12T01:45:00Z">12/03/2024</time></p>');
    expect(r.published).toBe('2024-03-12T08:45:00+07:00');
  });

  it('a <time datetime> naming another day does not replace the visible date', () => {
    const r = dates('<h1>Tiêu đề bài viết về cải cách hành chính</h1><p><time datetime="2024-03-10T01:45:00Z">12/03/2024</time></p>');
    expect(r.published).toBe('2024-03-12');
  });

  it('layout classes on <body> ("one-sidebar sidebar-second") do not hide the date line', () => {
    const r = dates('<h1>Tiêu đề bài viết về cải cách hành chính</h1><div class="submitted">Đăng lúc 16h20 ngày 07/6/2023</div>', 'one-sidebar sidebar-second');
    expect(r.published).toBe('2023-06-07T16:20:00+07:00');
  });

  it('a reader’s comment date is not the article date; the URL date is used instead', () => {
    const r = dates(
      '<h1>Tiêu đề bài viết về cải cách hành chính</h1><p>Nội dung.</p><div id="comments"><article class="comment"><time datetime="2023-06-08T09:12:44+07:00">08/06/2023 lúc 09:12</time></article></div>',
      '',
      'https://example.gov.vn/2023/06/07/tieu-de/',
    );
    expect(r.published).toBe('2023-06-07');
  });
});
