import type { FailureCode } from '../db/errors';
import { decodeHtml } from '../extract/decode';

/** A page fetched by the background, as the job needs it. */
export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  status: number;
  /** The Content-Type header, or '' when the server sent none. */
  contentType: string;
  bytes: Uint8Array;
}

/** Pages above this size are not articles (a government article page is well under 2 MB of HTML). */
const MAX_BYTES = 15 * 1024 * 1024;

/**
 * Judges a fetched page before it is parsed: an HTTP error (`http-error`, with the status for the message), a PDF,
 * an image or another non-HTML file, or something too large to be an article page. Null when it is an HTML page.
 * A missing Content-Type is taken as HTML, as browsers do for pages that look like it.
 */
export function checkFetchedPage(page: FetchedPage): { code: FailureCode; status?: number } | null {
  if (page.status < 200 || page.status > 299) return { code: 'http-error', status: page.status };
  const type = page.contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf') return { code: 'pdf' };
  if (type.startsWith('image/')) return { code: 'image' };
  if (type && type !== 'text/html' && type !== 'application/xhtml+xml' && type !== 'text/plain' && type !== 'application/octet-stream') return { code: 'not-html' };
  if (page.bytes.length > MAX_BYTES) return { code: 'not-html' };
  return null;
}

/** The charset a Content-Type header names (`text/html; charset=windows-1258`), if TextDecoder knows it. */
function headerCharset(contentType: string): string | null {
  const label = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes a fetched page the way a browser does: a byte order mark first, then the charset of the HTTP header,
 * then the page's own `<meta charset>` ({@link decodeHtml}), UTF-8 by default; the text comes out in NFC.
 */
export function decodeFetchedPage(page: FetchedPage): string {
  const b = page.bytes;
  const bom = (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe);
  const charset = bom ? null : headerCharset(page.contentType);
  return charset ? new TextDecoder(charset).decode(b).normalize('NFC') : decodeHtml(b);
}
