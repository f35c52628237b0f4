/**
 * What a page shows about the software behind it: the generator tag, and whether elements with a platform's ids
 * or classes exist. The browser answers such questions natively (`querySelector`) in a fraction of a millisecond;
 * reading every id and class of the page in script cost 1–5 ms in a renderer that had not run our code yet.
 */
export interface PageSignature {
  /** The generator meta tags' contents, lower case, space separated ('' when there is none). */
  generator: string;
  /** Whether an element of the page matches the CSS selector list; each answer is computed once. */
  has(selector: string): boolean;
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

/** Reads a page's signature: the generator tags now, the element questions when a profile asks them. */
export function pageSignature(doc: Document): PageSignature {
  const generator = Array.from(doc.querySelectorAll('meta[name]'))
    .filter((meta) => /^generator$/i.test(meta.getAttribute('name') ?? ''))
    .map((meta) => (meta.getAttribute('content') ?? '').toLowerCase())
    .join(' ');
  const answers = new Map<string, boolean>();
  return {
    generator,
    has(selector) {
      let answer = answers.get(selector);
      if (answer === undefined) answers.set(selector, (answer = doc.querySelector(selector) !== null));
      return answer;
    },
  };
}
