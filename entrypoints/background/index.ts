import { NewsDeskDb } from '../../lib/db/database';
import { createJobRunner, type JobPorts } from '../../lib/capture/capture-job';
import { captureTab, previewTab, type CapturePorts } from '../../lib/capture/capture-service';
import { failureOf } from '../../lib/capture/failure';
import type { FetchedPage } from '../../lib/capture/fetched-page';
import type { DraftResult, ReadOptions, ReadResult } from '../../lib/capture/read-page';
import type { CaptureJob } from '../../lib/db/types';
import type { ImageAnswer } from '../../lib/images/check-image';
import { IMAGE_CAP_SETTING_KEY, imageCapBytes } from '../../lib/images/image-cap';
import { createImageSaver } from '../../lib/images/image-saver';
import { chooseLanguage, translate, type Language, type LanguageSetting } from '../../lib/i18n/index';
import { listPage, listTab, type ListingPorts } from '../../lib/listing/listing-service';
import { isRequest, type JobProgressMessage, type MessageHandlers, type Request } from '../../lib/messages';
import { createHtmlReader } from './html-reader';

const MENU_PAGE = 'capture-page';
const MENU_SELECTION = 'capture-selection';

async function language(): Promise<Language> {
  const stored = await browser.storage.local.get('settings.language');
  const setting = (['vi', 'en', 'auto'] as const).find((v) => v === stored['settings.language']) ?? 'auto';
  return chooseLanguage(setting as LanguageSetting, navigator.languages ?? []);
}

/** Injects the reader into a tab and returns what it read, not yet sanitised. */
async function injectReader(tabId: number, options: ReadOptions): Promise<DraftResult> {
  await browser.scripting.executeScript({
    target: { tabId },
    injectImmediately: true,
    func: (opts: ReadOptions) => {
      (globalThis as { __newsDeskReadOptions?: ReadOptions }).__newsDeskReadOptions = opts;
    },
    args: [options],
  });
  // Immediately: a page that never finishes loading must still be read, and told as changing.
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'], injectImmediately: true });
  if (!frame || frame.result === undefined || frame.result === null) throw new Error('The reader returned nothing (frame removed or navigated)');
  return frame.result as DraftResult;
}

async function readListingTab(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/listing.js'] });
  if (!frame || frame.result === undefined || frame.result === null) throw new Error('The listing reader returned nothing (frame removed or navigated)');
  return frame.result;
}

/** A background fetch gives up after this long; the item is then reported as a network error. */
const FETCH_TIMEOUT_MS = 30_000;

