import { normalizeUrl } from '../db/normalize-url';
import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';
import { linkAddress } from './link-address';

/** Containers of page links on the platforms we know, and the usual generic names. */
const PAGER_SELECTOR = [
  '.lfr-pagination-buttons', '.taglib-page-iterator', '.pagination', '.pager', '.paging', '.phantrang', '.phan-trang',
  '.page-navigation', '.pagenav', '[class*="pagination"]', '[class*="paging"]', '[class*="pager"]', '[class*="PageNav"]',
].join(', ');
/** Link texts that mean "the next page" (folded); not ">>", which many pagers use for the last page. */
const NEXT_WORDS = /^(trang sau|trang tiep( theo)?|tiep( theo)?|sau|next( page)?|»|›|>|→)$/;
/** Texts that clearly say "next page" even outside a known pager. */
const EXPLICIT_NEXT = /^(trang sau|trang tiep( theo)?|next page)\s*[»›>]*$/;
/** Where the current page number is written in an address: `page=2`, `_cur=2`, `trang=2`, `/page-2`, `/p2`. */
const PAGE_IN_URL = /(?:[?&](?:[^=&]*_)?(?:page|cur|trang|p|pageindex|pagenumber|pg)=|\/page-|\/p)(\d{1,4})(?=$|[&/#?.])/i;

function labelOf(a: Element): string {
  const text = cleanText(a.textContent) || cleanText(a.getAttribute('title')) || cleanText(a.getAttribute('aria-label'));
  return foldVietnamese(text).replace(/\s+/g, ' ');
}

function pageNumberOf(url: string): number | null {
  const m = PAGE_IN_URL.exec(url);
  return m ? Number(m[1]) : null;
}

/** The current page number a pager shows (its active, non-link entry), else the address's, else 1. */
function currentPage(pagers: readonly Element[], pageUrl: string): number {
  for (const pager of pagers) {
    const marked = pager.querySelector('.active, .current, .selected, [aria-current], .lfr-page-current');
    const text = cleanText(marked?.textContent);
    if (/^\d{1,4}$/.test(text)) return Number(text);
    for (const el of Array.from(pager.querySelectorAll('span, strong, b, em, li'))) {
      const own = cleanText(el.textContent);
      if (/^\d{1,4}$/.test(own) && !el.querySelector('a') && !el.closest('a')) return Number(own);
    }
  }
  return pageNumberOf(pageUrl) ?? 1;
}

/**
 * The pages after a listing page: links marked `rel=next` or labelled "Trang sau", "Tiếp", "»", ">", then the
 * numbered links of the pager (`.lfr-pagination-buttons`, `.pagination` and the like) past the current page, in
 * page order. Absolute, without the current page, deduplicated by {@link normalizeUrl}; `javascript:` postbacks
 * cannot be followed and are left out. `skip` says which anchors lie outside the content (menus, footers).
 */
export function findNextPages(doc: Document, pageUrl: string, base: string, skip: (a: Element) => boolean = () => false): string[] {
  const pagers = Array.from(doc.querySelectorAll(PAGER_SELECTOR)).filter((el) => !pagerInsidePager(el));
  const inPager = (a: Element): boolean => pagers.some((p) => p.contains(a));
  const here = normalizeUrl(pageUrl);
  const next: string[] = [];
  const numbered: { n: number; url: string }[] = [];

  for (const href of Array.from(doc.querySelectorAll('link[rel~="next"][href]'))) {
    const url = linkAddress(href.getAttribute('href'), base);
    if (url) next.push(url.href);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = linkAddress(a.getAttribute('href'), base);
    if (!url) continue;
    const label = labelOf(a);
    const pager = inPager(a);
    const relNext = /(^|\s)next(\s|$)/i.test(a.getAttribute('rel') ?? '');
    if (relNext || (pager && NEXT_WORDS.test(label)) || (!skip(a) && EXPLICIT_NEXT.test(label))) {
      next.push(url.href);
    } else if (/^\d{1,4}$/.test(label) && (pager || numberedSiblings(a) >= 2)) {
      numbered.push({ n: Number(label), url: url.href });
    }
  }
  const current = currentPage(pagers, pageUrl);
  const ordered = [...next, ...numbered.filter((p) => p.n > current).sort((a, b) => a.n - b.n).map((p) => p.url)];
  const seen = new Set<string>([here]);
  const out: string[] = [];
  for (const url of ordered) {
    const key = normalizeUrl(url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(url);
  }
  return out;
}

/** Nested pager classes (`.pagination` inside `.lfr-pagination-buttons`) count once. */
function pagerInsidePager(el: Element): boolean {
  return el.parentElement?.closest(PAGER_SELECTOR) != null;
}

/** How many other links beside this one (same parent, or same list) are bare page numbers. */
function numberedSiblings(a: Element): number {
  const group = a.parentElement?.tagName === 'LI' ? a.parentElement.parentElement : a.parentElement;
  if (!group) return 0;
  return Array.from(group.querySelectorAll('a[href]')).filter((other) => other !== a && /^\d{1,4}$/.test(cleanText(other.textContent))).length;
}
