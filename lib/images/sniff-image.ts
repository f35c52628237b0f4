/**
 * The raster formats a saved image may be, told by their first bytes ("magic numbers"). A server's Content-Type
 * is not enough: portals answer a missing image with their HTML error page labelled `image/jpeg`, and a saved
 * error page would look like a saved photo until the source goes offline.
 */
const SIGNATURES: { type: string; test(b: Uint8Array): boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', test: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { type: 'image/webp', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { type: 'image/bmp', test: (b) => ascii(b, 0, 'BM') && b.length > 26 },
  // ISO base media file with an AVIF brand: 'ftyp' at 4, major brand 'avif' or 'avis'.
  { type: 'image/avif', test: (b) => ascii(b, 4, 'ftyp') && (ascii(b, 8, 'avif') || ascii(b, 8, 'avis')) },
  // ICO: reserved 0, type 1 (icon), at least one image.
  { type: 'image/x-icon', test: (b) => starts(b, [0x00, 0x00, 0x01, 0x00]) && b.length > 6 && (b[4]! | b[5]!) !== 0 },
];

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((v, i) => bytes[i] === v);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * The MIME type of a raster image (JPEG, PNG, GIF, WebP, BMP, AVIF, ICO) read from its first bytes, or null when
 * the bytes are none of them (HTML, SVG, text, an empty body, a truncated file).
 */
export function sniffImageType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}
