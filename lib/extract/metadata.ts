import { cleanText } from '../text/clean';

/** Machine-readable facts a page declares about itself (meta tags, JSON-LD, `<time>`). */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  author: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  published: string | null;
  updated: string | null;
}

/** Every `<meta>` of the page by lower-cased property, name or itemprop; the first one wins. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const value = cleanText(el.getAttribute('content'));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, value);
    }
  }
  return table;
}

/**
 * The article's own `<time datetime>`. HTML5 themes wrap every teaser (a "hot news" ticker above the article,
 * related cards) and every comment in an `<article>` with its own `<time>`: the one wanted sits in the `<article>`
 * that holds the headline (`h1`), else in the longest `<article>`; comments' times never count.
 */
function articleTime(doc: Document): Element | null {
  const times = Array.from(doc.querySelectorAll('article time[datetime], time[itemprop="datePublished"][datetime], time[pubdate][datetime]')).filter(
    (el) => !el.closest(COMMENT_AREAS),
  );
  const own = times.find((el) => {
    const article = el.closest('article');
    return !article || article.querySelector('h1') !== null;
  });
  if (own) return own;
  const length = (el: Element) => (el.closest('article')?.textContent ?? '').length;
  return times.reduce<Element | null>((best, el) => (!best || length(el) > length(best) ? el : best), null);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens JSON-LD blocks (arrays, `@graph`) into their objects; malformed blocks are ignored. */
function jsonLdObjects(doc: Document): { [key: string]: Json }[] {
  const out: { [key: string]: Json }[] = [];
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      /* a page's broken JSON-LD is not our error */
    }
  }
  return out;
}

function textOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ') || null;
  if (isObject(value)) return textOf(value['name']);
  return null;
}

const ARTICLE_TYPES = /article|posting|report|webpage/i;

/** Readers' comments (WordPress `#comments`, `.comment-list`, Vietnamese "bình luận" boxes): their dates are not the article's. */
export const COMMENT_AREAS = '#comments, .comments-area, .comment-list, .commentlist, [class~="comment"], [id^="comment-"], [class*="binhluan" i], [class*="binh-luan" i]';

/**
 * Reads the page's declared metadata. Values come from the page and are only text: nothing here is executed.
 * JSON-LD article objects win over Open Graph, which wins over plain meta tags.
 */
export function readMetadata(doc: Document, baseUrl: string): PageMetadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = table.get(key);
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdObjects(doc).find((o) => ARTICLE_TYPES.test(textOf(o['@type']) ?? '')) ?? null;
  const canonicalHref = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null;
  let canonicalUrl: string | null = null;
  if (canonicalHref) {
    try {
      canonicalUrl = new URL(canonicalHref, baseUrl).href;
    } catch {
      canonicalUrl = null;
    }
  }
  const timeEl = articleTime(doc);
  return {
    title: textOf(ld?.['headline']) ?? meta('og:title', 'twitter:title', 'dc:title'),
    description: textOf(ld?.['description']) ?? meta('og:description', 'description', 'twitter:description'),
    author: textOf(ld?.['author']) ?? meta('author', 'article:author', 'dc:creator'),
    siteName: meta('og:site_name') ?? textOf(isObject(ld?.['publisher']) ? ld?.['publisher'] : undefined),
    canonicalUrl,
    language: cleanText(doc.documentElement?.getAttribute('lang')).toLowerCase().split(/[-_]/)[0] || meta('language', 'content-language'),
    published:
      textOf(ld?.['datePublished']) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date') ??
      (cleanText(timeEl?.getAttribute('datetime')) || null),
    updated: textOf(ld?.['dateModified']) ?? meta('article:modified_time', 'dateModified', 'og:updated_time'),
  };
}
