/**
 * Parses a fetched page's HTML into a document with the given parser (the offscreen document's or Firefox's
 * background page's `DOMParser`) and gives it a `<base href>` of the page's address when it has none: a parsed
 * document's own address is the extension page that parsed it, and Readability resolves links against
 * `document.baseURI`. Scripts in the HTML never run in a parsed document.
 */
export function parseFetchedHtml(parser: DOMParser, html: string, url: string): Document {
  const doc = parser.parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
