import { browser } from 'wxt/browser';

/** The tab the popup works on, and its window (for opening the side panel there). */
export interface TargetTab {
  tabId: number;
  windowId: number | null;
}

/**
 * The `tabId` named in the popup's query string (`popup.html?tabId=12`), or null. The browser tests open the
 * popup as a normal tab that way, pointing it at the article tab.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Finds the tab to preview and save: the one named by `?tabId=N`, else the active tab of the current window.
 * Returns null when there is none (no focused browser window).
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const named = tabIdFromSearch(search);
  if (named !== null) {
    try {
      const tab = await browser.tabs.get(named);
      return { tabId: named, windowId: tab.windowId ?? null };
    } catch {
      // The tab may be gone; the background answers the capture with a clear "tab closed" error.
      return { tabId: named, windowId: null };
    }
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return null;
  return { tabId: active.id, windowId: active.windowId ?? null };
}
