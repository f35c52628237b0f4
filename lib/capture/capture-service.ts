import { clipRecordFrom } from '../db/clip-record';
import { saveCapture } from '../db/clip-store';
import type { NewsDeskDb } from '../db/database';
import { CaptureError, type FailureCode } from '../db/errors';
import { normalizeUrl } from '../db/normalize-url';
import { translate, type Language } from '../i18n/index';
import type { Failure, ResponseOf } from '../messages';
import { checkTabUrl } from './page-kind';
import type { ReadOptions, ReadResult } from './read-page';
import { validateExtraction } from './validate-extraction';

/** What the capture service needs from the browser, given by the background (and by unit tests). */
export interface CapturePorts {
  db: NewsDeskDb;
  /** The tab's current address and loading state, or null when the tab is gone. */
  getTab(tabId: number): Promise<{ url?: string; status?: string } | null>;
  /** Injects the reader into the tab and returns its result; rejects when the browser refuses the injection. */
  readTab(tabId: number, options: ReadOptions): Promise<ReadResult>;
  now(): number;
  newId(): string;
  language(): Promise<Language>;
  /** Bytes the browser says are still free for the extension's storage, or null when it cannot tell. */
  storageFree(): Promise<number | null>;
}

/** Below this much free space an aborted write is taken as a full disk. */
const NEARLY_FULL_BYTES = 5 * 1024 * 1024;

/**
 * Chromium reports a full disk during a commit as a plain AbortError; the storage estimate then shows no room
 * left (quota equal to usage). Any other abort stays an internal error.
 */
async function isDiskFull(ports: CapturePorts, error: unknown): Promise<boolean> {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (!/abort|unknown/i.test(name)) return false;
  const free = await ports.storageFree().catch(() => null);
  return free !== null && free < NEARLY_FULL_BYTES;
}

/** Maps the browser's injection errors to what the editor can act on. */
export function injectionFailure(error: unknown): FailureCode {
  const message = String((error as Error)?.message ?? error);
  if (/no tab with id|tab was closed|no tab/i.test(message)) return 'tab-closed';
  if (/gallery|webstore|cannot be scripted|chrome:\/\/|extensions? (page|gallery)/i.test(message)) return 'unsupported-page';
  if (/frame .*removed|navigat|error page|document.*(unloaded|changed)|context invalidated/i.test(message)) return 'page-changed';
  if (/cannot access|permission|host|activeTab/i.test(message)) return 'no-permission';
  return 'internal';
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: unknown } | null;
  const own = `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
  return e?.inner ? `${own} ← ${describe(e.inner)}` : own;
}

async function failure(ports: CapturePorts, code: FailureCode, cause?: unknown): Promise<{ ok: false; error: Failure }> {
  const language = await ports.language().catch((): Language => 'vi');
  const error: Failure = { code, message: translate(language, `error.${code}`) };
  if (cause !== undefined) error.detail = describe(cause);
  return { ok: false, error };
}

/** Reads a tab through the ports with every check that capture and preview share. */
async function readChecked(ports: CapturePorts, tabId: number, selectionOnly: boolean): Promise<{ code: FailureCode } | { result: ReturnType<typeof validateExtraction> }> {
  const tab = await ports.getTab(tabId).catch(() => null);
  if (!tab) return { code: 'tab-closed' };
  const urlProblem = checkTabUrl(tab.url);
  if (urlProblem) return { code: urlProblem };
  let read: ReadResult;
  try {
    read = await ports.readTab(tabId, { selectionOnly });
  } catch (error) {
    return { code: injectionFailure(error) };
  }
  if (!read.ok) return { code: read.code };
  const after = await ports.getTab(tabId).catch(() => null);
  if (!after) return { code: 'tab-closed' };
  if (after.url && tab.url && normalizeUrl(after.url) !== normalizeUrl(tab.url)) return { code: 'page-changed' };
  try {
    return { result: validateExtraction(read.extraction) };
  } catch (error) {
    return { code: error instanceof CaptureError ? error.code : 'invalid-extraction' };
  }
}

/**
 * Captures a tab into the queue: the one handler behind the toolbar popup, the context menus, the keyboard
 * command, "Lấy tin từ các tab đang mở" and the browser tests. Every failure comes back as a code and a message
 * in the interface language; nothing is half-saved.
 */
export async function captureTab(ports: CapturePorts, tabId: number, selectionOnly = false): Promise<ResponseOf<'capture-tab'>> {
  const read = await readChecked(ports, tabId, selectionOnly);
  if ('code' in read) return failure(ports, read.code);
  try {
    const saved = await saveCapture(ports.db, read.result, { now: ports.now(), newId: ports.newId, selectionOnly });
    return { ok: true, clipId: saved.clipId, duplicate: saved.duplicate };
  } catch (error) {
    if (error instanceof CaptureError) return failure(ports, error.code, error.cause);
    return failure(ports, (await isDiskFull(ports, error)) ? 'storage-full' : 'internal', error);
  }
}

/** Reads a tab for the popup's preview without saving, and says whether the article is already queued. */
export async function previewTab(ports: CapturePorts, tabId: number): Promise<ResponseOf<'preview-tab'>> {
  const read = await readChecked(ports, tabId, false);
  if ('code' in read) return failure(ports, read.code);
  const e = read.result;
  const keys = clipRecordFrom(e, { id: '', now: ports.now(), selectionOnly: false }).fields;
  const queued =
    (await ports.db.clips.where('urlKey').anyOf([normalizeUrl(e.url), keys.canonicalKey]).count()) > 0 ||
    (await ports.db.clips.where('contentHash').equals(keys.contentHash).count()) > 0;
  return {
    ok: true,
    preview: { title: e.title, published: e.published, lead: e.lead, firstImage: e.images[0]?.src ?? null, siteName: e.siteName, url: e.url, alreadyQueued: queued },
  };
}
