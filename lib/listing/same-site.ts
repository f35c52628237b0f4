/** Second-level names under which Vietnamese organisations register (`soctrang.gov.vn`, `hanoimoi.com.vn`). */
const VN_SECOND_LEVEL = new Set(['gov', 'com', 'org', 'edu', 'net', 'ac', 'info', 'int', 'health', 'pro', 'name', 'biz']);

/**
 * The site a host name belongs to: the registered domain, so that a province portal and its departments
 * (`soctrang.gov.vn`, `sonoivu.soctrang.gov.vn`) are one site, and the government's `*.chinhphu.vn` family is one.
 * `www.` and letter case do not matter; an IP address or a one-label host is its own site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const n = labels.length;
  const keep = labels[n - 1] === 'vn' && VN_SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(n - keep).join('.');
}

/** Whether two host names belong to the same site ({@link siteOf}). */
export function isSameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
