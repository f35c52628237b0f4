/**
 * The URL if it is an absolute http(s) address, else null. Stored addresses are checked again before they become
 * a link or an image source, so a `javascript:` or `data:` value from a damaged record can never run.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
