/**
 * Where a portal platform keeps the parts of an article. Every field is a list of CSS selectors tried in order;
 * a profile only helps: whatever it does not find, the generic path still looks for.
 */
export interface SiteProfile {
  /** Short name used in debug output and tests. */
  id: string;
  /** Whether this page belongs to the platform (URL, generator tag or DOM signature). */
  matches(doc: Document, url: URL): boolean;
  title?: string[];
  /** Elements holding the date line. */
  date?: string[];
  lead?: string[];
  body?: string[];
  author?: string[];
  /** The article's main image when the platform shows it above the body, outside it (NukeViet's `#imghome`). */
  leadImage?: string[];
  /** Containers of attachment links placed outside the body. */
  attachments?: string[];
  /** Furniture to drop from the body before anything else. */
  remove?: string[];
}

/** True when the page has an element for any of the selectors. */
export function hasAny(doc: Document, selectors: string[]): boolean {
  return selectors.some((s) => doc.querySelector(s) !== null);
}

/** The page's `<meta name="generator">` content, lower-cased, or ''. */
export function generatorOf(doc: Document): string {
  return (doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '').toLowerCase();
}
