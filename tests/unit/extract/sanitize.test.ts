// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticle, sanitizeHtmlString } from '../../../lib/extract/sanitize';

const win = () => new JSDOM('', { url: 'http://x.gov.vn/' }).window as unknown as Window;

describe('sanitiser', () => {
  it('drops scripts, handlers, javascript: links, frames and styles; keeps tables with merged cells', () => {
    const w = win();
    const el = w.document.createElement('div');
    el.append(
      Object.assign(w.document.createElement('script'), { textContent: 'alert(1)' }),
    );
    const img = w.document.createElement('img');
    img.setAttribute('src', 'http://x.gov.vn/a.jpg');
    img.setAttribute('onerror', 'alert(2)');
    const a = w.document.createElement('a');
    a.setAttribute('href', 'javascript:alert(3)');
    a.textContent = 'xem';
    const table = w.document.createElement('table');
    const cell = w.document.createElement('td');
    cell.setAttribute('rowspan', '2');
    cell.setAttribute('style', 'color:red');
    table.append(cell);
    el.append(img, a, table, w.document.createElement('iframe'));
    const out = sanitizeArticle(el, w).innerHTML;
    expect(out).not.toMatch(/script|onerror|javascript|iframe|style=/);
    expect(out).toContain('rowspan="2"');
    expect(out).toContain('src="http://x.gov.vn/a.jpg"');
  });

  it('cleans stored HTML strings the same way before they are shown', () => {
    const out = sanitizeHtmlString('<p onclick="x()">Tin</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a><svg><script>1</script></svg>', win());
    expect(out).toBe('<p>Tin</p><img src="x"><a>a</a>');
  });
});
