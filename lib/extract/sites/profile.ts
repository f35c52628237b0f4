/**
 * What a page shows about the software behind it, read in one pass over the document: the generator tag and
 * every id and class name. Profiles test these strings with regular expressions instead of running CSS attribute
 * selectors over the whole document, which is costly on large pages.
 */
export interface PageSignature {
  generator: string;
  /** Every id in the page, space separated. */
  ids: string;
  /** Every class name in the page, space separated. */
  classes: string;
}

/**
 * Where a portal platform keeps the parts of an article. Every field is a list of CSS selectors tried in order;
 * a profile only helps: whatever it does not find, the generic path still looks for.
 */
export interface SiteProfile {
  /** Short name used in debug output and tests. */
  id: string;
  /** Whether this page belongs to the platform (URL, generator tag or DOM signature). */
  matches(url: URL, signature: PageSignature): boolean;
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

/** Reads a page's signature (generator, ids, classes) in one walk over its elements. */
export function pageSignature(doc: Document): PageSignature {
  const ids: string[] = [];
  const classes = new Set<string>();
  let generator = '';
  // A tree walker: jsdom makes Array.from over an HTMLCollection very slow on large pages.
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.id) ids.push(el.id);
    const cls = el.getAttribute('class');
    if (cls) for (const c of cls.split(/\s+/)) if (c) classes.add(c);
    if (el.tagName === 'META' && /^generator$/i.test(el.getAttribute('name') ?? '')) generator = (el.getAttribute('content') ?? '').toLowerCase();
  }
  return { generator, ids: ids.join(' '), classes: Array.from(classes).join(' ') };
}

/** True when a class name of the page matches the pattern (e.g. `/(^| )journal-content-article( |$)/`). */
export function hasClass(signature: PageSignature, pattern: RegExp): boolean {
  return pattern.test(signature.classes);
}

/** True when an id of the page matches the pattern. */
export function hasId(signature: PageSignature, pattern: RegExp): boolean {
  return pattern.test(signature.ids);
}

/** A regular expression matching one whole class or id among space-separated names. */
export function word(name: string): RegExp {
  return new RegExp(`(^| )${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
}
