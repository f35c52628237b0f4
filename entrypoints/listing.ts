import { findArticleLinks, type ListingPage } from '../lib/listing/find-article-links';

/**
 * Injected on demand with `scripting.executeScript({ files: ['/listing.js'] })` when the editor asks for "Lấy tin
 * từ trang danh mục này": returns the article links of the page in the extension's isolated world. Never a
 * content script on every page; the page is only read.
 */
export default defineUnlistedScript((): ListingPage => findArticleLinks(document, document.URL, new Date()));
