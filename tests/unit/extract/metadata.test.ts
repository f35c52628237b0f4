// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../../lib/extract/metadata';

const doc = (body: string) => new JSDOM(`<!doctype html><html lang="vi"><body>${body}</body></html>`).window.document;

describe('readMetadata: the article’s <time datetime>', () => {
  it('takes the time in the <article> holding the headline, not a teaser’s above it', () => {
    const d = doc(`<section><article><a href="/a">Tin khác</a><time datetime="2023-11-16T08:00:00+07:00">16/11/2023</time></article></section>
      <article><h1>Tiêu đề</h1><time datetime="2023-11-15T10:12:00+07:00">15/11/2023 - 10:12</time><p>Nội dung</p></article>`);
    expect(readMetadata(d, 'https://example.gov.vn/').published).toBe('2023-11-15T10:12:00+07:00');
  });

  it('ignores the times of comments wrapped in <article>', () => {
    const d = doc(`<div><h1>Tiêu đề</h1><p>Nội dung</p></div><div id="comments"><article class="comment"><time datetime="2023-06-08T09:12:44+07:00">08/06/2023</time></article></div>`);
    expect(readMetadata(d, 'https://example.gov.vn/').published).toBeNull();
  });

  it('without a headline in any <article>, takes the time of the longest one', () => {
    const d = doc(`<article><time datetime="2023-01-02">02/01/2023</time>Ngắn</article><article><time datetime="2023-01-05">05/01/2023</time>${'Nội dung dài. '.repeat(20)}</article>`);
    expect(readMetadata(d, 'https://example.gov.vn/').published).toBe('2023-01-05');
  });
});
