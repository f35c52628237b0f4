import type { FailureCode } from '../db/errors';
import type { ArticleDraft, Extraction } from '../extract/types';
import { checkDocument } from './page-kind';
import { readDraft } from './read-document';

/** Options the background passes to the injected reader. */
export interface ReadOptions {
  selectionOnly: boolean;
}

/** Why there is nothing to save, with the technical cause apart. */
export type ReadFailure = { ok: false; code: FailureCode; detail?: string };

/** A finished, sanitised article, or why there is none: what the capture service checks and stores. */
export type ReadResult = { ok: true; extraction: Extraction } | ReadFailure;

/**
 * What the injected reader returns to the background (structured-cloneable): the article as the page had it, not
 * yet sanitised, and whether the page had a sign-in form; `finishRead` turns it into a {@link ReadResult}.
 */
export type DraftResult = { ok: true; draft: ArticleDraft; loginForm: boolean } | ReadFailure;

/** How the reader waits for a page that is still loading: poll every `intervalMs`, give up after `maxWaitMs`. */
export interface StabilityTiming {
  intervalMs: number;
  maxWaitMs: number;
}

const DEFAULT_TIMING: StabilityTiming = { intervalMs: 200, maxWaitMs: 4000 };

function fingerprint(doc: Document): string {
  const text = doc.body?.textContent ?? '';
  return `${doc.URL}|${text.length}|${text.slice(-200)}`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the page stops changing: a loaded page is read at once; a page still loading is read when two looks
 * in a row see the same text, or when it finishes loading. Returns false when it kept changing for `maxWaitMs`.
 */
export async function waitForStablePage(doc: Document, timing: StabilityTiming = DEFAULT_TIMING): Promise<boolean> {
  const isComplete = (): boolean => doc.readyState === 'complete';
  if (isComplete()) return true;
  let last = fingerprint(doc);
  for (let waited = 0; waited < timing.maxWaitMs; waited += timing.intervalMs) {
    await sleep(timing.intervalMs);
    if (isComplete()) return true;
    const now = fingerprint(doc);
    if (now === last && doc.readyState === 'interactive') return true;
    last = now;
  }
  return false;
}

/** The editor's selection as a fragment, or null when nothing is selected. */
function selectedFragment(doc: Document, selection: Selection | null): DocumentFragment | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < selection.rangeCount; i++) fragment.append(selection.getRangeAt(i).cloneContents());
  return fragment;
}

/**
 * Reads the article of the page it runs in: checks the page kind, waits for a loading page to settle, extracts
 * (the whole article or the selection), and says why when there is nothing to save. Runs in the injected script;
 * the page's own scripts never run in the extension, and the document is not modified. The body comes back
 * unsanitised: the background has it finished (sanitised, converted) on the extension's side.
 */
export async function readPage(
  doc: Document,
  options: ReadOptions & { selection: Selection | null; now?: Date; timing?: StabilityTiming },
): Promise<DraftResult> {
  const kind = checkDocument(doc);
  if (kind) return { ok: false, code: kind };
  const urlAtStart = doc.URL;
  if (!(await waitForStablePage(doc, options.timing))) return { ok: false, code: 'page-changed' };
  if (doc.URL !== urlAtStart) return { ok: false, code: 'page-changed' };
  let selection: DocumentFragment | null = null;
  if (options.selectionOnly) {
    selection = selectedFragment(doc, options.selection);
    if (!selection) return { ok: false, code: 'no-selection' };
  }
  return readDraft(doc, { url: doc.URL, selection, now: options.now });
}
