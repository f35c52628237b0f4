import { browser } from 'wxt/browser';
import { createInertHost, placeInHost } from '../../lib/capture/inert-host';
import { parseFetchedHtml } from '../../lib/capture/parse-fetched-html';
import { finishRead, readDocument } from '../../lib/capture/read-document';
import type { DraftResult } from '../../lib/capture/read-page';
import { findArticleLinks } from '../../lib/listing/find-article-links';
import { isOffscreenRequest, type OffscreenRequest } from '../../lib/messages';

/**
 * The offscreen document (Chrome): the background's service worker has no DOM, so it sends fetched HTML here to be
 * parsed with DOMParser (no script in it runs) and read by the same code as an open tab: `extract-html` answers a
 * ReadResult (read in an inert frame, since the sanitiser needs a window), `find-links-html` a ListingPage,
 * `finish-draft` the ReadResult of what a tab's reader returned (sanitised and converted here). Every
 * other message is left to the pages it is meant for.
 */
let host: Document | null = null;

function answer(request: OffscreenRequest): unknown {
  // DOMPurify parses the tab's HTML in an inert document of its own; nothing in it runs.
  if (request.type === 'finish-draft') return finishRead(request.result as DraftResult, window);
  const doc = parseFetchedHtml(new DOMParser(), request.html, request.url);
  if (request.type === 'find-links-html') return findArticleLinks(doc, request.url, new Date());
  host ??= createInertHost(document);
  return readDocument(placeInHost(host, doc), { url: request.url });
}

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || !isOffscreenRequest(message)) return undefined;
  return Promise.resolve().then(() => answer(message));
});
