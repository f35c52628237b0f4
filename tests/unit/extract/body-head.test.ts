// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { trimBodyHead } from '../../../lib/extract/body-head';

const NOW = new Date('2026-11-23T03:00:00Z');
const TITLE = 'Thanh tra tỉnh kiểm tra công vụ tại Bộ phận Một cửa';

describe('trimBodyHead', () => {
  it('removes a headline and date line that run together in one block', () => {
    const el = new JSDOM(`<!doctype html><body><div id="b"><p><span>${TITLE}</span><span>Ngày 5 tháng 6 năm 2023</span></p><p>Nội dung bài viết.</p></div></body>`).window.document.getElementById('b')!;
    trimBodyHead(el, TITLE, NOW);
    expect(el.textContent).toBe('Nội dung bài viết.');
  });

  it('keeps a first paragraph that only starts with the headline’s words', () => {
    const el = new JSDOM(`<!doctype html><body><div id="b"><p>${TITLE} đã được tổ chức trong tháng 6.</p></div></body>`).window.document.getElementById('b')!;
    trimBodyHead(el, TITLE, NOW);
    expect(el.textContent).toBe(`${TITLE} đã được tổ chức trong tháng 6.`);
  });
});