/** Fetches a page with the editor's cookies (logged-in intranet pages work) under the host permissions. */
async function fetchPage(url: string): Promise<FetchedPage> {
  const response = await fetch(url, {
    credentials: 'include',
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { url: response.url || url, status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
}

/** No single article image is this large; a bigger answer is cut off and fails instead of filling memory. */
const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/** Downloads an image with the editor's cookies (some portals serve images only to signed-in readers). */
async function fetchImage(url: string): Promise<ImageAnswer> {
  const response = await fetch(url, {
    credentials: 'include',
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { Accept: 'image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8' },
  });
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_IMAGE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`The image is ${length} bytes, more than ${MAX_IMAGE_BYTES}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new Error(`The image is ${bytes.byteLength} bytes, more than ${MAX_IMAGE_BYTES}`);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
}

/** The editor's size cap for one item's images, in bytes (Cài đặt; 20 MB when unset). */
async function imageCap(): Promise<number> {
  const stored = await browser.storage.local.get(IMAGE_CAP_SETTING_KEY).catch(() => ({}) as Record<string, unknown>);
  return imageCapBytes(stored[IMAGE_CAP_SETTING_KEY]);
}

/** Whether the host permissions cover an address (match patterns carry no port, so the host name is asked). */
async function mayFetch(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
}

/** Tells open extension pages (side panel, dashboard) how a job stands; nobody listening is fine. */
function notifyProgress(job: CaptureJob): void {
  const message: JobProgressMessage = { type: 'job-progress', job };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/** Shows the outcome of a capture started without a window of ours (menu, keyboard) on the toolbar button. */
async function showOutcome(tabId: number, ok: boolean, message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#2f9e44' : '#e03131' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title: message });
}

export default defineBackground(() => {
  const db = new NewsDeskDb();
  const html = createHtmlReader();
  // The tab only reads; sanitising and Markdown happen here, on the extension's side (offscreen document in Chrome).
  const readTab = async (tabId: number, options: ReadOptions): Promise<ReadResult> => {
    const draft = await injectReader(tabId, options);
    return draft.ok ? ((await html.finishDraft(draft)) as ReadResult) : draft;
  };
  const images = createImageSaver({ db, now: () => Date.now(), mayFetch, fetchImage, capBytes: imageCap });
  const ports: CapturePorts = {
    db,
    // After every saved capture (tab or background job) the item's images are downloaded without delaying the answer.
    clipSaved: (clipId) => void images.saveClip(clipId),
    getTab: async (tabId) => {
      try {
        const tab = await browser.tabs.get(tabId);
        return { url: tab.url, status: tab.status };
      } catch {
        return null;
      }
    },
    readTab,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    language,
    storageFree: async () => {
      const { quota, usage } = await navigator.storage.estimate();
      return quota === undefined || usage === undefined ? null : quota - usage;
    },
  };

  const fetchPorts = { mayFetch, fetchPage };
  const jobPorts: JobPorts = { ...ports, ...fetchPorts, readHtml: html.readHtml, notify: notifyProgress };
  const listingPorts: ListingPorts = { db, language, getTab: ports.getTab, readListingTab, findLinksInHtml: html.findLinks, ...fetchPorts };
  const jobs = createJobRunner(jobPorts);
  // A job the browser stopped this worker in the middle of goes on where it was.
  void jobs.resume().catch((error: unknown) => console.error('[Trợ lý tin bài CCHC] resuming capture jobs failed', error));
  // Images a stopped worker left waiting, and failed ones whose back-off has passed.
  void images.retryDue().catch((error: unknown) => console.error('[Trợ lý tin bài CCHC] retrying images failed', error));

  async function captureAndTell(tabId: number, selectionOnly: boolean) {
    const response = await captureTab(ports, tabId, selectionOnly);
    const lang = await language();
    const message = response.ok
      ? translate(lang, response.duplicate ? 'capture.duplicate' : 'capture.saved')
      : response.error.message;
    await showOutcome(tabId, response.ok, message).catch(() => undefined);
    return response;
  }

  const handlers: MessageHandlers = {
    'capture-tab': (request) => captureTab(ports, request.tabId, request.selectionOnly ?? false),
    'preview-tab': (request) => previewTab(ports, request.tabId),
    'capture-active-tab': async (request) => {
      const tabId = await activeTabId();
      if (tabId === null) return { ok: false, error: { code: 'tab-closed', message: translate(await language(), 'error.tab-closed') } };
      return captureAndTell(tabId, request.selectionOnly ?? false);
    },
    'list-links': (request) => listTab(listingPorts, request.tabId),
    'list-page': (request) => listPage(listingPorts, request.url),
    'capture-urls': async (request) => {
      try {
        const job = await jobs.start(request.urls, request.source ?? null);
        return { ok: true, jobId: job.id };
      } catch (error) {
        return { ok: false, error: failureOf(await language(), 'internal', { cause: error }) };
      }
    },
    'retry-job': async (request) => {
      try {
        const job = await jobs.retry(request.jobId);
        return job ? { ok: true, jobId: job.id } : { ok: false, error: failureOf(await language(), 'internal', { cause: new Error(`No job ${request.jobId}`) }) };
      } catch (error) {
        return { ok: false, error: failureOf(await language(), 'internal', { cause: error }) };
      }
    },
    'save-images': async (request) => {
      await images.saveClip(request.clipId, { force: true });
      return { ok: true, clipId: request.clipId };
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages talk to the background; a web page cannot reach this listener, but check anyway.
    if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
    const request = message as Request;
    const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
    return handler(request);
  });

  browser.runtime.onInstalled.addListener(async () => {
    const lang = await language();
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_PAGE, title: translate(lang, 'menu.capturePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: translate(lang, 'menu.captureSelection'), contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    void captureAndTell(tab.id, info.menuItemId === MENU_SELECTION);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'capture-current-tab') return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== null && tabId !== undefined) void captureAndTell(tabId, false);
  });

  // Chrome: the toolbar button opens the popup; the side panel opens from it or from the browser's panel menu.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => undefined);
});
