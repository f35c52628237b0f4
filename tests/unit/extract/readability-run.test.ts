import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { hasNonSpaceText, parseWithReadability, REPLACED_CHECKS } from '../../../lib/extract/readability-run';
import { savedPageUrl } from '../../../lib/extract/saved-page-url';
import { sharedDir } from '../../support/shared-dir';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const CORPUS = join(sharedDir(), 'corpora', 'readability');

/** Readability's whole result on a fresh parse of `html`, with its content as HTML. */
function parse(html: string, url: string, fast: boolean): unknown {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const article = parseWithReadability(dom.window.document, fast);
  return article && { ...article, content: article.content?.outerHTML ?? null };
}

/** Our portal fixtures and every 6th page of Readability's corpus (the corpus is read in place). */
function pages(): { name: string; html: string; url: string }[] {
  const names = readdirSync(FIXTURES).filter((d) => d.startsWith('extract--'));
  const fixtures = names
    .map((d) => readFileSync(join(FIXTURES, d, 'source.html'), 'utf8'))
    .map((html, i) => ({ name: names[i]!, html, url: savedPageUrl(html) ?? 'https://example.gov.vn/' }));
  const corpus = readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'source.html')))
    .sort()
    .filter((_, i) => i % 6 === 0)
    .map((d) => ({ name: d, html: readFileSync(join(CORPUS, d, 'source.html'), 'utf8'), url: 'http://fakehost/test/page.html' }));
  return [...fixtures, ...corpus];
}

describe('Readability with cheaper per-node checks', () => {
  it('finds the corpus it is checked against', () => expect(existsSync(CORPUS), CORPUS).toBe(true));

  it('replaces checks Readability still has (an upgrade that renames them would leave ours unused)', () => {
    const prototype = Readability.prototype as unknown as Record<string, unknown>;
    for (const name of REPLACED_CHECKS) expect(typeof prototype[name], name).toBe('function');
    expect((new Readability(new JSDOM('').window.document) as unknown as { REGEXPS: { byline: unknown } }).REGEXPS.byline).toBeInstanceOf(RegExp);
  });

  it.each(pages().map((p) => [p.name, p] as const))('gives the same article as Readability as published: %s', (_, page) => {
    expect(parse(page.html, page.url, true)).toEqual(parse(page.html, page.url, false));
  });

  it('keeps a byline, drops empty blocks and hidden ones as Readability does', () => {
    const html = `<html><head><title>Một bài viết</title></head><body>
      <div class="byline">  Nguyễn Văn A  </div>
      <div class="author-box"><span>${'x'.repeat(120)}</span></div>
      <div id="empty">  \u00a0 <br><br> </div>
      <div style="display: none"><p>${'Ẩn đi. '.repeat(40)}</p></div>
      <div hidden><p>${'Cũng ẩn. '.repeat(40)}</p></div>
      <svg aria-hidden="true" class="fallback-image"><text>x</text></svg>
      <article><p>${'Cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên của các cơ quan. '.repeat(12)}</p>
      <p>${'Người dân và doanh nghiệp được phục vụ tốt hơn, nhanh hơn, minh bạch hơn. '.repeat(10)}</p></article>
      </body></html>`;
    const fast = parse(html, 'https://sonoivu.example.gov.vn/tin', true) as { byline: string; content: string };
    expect(fast).toEqual(parse(html, 'https://sonoivu.example.gov.vn/tin', false));
    expect(fast.byline).toBe('Nguyễn Văn A');
    expect(fast.content).not.toContain('Ẩn đi');
    expect(fast.content).toContain('Cải cách hành chính');
  });
});

describe('hasNonSpaceText', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  it.each([
    ['<p></p>', false],
    ['<p> \n\t </p>', false],
    ['<p>\u00a0\u2028\ufeff\u3000</p>', false],
    ['<p><span> </span><b>\u00a0</b><br></p>', false],
    ['<p><!-- chú thích --></p>', false],
    ['<p><span> </span><i>a</i></p>', true],
    ['<p>\u200b</p>', true],
    ['<p><img alt="ảnh"></p>', false],
  ])('%s → %s, as textContent.trim() says', (html, expected) => {
    doc.body.innerHTML = html;
    const p = doc.body.firstElementChild!;
    expect(hasNonSpaceText(p)).toBe(expected);
    expect(hasNonSpaceText(p)).toBe((p.textContent ?? '').trim().length > 0);
  });
});
