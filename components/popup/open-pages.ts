import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface SidebarActionApi {
  sidebarAction?: { open: () => Promise<void> };
}

/**
 * Opens the side panel (Chrome: `sidePanel.open` for the window; Firefox: `sidebarAction.open`). Must be called
 * straight from the click handler, before any `await`, because both browsers require a user gesture.
 * Returns false when neither API exists, so the caller can open the dashboard instead.
 */
export function openSidePanel(windowId: number | null): boolean {
  const chromeSidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (chromeSidePanel?.open && windowId !== null) {
    chromeSidePanel.open({ windowId }).catch((error: unknown) => console.error('[Trợ lý tin bài CCHC] sidePanel.open failed', error));
    return true;
  }
  const firefox = browser as typeof browser & SidebarActionApi;
  if (firefox.sidebarAction?.open) {
    firefox.sidebarAction.open().catch((error: unknown) => console.error('[Trợ lý tin bài CCHC] sidebarAction.open failed', error));
    return true;
  }
  return false;
}

/** Opens the dashboard (the full queue and settings) in a new tab. */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
