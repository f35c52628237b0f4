// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readPage } from '../../../lib/capture/read-page';
import { finishRead } from '../../../lib/capture/read-document';
import { checkDocument, looksLikeLogin } from '../../../lib/capture/page-kind';

const article = `<!doctype html><html lang="vi"><head><title>Tin</title></head><body><nav><a href="/">Trang chủ</a></nav>
<h1>Sóc Trăng đẩy mạnh dịch vụ công trực tuyến</h1><div class="date">(21:01 | 17/03/2021)</div>
<div class="content">${'<p>Thực hiện Kế hoạch cải cách hành chính năm 2021, Sở Thông tin và Truyền thông đã hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh, giảm thời gian đi lại và chi phí.</p>'.repeat(4)}
<p>Tin: Mỹ Xuyên - CCHC</p></div></body></html>`;

/** Reads in the page, then finishes on the extension's side (here the same jsdom window), as a capture does. */
async function read(dom: JSDOM, options: Parameters<typeof readPage>[1]) {
  return finishRead(await readPage(dom.window.document, options), dom.window as unknown as Window);
}

describe('readPage', () => {
  it('returns the body unsanitised for the extension to finish', async () => {
    const dom = new JSDOM(article.replace('<p>Thực hiện', '<p><img src="/a.jpg" onerror="alert(2)" onclick="alert(3)"> Thực hiện'), { url: 'http://sonoivu.soctrang.gov.vn/tin/a' });
    const r = await readPage(dom.window.document, { selectionOnly: false, selection: null });
    expect(r.ok && r.draft.rawHtml).toContain('onclick');
    const done = finishRead(r, dom.window as unknown as Window);
    expect(done.ok && done.extraction.html).toContain('Thực hiện Kế hoạch');
    expect(done.ok && done.extraction.html).not.toMatch(/onclick|onerror/);
  });


  it('reads a loaded article at once', async () => {
    const dom = new JSDOM(article, { url: 'http://sonoivu.soctrang.gov.vn/tin/a' });
    const r = await read(dom, { selectionOnly: false, selection: null, now: new Date('2026-01-01') });
    expect(r).toMatchObject({ ok: true, extraction: { title: 'Sóc Trăng đẩy mạnh dịch vụ công trực tuyến', published: '2021-03-17T21:01:00+07:00', author: 'Mỹ Xuyên - CCHC' } });
  });

  it('a page with no article says so', async () => {
    const dom = new JSDOM('<html><body><ul><li><a href="/a">Tin A</a></li><li><a href="/b">Tin B</a></li></ul></body></html>', { url: 'http://x.gov.vn/' });
    expect(await read(dom, { selectionOnly: false, selection: null })).toEqual({ ok: false, code: 'no-article' });
  });

  it('a sign-in page is told apart from a page with no article', async () => {
    const dom = new JSDOM('<html><body><form><input name="u"><input type="password" name="p"><button>Đăng nhập</button></form></body></html>', { url: 'http://x.gov.vn/login' });
    expect(looksLikeLogin(dom.window.document)).toBe(true);
    expect(await read(dom, { selectionOnly: false, selection: null })).toEqual({ ok: false, code: 'login-required' });
  });

  it('selection-only with nothing selected says so', async () => {
    const dom = new JSDOM(article, { url: 'http://x.gov.vn/a' });
    expect(await read(dom, { selectionOnly: true, selection: dom.window.getSelection() })).toEqual({ ok: false, code: 'no-selection' });
  });

  it('selection-only keeps the page metadata and only the selected text', async () => {
    const dom = new JSDOM(article, { url: 'http://x.gov.vn/a' });
    const doc = dom.window.document;
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('.content p')!);
    dom.window.getSelection()!.addRange(range);
    const r = await read(dom, { selectionOnly: true, selection: dom.window.getSelection(), now: new Date('2026-01-01') });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.extraction.title).toBe('Sóc Trăng đẩy mạnh dịch vụ công trực tuyến');
      expect(r.extraction.published).toBe('2021-03-17T21:01:00+07:00');
      expect(r.extraction.wordCount).toBeLessThan(50);
    }
  });

  it('knows PDFs and images by content type', () => {
    expect(checkDocument({ contentType: 'application/pdf', querySelector: () => null } as unknown as Document)).toBe('pdf');
    expect(checkDocument({ contentType: 'image/png', querySelector: () => null } as unknown as Document)).toBe('image');
  });
});
