// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeAttachmentSections } from '../../../lib/extract/attachments';

const BASE = 'https://example.gov.vn/tin-tuc/1.html';
const body = (html: string) => {
  const el = new JSDOM(`<!doctype html><body><div id="b">${html}</div></body>`).window.document.getElementById('b')!;
  removeAttachmentSections(el, BASE);
  return Array.from(el.children, (c) => c.textContent).join(' ');
};

describe('removeAttachmentSections: document-link lines at the end', () => {
  it('are removed even when the author and source lines stand under them', () => {
    expect(body('<p>Nội dung bài viết.</p><p><a href="/files/QT-01.pdf">Quy trình nội bộ</a></p><p><strong>Minh Khôi</strong></p><p>Nguồn: UBND Quận 8</p>')).toBe(
      'Nội dung bài viết. Minh Khôi Nguồn: UBND Quận 8',
    );
  });

  it('include download-handler links named by a file name (DNN LinkClick.aspx)', () => {
    expect(body('<p>Nội dung bài viết.</p><p><a href="/LinkClick.aspx?fileticket=abc%3d&amp;tabid=1">KH 86-SKHCN.pdf</a></p>')).toBe('Nội dung bài viết.');
  });

  it('leave an ordinary closing paragraph with a link alone', () => {
    expect(body('<p>Xem thêm tại <a href="/van-ban">trang văn bản</a> của Sở.</p><p><strong>Minh Khôi</strong></p>')).toBe(
      'Xem thêm tại trang văn bản của Sở. Minh Khôi',
    );
  });
});
