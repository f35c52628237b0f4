/** Why a tab can or cannot be captured from the open-tabs list. */
export type TabAccess = 'ok' | 'no-access' | 'internal';

/** A browser tab as the open-tabs list shows it. */
export interface TabEntry {
  id: number;
  title: string | null;
  url: string | null;
  favIconUrl: string | null;
  access: TabAccess;
}

/** The fields of `browser.tabs.Tab` the list reads (url, title and favicon are absent without host permission). */
export interface TabLike {
  id?: number;
  url?: string;
  title?: string;
  favIconUrl?: string;
}

const EXTENSION_SCHEMES = /^(chrome-extension|moz-extension|extension|safari-web-extension):/i;

/**
 * Classifies a tab for the open-tabs list. Extension pages (ours and others') are left out (null). A tab whose
 * URL the browser hides has no host permission ('no-access'); chrome://, edge://, about: and every other
 * non-web scheme are browser pages ('internal'); http(s) pages can be captured ('ok').
 */
export function classifyTab(tab: TabLike): TabEntry | null {
  if (tab.id === undefined || tab.id < 0) return null;
  const url = tab.url || null;
  if (url && EXTENSION_SCHEMES.test(url)) return null;
  let access: TabAccess = 'no-access';
  if (url) access = /^https?:\/\//i.test(url) ? 'ok' : 'internal';
  const favicon = tab.favIconUrl && /^(https?:|data:image\/)/i.test(tab.favIconUrl) ? tab.favIconUrl : null;
  return { id: tab.id, title: tab.title || null, url, favIconUrl: favicon, access };
}
