/**
 * Finds the address a saved page came from when none is given: the `<!-- url: … -->` comment our fixtures and
 * some save tools write, Chrome's `<!-- saved from url=(…)… -->` mark, `<link rel="canonical">` or `og:url`.
 * Returns null when the page names no absolute http(s) address.
 */
export function savedPageUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  const candidates = [
    head.match(/<!--\s*url:\s*(\S+)\s*-->/i)?.[1],
    head.match(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i)?.[1],
    head.match(/<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i)?.[1],
    head.match(/<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical["']?/i)?.[1],
    head.match(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i)?.[1],
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.replace(/&amp;/g, '&'));
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      /* try the next one */
    }
  }
  return null;
}
