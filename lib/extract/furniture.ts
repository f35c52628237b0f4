import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';

/**
 * Whole-block texts of portal furniture that leaks into article text (PORTALS.md), matched on folded text so
 * "Cỡ chữ" and "Co chu" alike. A block whose entire text matches is dropped; a sentence that merely mentions
 * these words is kept.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^tin noi bat:?/,
  /^xem voi co chu/,
  /^printaaa/,
  /^(co chu|font)\s*:?\s*a/,
  /^in bai( viet)?$/,
  /^(ban in|in trang)(\s+goi bai viet)?$/,
  /^ban in\s+g[ou]i bai viet/,
  /^tang tuong phan/,
  /^chung nhan tin nhiem mang$/,
  /^tim kiem tin tuc$/,
  /^skip ribbon commands$/,
  /^chia se( bai viet)?:?$/,
  /^chia se bai viet\b/,
  /^binh luan:?$/,
  /^(dung bo lo|doc them|tin lien quan|cac tin khac|tin khac|bai lien quan|tin cung chuyen muc|xem them):?$/,
  /^luot xem:?\s*\d[\d.,]*(\s*luot xem)?$/,
  /^da xem:?\s*\d+/,
  /^(gui|goi) (bai viet|email|cho ban be)$/,
  /^(quay lai|tro ve|len dau trang|ve dau trang)$/,
  /^(facebook|zalo|twitter|email|print|in)(\s*[|,]\s*(facebook|zalo|twitter|email|print|in))*$/,
  /^(tu khoa|tags?):/,
  /^[^\d]{0,40}:?\s*01\/01\/0001$/, // SharePoint's empty date fields ("Ngày hiệu lực: 01/01/0001")
];

/** Headings after which the rest of a container is a list of other articles. */
const RELATED_HEADINGS = /^(tin lien quan|cac tin khac|tin khac|bai lien quan|doc them|dung bo lo|tin cung chuyen muc|xem them|cac tin da dua|tin moi hon|tin cu hon|cac bai viet khac)\s*:?$/;

/** Elements that are never part of an article body. */
export const FURNITURE_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'form', 'button', 'input', 'select', 'textarea', 'nav',
  '[class*="share" i]', '[class*="social" i]', '[class*="print" i]', '[class*="fontsize" i]', '[class*="font-size" i]',
  '[class*="breadcrumb" i]', '[class*="related" i]', '[class*="tinlienquan" i]', '[class*="othernews" i]',
  '[class*="other-news" i]', '[class*="comment" i]', '[class*="rating" i]', '[class*="banner" i]',
  '[aria-hidden="true"]', '[hidden]',
].join(',');

/** Whether one block's whole text is portal furniture. */
export function isFurnitureText(text: string): boolean {
  const folded = foldVietnamese(cleanText(text)).replace(/[•|·»«]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!folded) return false;
  return FURNITURE_LINES.some((re) => re.test(folded));
}

/** Whether a heading-like text introduces a list of other articles ("Tin liên quan", "Các tin khác"). */
export function isRelatedHeading(text: string): boolean {
  return RELATED_HEADINGS.test(foldVietnamese(cleanText(text)));
}

const BLOCKS = 'p, div, span, li, h1, h2, h3, h4, h5, h6, a, td, strong, b, em, section, aside, ul, table';

/**
 * Removes furniture from an article body in place: furniture elements by selector, blocks whose whole text is
 * furniture, and "related news" headings together with everything after them in their container.
 * Returns the texts removed, for debugging.
 */
export function removeFurniture(root: Element, extraSelectors: string[] = []): string[] {
  const removed: string[] = [];
  const selectors = [FURNITURE_SELECTORS, ...extraSelectors].join(',');
  for (const el of Array.from(root.querySelectorAll(selectors))) {
    // Keep a figure or table that merely has a matching class; real content never hides behind them.
    if (el.closest('figure, table') && !/^(script|style|button|input|form|select|textarea)$/i.test(el.tagName)) continue;
    if (!root.contains(el)) continue;
    removed.push(cleanText(el.textContent).slice(0, 80));
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (!root.contains(el)) continue;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    if (isRelatedHeading(text) && !el.querySelector('img')) {
      let next = el.nextElementSibling;
      while (next) {
        const after = next.nextElementSibling;
        removed.push(cleanText(next.textContent).slice(0, 80));
        next.remove();
        next = after;
      }
      removed.push(cleanText(text));
      el.remove();
    } else if (isFurnitureText(text) && !el.querySelector('img, table')) {
      removed.push(cleanText(text));
      el.remove();
    }
  }
  return removed;
}
