import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';
import { findDatesInLine } from './dates';

const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, span, li, td, time';
// Words that stand around a date in a date line; what is left once they and the date are gone must be little.
const DATE_LINE_WORDS = /(ngay dang|ngay cap nhat|cap nhat|ngay phat hanh|xuat ban|dang luc|dang ngay|luot xem|da xem|phan hoi|binh luan|ngay|luc|thu (hai|ba|tu|nam|sau|bay)|chu nhat|gmt\s*[+-]?\s*\d*|am|pm|sa|ch|\d+|[|•·:,.\-–—()/])/g;

/** Whether a short line is only a date line: a date plus labels, weekday, time and view counts. */
export function isDateLine(text: string, now: Date): boolean {
  const line = cleanText(text);
  if (!line || line.length > 160 || findDatesInLine(line, now).length === 0) return false;
  const rest = foldVietnamese(line).replace(DATE_LINE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return rest.length <= 12;
}

/**
 * Removes from the top of a body what Readability keeps but an editor would not republish: the headline repeated
 * as a heading or paragraph, and the date line. Looks at the first few text blocks only, in place.
 */
export function trimBodyHead(body: Element, title: string, now: Date): void {
  const wanted = foldVietnamese(cleanText(title));
  for (let i = 0; i < 4; i++) {
    const first = Array.from(body.querySelectorAll(BLOCKS)).find(
      (el) => cleanText(el.textContent) !== '' && !el.querySelector('p, div, h1, h2, h3, h4, h5, h6, li, td, img, table'),
    );
    if (!first) return;
    const text = cleanText(first.textContent);
    const folded = foldVietnamese(text);
    const isTitle = wanted !== '' && folded === wanted;
    // Headline and date line run together in one block (title and date spans that Readability wrapped in one <p>).
    const titleThenDate = wanted !== '' && folded.startsWith(wanted) && isDateLine(text.slice(wanted.length), now);
    if (!isTitle && !titleThenDate && !isDateLine(text, now)) return;
    let block: Element = first;
    // Take the wrapper that holds only this line (a date split over spans), but never the body itself.
    while (block.parentElement && block.parentElement !== body && cleanText(block.parentElement.textContent) === text) block = block.parentElement;
    block.remove();
  }
}
