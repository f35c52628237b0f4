import { cleanText, hasText } from '../text/clean';
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
  /^theo doi .{2,40} tren /, // "Theo dõi VOV.VN trên Facebook và Zalo"
  /^[^\d]{0,40}:?\s*01\/01\/0001$/, // SharePoint's empty date fields ("Ngày hiệu lực: 01/01/0001")
];

/** Headings after which the rest of a container is a list of other articles. */
const RELATED_HEADINGS = /^(tin lien quan|cac tin khac|tin khac|bai lien quan|bai viet lien quan|doc them|dung bo lo|tin cung chuyen muc|xem them|cac tin da dua|tin moi hon|tin cu hon|cac bai viet khac)\s*:?$/;

/** Tags that are never part of an article body. */
const FURNITURE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV']);
/** Class names of furniture blocks (share bars, print and font-size tools, breadcrumbs, related news, comments). */
const FURNITURE_CLASS = /share|social|print|fontsize|font-size|breadcrumb|related|tinlienquan|othernews|other-news|comment|rating|banner/i;

function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  return cls !== null && FURNITURE_CLASS.test(cls);
}

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

const BLOCK_TAGS = /^(P|DIV|SPAN|LI|H[1-6]|A|TD|STRONG|B|EM|SECTION|ASIDE|UL|TABLE|LABEL|FONT|I)$/;

/**
 * Whether a node is the only one of its parent's children with text: every other child is white space, a comment
 * or an element without text, so the parent's text is the node's own. Asking the siblings is much cheaper than
 * reading the parent's whole text, which for the article's container is the whole article, once per text node.
 */
function aloneWithText(node: Node): boolean {
  for (let other = node.parentNode?.firstChild ?? null; other; other = other.nextSibling) {
    if (other === node || (other.nodeType !== 1 && other.nodeType !== 3)) continue;
    if (hasText(other.textContent)) return false;
  }
  return true;
}

/** The outermost element above a text node that holds nothing but that text (the whole furniture block). */
function blockOfText(text: Text, root: Element): Element | null {
  let el = text.parentElement;
  if (!el || el === root) return null;
  // Climb while the parent's text is the text node's own (so the text must first be all of its element's text).
  if (aloneWithText(text)) {
    while (el.parentElement && el.parentElement !== root && aloneWithText(el) && !el.parentElement.querySelector('img, table')) {
      el = el.parentElement;
    }
  }
  return BLOCK_TAGS.test(el.tagName.toUpperCase()) ? el : null;
}

/**
 * Removes furniture from an article body in place: furniture elements (tags, hidden elements, share / print /
 * related-news classes), blocks whose whole text is furniture, and "related news" headings together with
 * everything after them in their container. Walks the elements once and the short text nodes once.
 * Returns the texts removed, for debugging.
 */
export function removeFurniture(root: Element, extraSelectors: string[] = []): string[] {
  const removed: string[] = [];
  const extra = extraSelectors.length ? extraSelectors.join(',') : null;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue;
    const furniture = isFurnitureElement(el) || (extra !== null && el.matches(extra));
    if (!furniture) continue;
    // Keep a figure or table that merely has a matching class; real content never hides behind them.
    if (el.closest('figure, table') && !FURNITURE_TAGS.has(el.tagName.toUpperCase())) continue;
    removed.push(cleanText(el.textContent).slice(0, 80));
    el.remove();
  }
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    if (value.trim() && value.length <= 200) texts.push(node as Text);
  }
  for (const text of texts) {
    if (!root.contains(text)) continue;
    const value = text.textContent ?? '';
    const block = blockOfText(text, root);
    if (!block || block.querySelector('img, table')) continue;
    if (isRelatedHeading(value)) {
      let next = block.nextElementSibling;
      while (next) {
        const after = next.nextElementSibling;
        removed.push(cleanText(next.textContent).slice(0, 80));
        next.remove();
        next = after;
      }
      removed.push(cleanText(value));
      block.remove();
    } else if (isFurnitureText(block.textContent ?? '')) {
      removed.push(cleanText(value));
      block.remove();
    }
  }
  return removed;
}
