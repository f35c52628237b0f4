import { normalizeUrl } from '../db/normalize-url';
import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';
import { looksLikeArticleUrl } from './article-url';
import { dateAfter, itemDate } from './item-date';
import { documentBase, linkAddress } from './link-address';
import { findNextPages } from './next-pages';
import { isOutsideContent } from './outside-content';
import { isSameSite } from './same-site';
import type { ListingLink, ListingPage } from './types';

export type { ListingLink, ListingPage } from './types';

/** Shorter link texts are menu entries, "Xem tiếp" or category names, not article titles. */
const MIN_TITLE = 20;
/** Block elements that hold one article in a list. */
const ITEM_TAGS = new Set(['LI', 'TR', 'ARTICLE', 'DT', 'DD']);
const INLINE_TAGS = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL']);

interface Candidate {
  key: string;
  url: string;
  anchors: Element[];
}

/** "Xem tiếp", "Chi tiết", "Đọc thêm" links, which may carry the title in hidden text after the words. */
const READ_MORE = /^(xem (tiep|them|chi tiet)|doc (tiep|them)|chi tiet|read more)/;
/** Where a listing writes its titles: headings and `.title`, `.asset-title`, `.tieu-de` blocks. */
const TITLE_HOLDER = 'h1, h2, h3, h4, h5, h6, [class*="title"], [class*="Title"], [class*="tieude"], [class*="tieu-de"]';

function rank(a: Element): number {
  if (READ_MORE.test(foldVietnamese(cleanText(a.textContent)))) return 0;
  return a.closest(TITLE_HOLDER) ? 2 : 1;
}

/**
 * The best title among the anchors of one article: the anchor in a heading first, then any other, "Xem tiếp"
 * last; the longest text among equals; the title attribute when the text is short or cut off ("…").
 */
function titleOf(anchors: readonly Element[]): { title: string; anchor: Element } | null {
  let best: { title: string; anchor: Element; rank: number } | null = null;
  for (const a of anchors) {
    const text = cleanText(a.textContent);
    const attr = cleanText(a.getAttribute('title'));
    let title = text;
    // "Mỹ Xuyên nâng cao chất lượng…" with the whole title in the attribute.
    if (attr.length >= MIN_TITLE && (text.length < MIN_TITLE || (/(\.\.\.|…)$/.test(text) && attr.length > text.length))) title = attr;
    if (title.length < MIN_TITLE) continue;
    const r = rank(a);
    if (!best || r > best.rank || (r === best.rank && title.length > best.title.length)) best = { title, anchor: a, rank: r };
  }
  return best && { title: best.title, anchor: best.anchor };
}

/**
 * The element that holds one article in the list: the highest ancestor of its link that holds links to no other
 * article (an `<li>`, a table row, an `.asset-abstract` block). `owners` maps each element to the article keys
 * linked inside it.
 */
function itemOf(anchor: Element, owners: Map<Element, Set<string>>): Element {
  let item = anchor;
  for (let parent = anchor.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if ((owners.get(parent)?.size ?? 0) > 1) break;
    item = parent;
    if (ITEM_TAGS.has(parent.tagName)) break;
  }
  return item;
}

/**
 * Finds the article links of a category or search page ("Tin tức - Sự kiện", "Cải cách hành chính") and the
 * pages after it. A link counts when it lies in the content (not in navigation, header, footer, menus, sidebars,
 * banners or boxes such as "Tin nổi bật"), stays on the page's site (the same registered domain: a province
 * portal and its departments), has a title (text of 20 characters or more, or a title attribute) and an address
 * shaped like an article on the platforms in PORTALS.md. Links to one article (picture, title, "Xem tiếp") are
 * merged by {@link normalizeUrl} and keep their best title; the date is the one shown in the same list item.
 * Pure: the document is read, never changed; `pageUrl` resolves relative links; `now` rejects future dates.
 */
export function findArticleLinks(doc: Document, pageUrl: string, now: Date): ListingPage {
  const base = documentBase(doc, pageUrl);
  let pageHost = '';
  try {
    pageHost = new URL(pageUrl).hostname;
  } catch {
    return { links: [], nextPages: [] };
  }
  const here = normalizeUrl(pageUrl);
  const memo = new Map<Element, boolean>();
  const outside = (a: Element): boolean => isOutsideContent(a, memo);

  const byKey = new Map<string, Candidate>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = linkAddress(a.getAttribute('href'), base);
    if (!url || !isSameSite(url.hostname, pageHost) || !looksLikeArticleUrl(url)) continue;
    const key = normalizeUrl(url.href);
    if (key === here || outside(a)) continue;
    const known = byKey.get(key);
    if (known) known.anchors.push(a);
    else byKey.set(key, { key, url: url.href, anchors: [a] });
  }

  // Which article keys each element holds, to find each article's own list item.
  const owners = new Map<Element, Set<string>>();
  const anchorKey = new Map<Element, string>();
  for (const candidate of byKey.values()) {
    for (const a of candidate.anchors) {
      anchorKey.set(a, candidate.key);
      for (let el = a.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
        const keys = owners.get(el) ?? new Set<string>();
        keys.add(candidate.key);
        owners.set(el, keys);
      }
    }
  }
  const startsOtherArticle = (key: string) => (node: Node): boolean => {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const own = anchorKey.get(el);
    if (own !== undefined) return own !== key;
    const keys = owners.get(el);
    return keys !== undefined && (keys.size > 1 || !keys.has(key));
  };

  const links: ListingLink[] = [];
  for (const candidate of byKey.values()) {
    const best = titleOf(candidate.anchors);
    if (!best) continue;
    const item = itemOf(best.anchor, owners);
    let date = itemDate(item, candidate.anchors, now);
    if (date === null && INLINE_TAGS.has(item.tagName)) date = dateAfter(item, startsOtherArticle(candidate.key), now);
    links.push({ url: candidate.url, title: best.title, date });
  }

  const articleKeys = new Set(byKey.keys());
  const nextPages = findNextPages(doc, pageUrl, base, outside).filter((url) => !articleKeys.has(normalizeUrl(url)));
  return { links, nextPages };
}
