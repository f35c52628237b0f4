import { Readability } from '@mozilla/readability';

/** What {@link parseWithReadability} returns: Readability's article, its content left as an element. */
export type ReadabilityArticle = ReturnType<Readability<Element>['parse']>;

/**
 * The three checks of Readability 0.6.0 (pinned) that {@link parseWithReadability} replaces by equivalent ones.
 * They are instance methods, so a replacement on one instance changes nothing else.
 */
interface ReadabilityChecks {
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
}

const SHOW_TEXT = 4;
const NOT_SPACE = /\S/;
const ELEMENT_NODE = 1;

/**
 * Whether an element holds any text that is not white space: the same answer as `textContent.trim().length > 0`
 * (`trim` and `\s` take away the same characters), but it stops at the first such text node instead of building the
 * element's whole text, which for `<html>` and `<body>` is the whole page. Not `hasText` of lib/text/clean.ts: that
 * one also takes a zero-width space for nothing, as `cleanText` does, and Readability's `trim` does not.
 */
export function hasNonSpaceText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (NOT_SPACE.test(text.nodeValue ?? '')) return true;
  return false;
}

/** The names of the checks replaced, for the test that they are still Readability's own. */
export const REPLACED_CHECKS = ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible'] as const;

/**
 * Equivalent, cheaper versions of Readability's per-node checks, `byline` being Readability's own pattern for
 * byline classes and ids. Readability calls them on every element of the page on each of its passes, and as written
 * they read each element's whole text (`textContent`) first: the byline check reads it before asking whether the
 * element is named like a byline at all, and the empty-block check reads it to learn whether there is any text. On a
 * large page that rebuilds the page's text once per level of nesting. The versions below ask the cheap questions
 * first and stop at the first letter; their answers are the same.
 */
const cheaperChecks = (byline: RegExp): ReadabilityChecks => ({
  _isValidByline(node, matchString) {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  },
  _isElementWithoutContent(node) {
    return (
      node.nodeType === ELEMENT_NODE &&
      !hasNonSpaceText(node) &&
      (!node.children.length ||
        node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  },
  _isProbablyVisible(node) {
    // Without a style attribute, an element's inline style says neither display:none nor visibility:hidden; asking
    // would make the browser build a style object for every element of the page.
    const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
    return (
      (!style || style.display !== 'none') &&
      (!style || style.visibility !== 'hidden') &&
      !node.hasAttribute('hidden') &&
      // As Readability: Wikimedia's math fallback images stay.
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        Boolean(typeof node.className === 'string' && node.className.includes('fallback-image')))
    );
  },
});

/**
 * Runs Mozilla Readability on `copy` (which it changes: pass a clone) with its content kept as an element and the
 * `caption` class kept, and with the per-node checks of {@link cheaperChecks} in place of its own: the same article, in
 * less time on large pages. `fast: false` runs Readability exactly as published (for the test that proves the
 * results equal).
 */
export function parseWithReadability(copy: Document, fast = true): ReadabilityArticle {
  const reader = new Readability<Element>(copy, { serializer: (el) => el as Element, classesToPreserve: ['caption'] });
  if (fast) {
    const internals = reader as unknown as ReadabilityChecks & { REGEXPS: { byline: RegExp } };
    Object.assign(internals, cheaperChecks(internals.REGEXPS.byline));
  }
  return reader.parse();
}
