import type { FailureCode } from '../db/errors';
import type { FailureContext } from './failure';
import { checkFetchedPage, decodeFetchedPage, type FetchedPage } from './fetched-page';
import { checkTabUrl } from './page-kind';

/** What fetching a page in the background needs from the browser. */
export interface FetchPorts {
  /** Whether the extension's host permissions cover this address (so it may be fetched in the background). */
  mayFetch(url: string): Promise<boolean>;
  /** Fetches a page with the editor's cookies; rejects on a network error or timeout. */
  fetchPage(url: string): Promise<FetchedPage>;
}

/**
 * Fetches an HTML page in the background and decodes it, or says why not: not an http(s) address (`bad-url`), an
 * address of a PDF or an image, a host outside the permissions (`no-permission`), a network error or timeout, an
 * HTTP error (with its status), or a file that is no HTML page. `url` in the result is the address after redirects.
 */
export async function fetchHtml(ports: FetchPorts, url: string): Promise<{ ok: true; html: string; url: string } | { ok: false; code: FailureCode; context: FailureContext }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'bad-url', context: {} };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, code: 'bad-url', context: {} };
  const kind = checkTabUrl(parsed.href);
  if (kind) return { ok: false, code: kind, context: {} };
  if (!(await ports.mayFetch(parsed.href).catch(() => false))) return { ok: false, code: 'no-permission', context: {} };
  let page: FetchedPage;
  try {
    page = await ports.fetchPage(parsed.href);
  } catch (error) {
    return { ok: false, code: 'network-error', context: { cause: error } };
  }
  const problem = checkFetchedPage(page);
  if (problem) return { ok: false, code: problem.code, context: problem.status === undefined ? {} : { status: problem.status } };
  return { ok: true, html: decodeFetchedPage(page), url: page.url || parsed.href };
}
