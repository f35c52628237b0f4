import { extractArticle } from '../extract/index';
import { looksLikeLogin } from './page-kind';
import type { ReadResult } from './read-page';

/**
 * Extracts the article of a document and says why when there is nothing to save: a sign-in page (a password form
 * and at most a few words besides), a page with no article, or an error in the extractor (as `internal`, with
 * its stack). Shared by the reader injected into a tab and the reader of fetched pages (offscreen document).
 */
export function readDocument(doc: Document, options: { url: string; selection?: Node | null; now?: Date }): ReadResult {
  try {
    const extraction = extractArticle(doc, { url: options.url, selection: options.selection ?? null, now: options.now });
    // A sign-in page yields at most its form's few words.
    if (looksLikeLogin(doc) && (!extraction || extraction.wordCount < 80)) return { ok: false, code: 'login-required' };
    if (!extraction) return { ok: false, code: 'no-article' };
    return { ok: true, extraction };
  } catch (error) {
    return { ok: false, code: 'internal', detail: String((error as Error)?.stack ?? error) };
  }
}
