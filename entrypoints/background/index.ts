import { NewsDeskDb } from '../../lib/db/database';
import { captureTab, previewTab, type CapturePorts } from '../../lib/capture/capture-service';
import type { ReadOptions, ReadResult } from '../../lib/capture/read-page';
import { chooseLanguage, translate, type Language, type LanguageSetting } from '../../lib/i18n/index';
import { isRequest, type MessageHandlers, type Request } from '../../lib/messages';

const MENU_PAGE = 'capture-page';
const MENU_SELECTION = 'capture-selection';

async function language(): Promise<Language> {
  const stored = await browser.storage.local.get('settings.language');
  const setting = (['vi', 'en', 'auto'] as const).find((v) => v === stored['settings.language']) ?? 'auto';
  return chooseLanguage(setting as LanguageSetting, navigator.languages ?? []);
}

async function readTab(tabId: number, options: ReadOptions): Promise<ReadResult> {
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
  return frame.result as ReadResult;
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
  const ports: CapturePorts = {
    db,
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
