import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

/** The built Chrome extension the tests load. */
export const EXT_PATH = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** A Chromium with the extension loaded, its service worker and id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens one of the extension's pages (`dashboard.html`, `sidepanel.html`, `popup.html?tabId=…`). */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the unpacked extension; government host names resolve to 127.0.0.1 so
 * the extension's real host permissions apply to the test server's pages.
 */
export async function launchExtension(options: { locale?: string; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXT_PATH, 'manifest.json'))) throw new Error(`Build the extension first: ${EXT_PATH} is missing`);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'vi-VN',
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXT_PATH}`,
      `--load-extension=${EXT_PATH}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      `--lang=${options.locale ?? 'vi-VN'}`,
      '--host-resolver-rules=MAP *.gov.vn 127.0.0.1, MAP *.chinhphu.vn 127.0.0.1, MAP baochinhphu.vn 127.0.0.1, MAP *.baochinhphu.vn 127.0.0.1, MAP *.vn 127.0.0.1',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * The id of the tab showing a URL, read through the extension. Tabs on hosts the extension has no permission for
 * show no URL to it: then the newest such tab is taken.
 */
export async function tabIdOf(extPage: Page, url: string): Promise<number> {
  const id = await extPage.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const exact = tabs.find((t) => t.url === target || t.pendingUrl === target);
    if (exact) return exact.id ?? null;
    const hidden = tabs.filter((t) => !t.url).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    return hidden[0]?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * Opens the dashboard and waits until its queue has been read, so the database exists with all its tables before
 * a test reads it directly.
 */
export async function openDashboard(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.openPage('dashboard.html');
  await page.waitForSelector('[data-testid="queue-count"][data-count]');
  return page;
}

/** Sends the background the `capture-tab` message, as the toolbar, menus and open-tabs button do. */
export async function captureTab(extPage: Page, tabId: number, selectionOnly = false) {
  return extPage.evaluate(
    ([id, sel]) => chrome.runtime.sendMessage({ type: 'capture-tab', tabId: id, selectionOnly: sel }),
    [tabId, selectionOnly] as const,
  ) as Promise<{ ok: true; clipId: string; duplicate: boolean } | { ok: false; error: { code: string; message: string } }>;
}

/** A stored record, as plain data. */
export type StoredRecord = Record<string, unknown>;

/**
 * Reads the extension's database directly from one of its pages (as the browser stores it, no Dexie in between):
 * the record with `key` in `store`, or every record of the store when no key is given.
 */
export async function readStore(page: Page, store: string, key?: string): Promise<StoredRecord[]> {
  return page.evaluate(
    async ([name, id]) => {
      const open = indexedDB.open('tin-bai-cchc');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const objects = db.transaction(name).objectStore(name);
        const req = id === undefined ? objects.getAll() : objects.get(id);
        req.onsuccess = () => resolve(id === undefined ? (req.result as Record<string, unknown>[]) : req.result ? [req.result as Record<string, unknown>] : []);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows;
    },
    [store, key] as const,
  );
}
