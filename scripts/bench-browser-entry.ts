/**
 * Bundled by `npm run bench:extract -- --browser` and evaluated in each page, as a content script would run:
 * exposes one function per extractor that times the call on the live document and returns plain fields.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractArticle, finishArticle, readArticle, type Extraction } from '../lib/extract/index';

/** What one extractor returned, as plain data for the benchmark. */
export interface BrowserResult {
  ms: number;
  status: 'ok' | 'null' | 'threw';
  error?: string;
  title?: string;
  byline?: string | null;
  published?: string | null;
  lead?: string;
  source?: string | null;
  html?: string;
  images?: string[];
  attachments?: string[];
}

function timed(fn: () => Omit<BrowserResult, 'ms' | 'status'> | null): BrowserResult {
  const start = performance.now();
  try {
    const out = fn();
    const ms = performance.now() - start;
    return out ? { ms, status: 'ok', ...out } : { ms, status: 'null' };
  } catch (error) {
    return { ms: performance.now() - start, status: 'threw', error: String(error) };
  }
}

function fields(r: Extraction): Omit<BrowserResult, 'ms' | 'status'> {
  return { title: r.title, byline: r.author, published: r.published, lead: r.lead, source: r.source, html: r.html, images: r.images.map((i) => i.src), attachments: r.attachments.map((a) => a.href) };
}

/**
 * The page's real address. The benchmark serves each page from a local port over http, but the extension reads
 * the tab's own URL (often https), which is what resolves protocol-relative images (`//media.vov.vn/…`).
 */
let pageUrl = '';

const extractors: Record<string, (now: Date) => BrowserResult> = {
  // What runs in the tab: the read. Sanitising and Markdown run afterwards in the extension's offscreen document;
  // they are done here untimed so the fields are scored on the finished article.
  ours: (now) => {
    const start = performance.now();
    try {
      const draft = readArticle(document, { url: pageUrl, now });
      const ms = performance.now() - start;
      const r = draft && finishArticle(draft, window);
      return r ? { ms, status: 'ok', ...fields(r) } : { ms, status: 'null' };
    } catch (error) {
      return { ms: performance.now() - start, status: 'threw', error: String(error) };
    }
  },
  // The whole pipeline in one place, for the record: read, sanitise, convert.
  'ours+finish': (now) =>
    timed(() => {
      const r = extractArticle(document, { url: pageUrl, now });
      return r && fields(r);
    }),
  // A content script must not destroy the page it reads: Readability gets a clone, as its README advises.
  readability: () =>
    timed(() => {
      const r = new Readability(document.cloneNode(true) as Document).parse();
      return r && { title: r.title ?? '', byline: r.byline ?? null, published: r.publishedTime ?? null, lead: r.excerpt ?? '', source: null, html: r.content ?? '' };
    }),
  defuddle: () =>
    timed(() => {
      const r = new Defuddle(document, { url: location.href }).parse();
      return { title: r.title, byline: r.author || null, published: r.published || null, lead: r.description, source: null, html: r.content };
    }),
};

/** Debug: the steps of our pipeline on this page, in milliseconds. */
(globalThis as { __benchSteps?: unknown }).__benchSteps = (nowIso: string): Record<string, number> => {
  const timings: Record<string, number> = {};
  extractArticle(document, { url: location.href, now: new Date(nowIso), timings });
  return timings;
};

(globalThis as { __bench?: unknown }).__bench = (name: string, nowIso: string, url: string): BrowserResult => {
  pageUrl = url;
  return extractors[name]!(new Date(nowIso));
};
