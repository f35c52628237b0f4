import type { ImageFailureCode } from './image-failure';
import { sniffImageType } from './sniff-image';

/** What the browser's fetch of an image answered (the `fetchImage` port). */
export interface ImageAnswer {
  status: number;
  /** The Content-Type header, '' when missing. */
  contentType: string;
  bytes: Uint8Array;
}

/** The outcome of {@link checkImageAnswer}. */
export type ImageCheck = { ok: true; type: string } | { ok: false; code: ImageFailureCode; detail: string };

/**
 * The door check on a downloaded image: HTTP 2xx, a Content-Type of `image/*` (or a generic binary type some
 * portals send for every file) AND first bytes of a known raster format. The stored type is the one the bytes
 * show, not the header's (servers label PNGs as JPEG and the like).
 *
 * SVG is refused. It is a document, not a picture: it can carry scripts and links, and a `blob:` URL made from it
 * belongs to the extension's origin, so opening that URL in a tab (or handing the file to a website's editor when
 * republishing) would run the source site's script with the extension's rights. Making it safe would need a
 * sanitiser for SVG of its own; article photos are never SVG (logos and icons are), so the clip keeps showing the
 * original address for such an image and the editor is told why.
 */
export function checkImageAnswer(answer: ImageAnswer): ImageCheck {
  if (answer.status < 200 || answer.status > 299) return { ok: false, code: 'http', detail: `HTTP ${answer.status}` };
  const declared = answer.contentType.split(';', 1)[0]!.trim().toLowerCase();
  if (declared === 'image/svg+xml') return { ok: false, code: 'svg', detail: 'SVG images are not saved' };
  if (answer.bytes.length === 0) return { ok: false, code: 'empty', detail: 'The server sent an empty body' };
  const generic = declared === 'application/octet-stream' || declared === 'binary/octet-stream';
  if (!declared.startsWith('image/') && !generic) {
    return { ok: false, code: 'not-image', detail: `Content-Type ${declared || '(none)'} is no image` };
  }
  const sniffed = sniffImageType(answer.bytes);
  if (!sniffed) {
    const head = new TextDecoder().decode(answer.bytes.subarray(0, 200)).trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return { ok: false, code: 'svg', detail: 'SVG images are not saved' };
    return { ok: false, code: 'not-image', detail: `Labelled ${declared} but the bytes are no known image format` };
  }
  return { ok: true, type: sniffed };
}
