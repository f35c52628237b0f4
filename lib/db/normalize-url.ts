/**
 * The key two captures of the same article share: scheme, `www.`, trailing slash, fragment, default port and
 * `utm_*` / tracking parameters do not matter; host is lower-cased; the remaining query parameters are sorted.
 * `https://www.Site.gov.vn/tin/a/?utm_source=fb#top` → `site.gov.vn/tin/a`.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = Array.from(url.searchParams.entries())
    .filter(([key]) => !/^(utm_|fbclid$|gclid$|zarsrc$|_ga$)/i.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${query}`;
}
