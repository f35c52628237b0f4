import { formatPageDate, parseIsoDate, readDateLine, type PageDate } from '../extract/dates';
import { cleanText, countWords } from '../text/clean';

/** Elements whose class or id says they hold a date (`.metadata-publish-date`, `.news-date`, `#ngaydang`). */
const DATE_HOLDER = /date|time|ngay|publish|created|posted|thoi-?gian|metadata|meta/i;
/** A date line is short; a long text node is a lead paragraph whose dates belong to the story. */
const MAX_DATE_TEXT = 120;
/**
 * Words besides numbers in a date line: `Ngày đăng 28/10/2019 | 11:38 | Lượt xem: 539` has four, `Xuất bản: Thứ
 * năm, 18/04/2024 05:40 (GMT+7)` five. A sentence of a lead ("Theo Kế hoạch số 45/KH-UBND ngày 15/02/2023, …")
 * has many more, and its dates are not the article's.
 */
const MAX_DATE_LINE_WORDS = 8;

function textNodes(root: Node, skip: readonly Element[], out: string[] = []): string[] {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 3) {
      const text = cleanText(child.textContent);
      if (text) out.push(text);
    } else if (child.nodeType === 1 && !skip.includes(child as Element)) {
      const tag = (child as Element).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE') textNodes(child, skip, out);
    }
  }
  return out;
}

function fromLine(line: string, now: Date): PageDate | null {
  if (!line || line.length > MAX_DATE_TEXT) return null;
  if (countWords(line.replace(/\d+/g, ' ')) > MAX_DATE_LINE_WORDS) return null;
  return readDateLine(line, now).published;
}

/**
 * The date a listing shows beside one article: a `<time datetime>` in the item, else the text of an element
 * whose class or id names a date, else any short text in the item outside the article's own links (a title may
 * quote a decision "ngày 12/5/2023", which is not the article's date). Read with the extractor's date-line rules
 * (day first, time before or after, "Cập nhật" kept apart). Returns ISO like `formatPageDate`, or null.
 */
export function itemDate(item: Element, titleLinks: readonly Element[], now: Date): string | null {
  for (const time of Array.from(item.querySelectorAll('time[datetime]'))) {
    const date = parseIsoDate(time.getAttribute('datetime') ?? '', now);
    if (date) return formatPageDate(date);
  }
  const holders = Array.from(item.querySelectorAll('[class], [id]')).filter(
    (el) => DATE_HOLDER.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && !titleLinks.some((a) => el === a || el.contains(a) || a.contains(el)),
  );
  for (const holder of holders) {
    const date = fromLine(cleanText(holder.textContent), now);
    if (date) return formatPageDate(date);
  }
  const lines = textNodes(item, titleLinks);
  // Pieces of one date line are often split across spans (`<span>21:01</span> | <span>17/03/2021</span>`): the
  // item's whole short text first, then each piece.
  for (const line of [lines.join(' '), ...lines]) {
    const date = fromLine(line, now);
    if (date) return formatPageDate(date);
  }
  return null;
}

/**
 * For links that stand alone in a block (`<a>…</a> (17/03/2021)<br><a>…</a>`): the date in the text right after
 * the link, up to the next node that `isBoundary` says starts another article. ISO or null.
 */
export function dateAfter(link: Element, isBoundary: (node: Node) => boolean, now: Date): string | null {
  const pieces: string[] = [];
  for (let node = link.nextSibling; node && !isBoundary(node); node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR' && pieces.length > 0) break;
    const text = cleanText(node.textContent);
    if (text) pieces.push(text);
    if (pieces.join(' ').length > MAX_DATE_TEXT) break;
  }
  const date = fromLine(pieces.join(' '), now);
  return date ? formatPageDate(date) : null;
}
