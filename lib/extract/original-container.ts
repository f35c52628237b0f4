import { cleanText } from '../text/clean';

const TEXT_BLOCKS = 'p, div, td, li, span, font, blockquote';
/** Blocks that make an element a container rather than the paragraph itself (as the body's paragraphs are chosen). */
const LEAF_TEST = 'p, div, td, li';

/** The page's leaf text block whose whole text is `text` (blocks holding other blocks are skipped unread). */
function findByText(doc: Document, text: string): Element | null {
  for (const el of Array.from(doc.body?.querySelectorAll(TEXT_BLOCKS) ?? [])) {
    // Reading a container's whole text for every container would cost the square of the page's size.
    if (el.firstElementChild && el.querySelector(LEAF_TEST)) continue;
    const own = el.textContent ?? '';
    if (own.length < text.length || own.length > text.length * 1.2 + 20) continue;
    if (cleanText(own) === text) return el;
  }
  return null;
}

/**
 * Finds, in the page itself, the element that holds the article Readability extracted from a copy: the nearest
 * common ancestor of the page's elements that carry the body's first and last paragraphs. Lets the Vietnamese
 * layer look beside the article (attachment lists, bylines after it) in the real page. Null when not found.
 */
export function locateOriginalContainer(doc: Document, body: Element): Element | null {
  const paragraphs = Array.from(body.querySelectorAll('p, div, td, li'))
    .filter((el) => !el.querySelector('p, div, td, li'))
    .map((el) => cleanText(el.textContent))
    .filter((text) => text.length >= 60);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return null;
  const a = findByText(doc, first);
  const b = last === first ? a : findByText(doc, last);
  if (!a || !b) return null;
  let container: Element | null = a;
  while (container && !container.contains(b)) container = container.parentElement;
  return container && container !== doc.body && container !== doc.documentElement ? container : null;
}
