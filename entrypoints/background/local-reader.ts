import { createInertHost, placeInHost } from '../../lib/capture/inert-host';
import { parseFetchedHtml } from '../../lib/capture/parse-fetched-html';
import { finishRead, readDocument } from '../../lib/capture/read-document';
import type { DraftResult } from '../../lib/capture/read-page';
import { findArticleLinks } from '../../lib/listing/find-article-links';
import type { HtmlReader } from './html-reader';

/** Firefox (MV2): the background page has a DOM, so it parses fetched pages itself. */
export function localReader(): HtmlReader {
  let host: Document | null = null;
  return {
    readHtml: async (html, url) => {
      // The sanitiser needs the window that owns the nodes: read in an inert frame of the background page.
      host ??= createInertHost(document);
      return readDocument(placeInHost(host, parseFetchedHtml(new DOMParser(), html, url)), { url });
    },
    finishDraft: async (result) => finishRead(result as DraftResult, window),
    findLinks: async (html, url) => findArticleLinks(parseFetchedHtml(new DOMParser(), html, url), url, new Date()),
  };
}
