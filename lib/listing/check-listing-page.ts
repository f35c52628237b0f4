import type { ListingLink, ListingPage } from './types';

const MAX_LINKS = 1_000;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/;

function httpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4_000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks what the listing reader sent back from a tab or the offscreen document (data from a page's world, checked
 * at the door): links with http(s) addresses, a non-empty title and an ISO date or null; next pages http(s).
 * Returns the page with titles in NFC, or null when its shape is wrong. Bad single links are dropped, not fatal.
 */
export function checkListingPage(value: unknown): ListingPage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { links, nextPages } = value as { links?: unknown; nextPages?: unknown };
  if (!Array.isArray(links) || !Array.isArray(nextPages) || links.length > MAX_LINKS || nextPages.length > MAX_LINKS) return null;
  const checked: ListingLink[] = [];
  for (const link of links) {
    if (typeof link !== 'object' || link === null) continue;
    const { url, title, date } = link as { url?: unknown; title?: unknown; date?: unknown };
    if (!httpUrl(url) || typeof title !== 'string' || !title.trim() || title.length > 2_000) continue;
    if (date !== null && (typeof date !== 'string' || !DATE.test(date))) continue;
    checked.push({ url, title: title.normalize('NFC'), date });
  }
  return { links: checked, nextPages: nextPages.filter(httpUrl) };
}
