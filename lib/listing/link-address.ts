/** Liferay adds where the reader came from to every article link; it changes from page to page of a listing. */
const LIFERAY_NOISE = /^(redirect|inheritRedirect|_\d+_INSTANCE_[A-Za-z0-9]+_redirect|p_p_auth)$/;

/**
 * The address a page's relative links resolve against: its `<base href>` (itself resolved against the page
 * address) or the page address. A document parsed from fetched HTML has no address of its own, so this never
 * reads `doc.URL`.
 */
export function documentBase(doc: Document, pageUrl: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (!base) return pageUrl;
  try {
    return new URL(base, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/**
 * The absolute http(s) address of a link's `href` (as written in the page) resolved against `base`, without its
 * fragment, and for Liferay article links without the per-page `redirect` parameters. Null for `javascript:`,
 * `mailto:`, fragment-only and unparsable links.
 */
export function linkAddress(href: string | null | undefined, base: string): URL | null {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#') || /^(javascript|mailto|tel|data|blob):/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  if (url.pathname.includes('/-/')) {
    // Only rewrite the query when there is something to drop: re-serialising changes its encoding.
    const noisy = Array.from(url.searchParams.keys()).filter((key) => LIFERAY_NOISE.test(key));
    for (const key of noisy) url.searchParams.delete(key);
  }
  return url;
}
