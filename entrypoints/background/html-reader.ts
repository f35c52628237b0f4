import { browser } from 'wxt/browser';
import type { OffscreenRequest } from '../../lib/messages';

/** Reads fetched HTML where a DOM exists: Chrome's offscreen document, or Firefox's own background page. */
export interface HtmlReader {
  /** The article of a fetched page, as a ReadResult (checked by the caller). */
  readHtml(html: string, url: string): Promise<unknown>;
  /** The article links of a fetched listing page, as a ListingPage (checked by the caller). */
  findLinks(html: string, url: string): Promise<unknown>;
  /** Sanitises and converts what a tab's reader returned (a DraftResult), as a ReadResult. */
  finishDraft(result: unknown): Promise<unknown>;
}

/** How long the offscreen document stays open after its last use, so a job's next items do not reopen it. */
const CLOSE_AFTER_MS = 60_000;

/** Chrome: parses in an offscreen document (the service worker has no DOMParser), opened on first use. */
function offscreenReader(): HtmlReader {
  let opening: Promise<void> | null = null;
  let inUse = 0;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  async function open(): Promise<void> {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (contexts.length > 0) return;
    opening ??= browser.offscreen
      .createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'Parse fetched portal pages to extract their articles and links.' })
      .catch((error: unknown) => {
        // Two callers racing across a worker restart: the document exists, which is what we wanted.
        if (!/single offscreen|already/i.test(String(error))) throw error;
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  }

  async function ask(request: OffscreenRequest): Promise<unknown> {
    inUse++;
    clearTimeout(closeTimer);
    try {
      await open();
      return await browser.runtime.sendMessage(request);
    } finally {
      inUse--;
      if (inUse === 0) {
        closeTimer = setTimeout(() => {
          if (inUse === 0) browser.offscreen.closeDocument().catch(() => undefined);
        }, CLOSE_AFTER_MS);
      }
    }
  }

  return {
    readHtml: (html, url) => ask({ type: 'extract-html', html, url }),
    findLinks: (html, url) => ask({ type: 'find-links-html', html, url }),
    finishDraft: (result) => ask({ type: 'finish-draft', result }),
  };
}

/**
 * The reader for this browser: Firefox's background page parses itself, Chrome's service worker asks the offscreen
 * document. Decided at build time so Chrome's worker does not carry the extractor (about 140 kB) it never runs.
 */
export function createHtmlReader(): HtmlReader {
  if (!import.meta.env.FIREFOX) return offscreenReader();
  const local = import('./local-reader').then((m) => m.localReader());
  return {
    readHtml: async (html, url) => (await local).readHtml(html, url),
    findLinks: async (html, url) => (await local).findLinks(html, url),
    finishDraft: async (result) => (await local).finishDraft(result),
  };
}
