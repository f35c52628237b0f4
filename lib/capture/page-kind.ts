import { cleanText } from '../text/clean';
import type { FailureCode } from '../db/errors';

const INTERNAL_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|coccoc|about|chrome-extension|moz-extension|extension|view-source|devtools|chrome-search|chrome-untrusted|data|blob|javascript|file):/i;
const STORE_HOSTS = /^(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/i;
const IMAGE_PATH = /\.(png|jpe?g|gif|webp|bmp|svg|avif|ico|tiff?)$/i;

/**
 * Judges a tab's address before anything is injected: browser-internal pages and web stores cannot be read, a PDF
 * or an image file is not an article page. Returns the failure code, or null when the page may be read.
 */
export function checkTabUrl(url: string | undefined): FailureCode | null {
  // No address means the extension may not see this tab's URL; the injection itself will say why it fails.
  if (!url) return null;
  if (INTERNAL_SCHEMES.test(url)) return 'unsupported-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unsupported-page';
  }
  if (STORE_HOSTS.test(parsed.host + parsed.pathname)) return 'unsupported-page';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  if (IMAGE_PATH.test(parsed.pathname)) return 'image';
  return null;
}

/**
 * Judges a loaded document: a PDF viewer, an image or a plain-text file is no article page, and a page whose main
 * feature is a password form is behind a login. Returns the failure code or null.
 */
export function checkDocument(doc: Document): FailureCode | null {
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]')) return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type !== 'text/html' && type !== 'application/xhtml+xml') return 'not-html';
  return null;
}

/**
 * Whether a page is a sign-in page rather than an article: it has a password field and little other text
 * (an article with a small login box in its sidebar still counts as an article).
 */
export function looksLikeLogin(doc: Document): boolean {
  const password = doc.querySelector('input[type="password"]');
  if (!password) return false;
  const text = cleanText(doc.body?.textContent).length;
  const form = password.closest('form');
  const formText = cleanText(form?.textContent).length;
  return text - formText < 1500;
}
