import { normalizeUrl } from '../../lib/db/normalize-url';
import type { CaptureJob, JobItem } from '../../lib/db/types';
import type { ListedLink, ListedPage } from '../../lib/messages';

/** A link in the side panel's listing, with the number of the page (1, 2, …) it was found on. */
export interface ListingRowLink extends ListedLink {
  page: number;
}

/** The links gathered so far from a listing and the pages that can still be loaded. */
export interface ListingState {
  /** The first listing page's address (the open tab's). */
  pageUrl: string;
  links: ListingRowLink[];
  /** Pages not yet loaded, next first. */
  nextPages: string[];
  /** Pages loaded (normalised), so "Trang tiếp" never loads one twice. */
  loaded: string[];
}

/** The state after reading the first listing page. */
export function firstListing(page: ListedPage): ListingState {
  return { pageUrl: page.url, links: page.links.map((link) => ({ ...link, page: 1 })), nextPages: page.nextPages.filter((u) => normalizeUrl(u) !== normalizeUrl(page.url)), loaded: [normalizeUrl(page.url)] };
}

/**
 * Adds a further page ("Trang tiếp"): its links that are new (by normalised address) at the end, numbered as the
 * next page; its own next pages joined to the ones still to load, without any already loaded.
 */
export function addListingPage(state: ListingState, page: ListedPage, requested: string): ListingState {
  const loaded = [...state.loaded, normalizeUrl(requested), normalizeUrl(page.url)];
  const known = new Set(state.links.map((link) => normalizeUrl(link.url)));
  const number = Math.max(1, ...state.links.map((link) => link.page)) + 1;
  const added = page.links.filter((link) => !known.has(normalizeUrl(link.url))).map((link) => ({ ...link, page: number }));
  const seen = new Set(loaded);
  const nextPages: string[] = [];
  for (const url of [...state.nextPages, ...page.nextPages]) {
    const key = normalizeUrl(url);
    if (seen.has(key)) continue;
    seen.add(key);
    nextPages.push(url);
  }
  return { ...state, links: [...state.links, ...added], nextPages, loaded };
}

/** A job's items by normalised address, for showing each link's outcome in its row. */
export function itemsByUrl(job: CaptureJob | null): Map<string, JobItem> {
  return new Map((job?.items ?? []).map((item) => [normalizeUrl(item.url), item]));
}

/** Counts of a job for the progress bar and the summary. */
export interface JobCounts {
  total: number;
  done: number;
  saved: number;
  /** Already queued: skipped before fetching, or found to be a duplicate after. */
  skipped: number;
  failed: number;
}

/** Counts a job's items by outcome. */
export function countJob(job: CaptureJob | null): JobCounts {
  const counts: JobCounts = { total: job?.items.length ?? 0, done: 0, saved: 0, skipped: 0, failed: 0 };
  for (const item of job?.items ?? []) {
    if (item.state === 'saved') counts.saved++;
    else if (item.state === 'skipped' || item.state === 'duplicate') counts.skipped++;
    else if (item.state === 'error') counts.failed++;
  }
  counts.done = counts.saved + counts.skipped + counts.failed;
  return counts;
}

/** Whether an item's outcome means the article is now in the queue. */
export function isInQueue(item: JobItem | undefined): boolean {
  return item?.state === 'saved' || item?.state === 'duplicate' || item?.state === 'skipped';
}
