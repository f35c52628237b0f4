// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dateAfter, itemDate } from '../../../lib/listing/item-date';

const NOW = new Date('2026-11-23T03:00:00Z');
const item = (html: string): Element => new JSDOM(`<ul><li>${html}</li></ul>`).window.document.querySelector('li')!;

describe('itemDate', () => {
  it.each([
    ['<a>Tin</a><span class="metadata-publish-date">17/03/2021 21:01</span>', '2021-03-17T21:01:00+07:00'],
    ['<a>Tin</a><div class="news-info">Ngày đăng 28/10/2019 | 11:38 | Lượt xem: 539</div>', '2019-10-28T11:38:00+07:00'],
    ['<a>Tin</a> <em>Thứ hai, 28/10/2019 11:38</em>', '2019-10-28T11:38:00+07:00'],
    ['<a>Tin</a> <span>21:01</span> | <span>17/03/2021</span>', '2021-03-17T21:01:00+07:00'],
    ['<a>Tin</a><span class="date">(00:00 | 01/01/0001)</span>', null],
    ['<a>Tin</a><time datetime="2024-02-12">12/02/2024</time>', '2024-02-12'],
    ['<a>Tin</a><p>Theo Kế hoạch số 45/KH-UBND ngày 15/02/2023, các đơn vị hoàn thành rà soát.</p>', null],
    ['<a>Tin</a><span class="date">31/12/2030</span>', null],
  ])('%s → %s', (html, expected) => {
    const li = item(html);
    expect(itemDate(li, [li.querySelector('a')!], NOW)).toBe(expected);
  });

  it('does not read the date out of the article’s own link', () => {
    const li = item('<a>Quyết định ngày 12/05/2023</a>');
    expect(itemDate(li, [li.querySelector('a')!], NOW)).toBeNull();
  });
});

describe('dateAfter', () => {
  it('reads the text after a link up to the next article or line break', () => {
    const doc = new JSDOM('<div><a id="a">A</a> (17/03/2021)<br><a id="b">B</a><br><a id="c">C</a> 12/05/2016</div>').window.document;
    const boundary = (node: Node) => node.nodeType === 1 && (node as Element).tagName === 'A';
    expect(dateAfter(doc.getElementById('a')!, boundary, NOW)).toBe('2021-03-17');
    expect(dateAfter(doc.getElementById('b')!, boundary, NOW)).toBeNull();
    expect(dateAfter(doc.getElementById('c')!, boundary, NOW)).toBe('2016-05-12');
  });
});
