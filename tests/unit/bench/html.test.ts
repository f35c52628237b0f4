import { describe, it, expect } from 'vitest';
import { summarizeHtml } from '../../../lib/bench/html';

describe('summarizeHtml', () => {
  it.each([
    { name: 'block boundaries become spaces', html: '<h2>Tiêu đề</h2><p>Một</p><p>Hai</p>', words: ['Tiêu đề', 'Một', 'Hai'] },
    { name: 'inline elements do not split words', html: '<p>Hà<b>Nội</b></p>', words: ['HàNội'] },
    { name: 'line breaks separate', html: '<p>Một<br>Hai</p>', words: ['Một', 'Hai'] },
    { name: 'script and style text is dropped', html: '<p>Tin</p><script>var x = 1</script><style>p{}</style>', words: ['Tin'] },
  ])('$name', ({ html, words }) => {
    expect(summarizeHtml(html).text.trim().split(/\s+/u).join(' ')).toBe(words.join(' '));
  });

  it('lists image sources and link targets as written, skipping empty ones', () => {
    const summary = summarizeHtml('<p><img src="/a.jpg"><img src=""><a href="/f.pdf">QĐ</a><a>x</a></p>');
    expect(summary.images).toEqual(['/a.jpg']);
    expect(summary.links).toEqual(['/f.pdf']);
  });

  it('runs no scripts', () => {
    const summary = summarizeHtml('<img src="x" onerror="globalThis.hacked = true"><script>globalThis.hacked = true</script>');
    expect(summary.images).toEqual(['x']);
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
