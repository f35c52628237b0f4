import { readPage, type DraftResult, type ReadOptions } from '../lib/capture/read-page';

/** Set by the background right before this script is injected (same isolated world). */
declare global {
  // eslint-disable-next-line no-var
  var __newsDeskReadOptions: ReadOptions | undefined;
}

/**
 * Injected on demand with `scripting.executeScript({ files: ['/extractor.js'] })`: reads the article of the page
 * in the extension's isolated world and returns it, unsanitised, to the background, which has it sanitised and
 * converted on the extension's side. Never a content script on every page.
 */
export default defineUnlistedScript(async (): Promise<DraftResult> => {
  const options = globalThis.__newsDeskReadOptions ?? { selectionOnly: false };
  globalThis.__newsDeskReadOptions = undefined;
  return readPage(document, { ...options, selection: window.getSelection() });
});
