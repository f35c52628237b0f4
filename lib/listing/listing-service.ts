import { failureOf, type FailureContext } from '../capture/failure';
import { fetchHtml, type FetchPorts } from '../capture/fetch-html';
import { injectionFailure } from '../capture/capture-service';
import { checkTabUrl } from '../capture/page-kind';
import { findQueued } from '../db/clip-store';
import type { NewsDeskDb } from '../db/database';
import type { FailureCode } from '../db/errors';
import type { Language } from '../i18n/index';
import type { Failure, ListedPage, ResponseOf } from '../messages';
import { checkListingPage } from './check-listing-page';
import type { ListingPage } from './types';

/** What reading listing pages needs from the browser, given by the background (and by unit tests). */
export interface ListingPorts extends FetchPorts {
  db: NewsDeskDb;
  language(): Promise<Language>;
  /** The tab's current address, or null when the tab is gone. */
  getTab(tabId: number): Promise<{ url?: string } | null>;
  /** Injects the listing reader into the tab and returns what it found; rejects when the browser refuses. */
  readListingTab(tabId: number): Promise<unknown>;
  /** Finds the article links of fetched HTML where a DOM exists (offscreen document, Firefox's background page). */
  findLinksInHtml(html: string, url: string): Promise<unknown>;
}

async function failure(ports: ListingPorts, code: FailureCode, context: FailureContext = {}): Promise<{ ok: false; error: Failure }> {
  const language = await ports.language().catch((): Language => 'vi');
  return { ok: false, error: failureOf(language, code, context) };
}

/** Marks each link already in the queue (by its address or a stored item's canonical address). */
async function withQueued(ports: ListingPorts, url: string, page: ListingPage): Promise<ListedPage> {
  const queued = await findQueued(ports.db, page.links.map((link) => link.url));
  return { url, links: page.links.map((link) => ({ ...link, queued: queued.has(link.url) })), nextPages: page.nextPages };
}

/**
 * Lists the article links of the listing page open in a tab: checks the tab's address, injects the listing reader
 * (isolated world, on demand), checks its answer at the door and marks the links already queued. Failures come
 * back as a code and a message in the interface language.
 */
export async function listTab(ports: ListingPorts, tabId: number): Promise<ResponseOf<'list-links'>> {
  const tab = await ports.getTab(tabId).catch(() => null);
  if (!tab) return failure(ports, 'tab-closed');
  const problem = checkTabUrl(tab.url);
  if (problem) return failure(ports, problem);
  let raw: unknown;
  try {
    raw = await ports.readListingTab(tabId);
  } catch (error) {
    return failure(ports, injectionFailure(error), { cause: error });
  }
  const page = checkListingPage(raw);
  if (!page) return failure(ports, 'internal', { cause: new Error(`The listing reader answered ${JSON.stringify(raw)?.slice(0, 200)}`) });
  return { ok: true, page: await withQueued(ports, tab.url ?? '', page) };
}

/**
 * Lists the article links of a listing page by fetching it in the background ("Trang tiếp"): the same host
 * permissions, errors and decoding as a capture job, then the same reader as for a tab, in a parsed document.
 */
export async function listPage(ports: ListingPorts, url: string): Promise<ResponseOf<'list-page'>> {
  const fetched = await fetchHtml(ports, url);
  if (!fetched.ok) return failure(ports, fetched.code, { ...fetched.context, fetched: true });
  let raw: unknown;
  try {
    raw = await ports.findLinksInHtml(fetched.html, fetched.url);
  } catch (error) {
    return failure(ports, 'internal', { cause: error });
  }
  const page = checkListingPage(raw);
  if (!page) return failure(ports, 'internal', { cause: new Error('The listing reader answered nothing usable') });
  return { ok: true, page: await withQueued(ports, fetched.url, page) };
}
