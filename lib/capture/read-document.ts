import { finishArticle, readArticle } from '../extract/index';
import type { ArticleDraft } from '../extract/types';
import { CaptureError } from '../db/errors';
import { looksLikeLogin } from './page-kind';
import type { DraftResult, ReadResult } from './read-page';

/**
 * Reads the article of a document where it is, without sanitising (the part that runs in a tab), and says why
 * when there is nothing to read. A sign-in page is only told apart once the body's words are counted, so the draft
 * carries whether the page had a password form. An error in the extractor comes back as `internal`, with its stack.
 */
export function readDraft(doc: Document, options: { url: string; selection?: Node | null; now?: Date }): DraftResult {
  try {
    const draft = readArticle(doc, { url: options.url, selection: options.selection ?? null, now: options.now });
    const loginForm = looksLikeLogin(doc);
    if (!draft) return { ok: false, code: loginForm ? 'login-required' : 'no-article' };
    return { ok: true, draft, loginForm };
  } catch (error) {
    return { ok: false, code: 'internal', detail: String((error as Error)?.stack ?? error) };
  }
}

const MAX_RAW_HTML = 20_000_000;

/** The door check on a draft that arrives from a tab: the body is bounded text and the lists are lists. */
function checkDraft(value: unknown): ArticleDraft {
  const d = value as Partial<ArticleDraft> | null;
  if (typeof d !== 'object' || d === null) throw new CaptureError('invalid-extraction', 'draft is not an object');
  if (typeof d.rawHtml !== 'string' || d.rawHtml.length > MAX_RAW_HTML) throw new CaptureError('invalid-extraction', 'body is not text or too long');
  if (!Array.isArray(d.images) || !Array.isArray(d.attachments)) throw new CaptureError('invalid-extraction', 'images or attachments are not lists');
  return { ...(d as ArticleDraft), selectionOnly: d.selectionOnly === true };
}

/**
 * Finishes what a tab's reader returned on the extension's side: sanitises the body in `win` (an extension page's
 * window), converts it to Markdown and decides between an article, a sign-in page and no article. Every field is
 * checked again by `validateExtraction` before anything is stored.
 */
export function finishRead(result: DraftResult, win: Window): ReadResult {
  if (!result.ok) return result;
  try {
    const extraction = finishArticle(checkDraft(result.draft), win);
    // A sign-in page yields at most its form's few words.
    if (result.loginForm && (!extraction || extraction.wordCount < 80)) return { ok: false, code: 'login-required' };
    if (!extraction) return { ok: false, code: 'no-article' };
    return { ok: true, extraction };
  } catch (error) {
    if (error instanceof CaptureError) return { ok: false, code: error.code, detail: error.message };
    return { ok: false, code: 'internal', detail: String((error as Error)?.stack ?? error) };
  }
}

/**
 * Reads and finishes the article of a document in one go, in the document's own window: the reader of fetched
 * pages (offscreen document, Firefox's background page) and the tests.
 */
export function readDocument(doc: Document, options: { url: string; selection?: Node | null; now?: Date }): ReadResult {
  const win = doc.defaultView;
  if (!win) return { ok: false, code: 'internal', detail: 'the document has no window' };
  return finishRead(readDraft(doc, options), win);
}
