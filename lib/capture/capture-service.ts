import { clipRecordFrom } from '../db/clip-record';
import { CaptureError, type FailureCode } from '../db/errors';
import { normalizeUrl } from '../db/normalize-url';
import type { Language } from '../i18n/index';
import type { Failure, ResponseOf } from '../messages';
import { failureOf } from './failure';
import { checkTabUrl } from './page-kind';
import type { ReadOptions, ReadResult } from './read-page';
import { storeExtraction, type StorePorts } from './store-extraction';
import { validateExtraction } from './validate-extraction';

/** What the capture service needs from the browser, given by the background (and by unit tests). */
export interface CapturePorts extends StorePorts {
  /** The tab's current address and loading state, or null when the tab is gone. */
  getTab(tabId: number): Promise<{ url?: string; status?: string } | null>;
  /** Injects the reader into the tab and returns its result; rejects when the browser refuses the injection. */
  readTab(tabId: number, options: ReadOptions): Promise<ReadResult>;
  language(): Promise<Language>;
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

async function failure(ports: CapturePorts, code: FailureCode, cause?: unknown): Promise<{ ok: false; error: Failure }> {
  const language = await ports.language().catch((): Language => 'vi');
  return { ok: false, error: failureOf(language, code, cause === undefined ? {} : { cause }) };
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
  const saved = await storeExtraction(ports, read.result, selectionOnly);
  return saved.ok ? { ok: true, clipId: saved.clipId, duplicate: saved.duplicate } : failure(ports, saved.code, saved.cause);
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
