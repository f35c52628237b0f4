/**
 * Why an image could not be saved, as a code the clip view translates: no host permission (the editor can grant
 * it), an HTTP error, an answer that is no image (wrong Content-Type or bytes that are no known raster format),
 * an SVG (refused, see check-image.ts), an empty body, or a network error (timeout, refused connection).
 */
export const IMAGE_FAILURE_CODES = ['no-permission', 'http', 'not-image', 'svg', 'empty', 'network'] as const;
/** One of {@link IMAGE_FAILURE_CODES}. */
export type ImageFailureCode = (typeof IMAGE_FAILURE_CODES)[number];

/** A failure as stored in `ClipImage.error`: `<code>: <technical detail>`, so the log keeps the cause. */
export function formatImageFailure(code: ImageFailureCode, detail: string): string {
  return `${code}: ${detail}`.slice(0, 500);
}

/** The code of a stored `ClipImage.error` (checked at the door: anything unknown reads as 'network'), or null. */
export function imageFailureCode(error: string | null): ImageFailureCode | null {
  if (error === null) return null;
  const code = error.split(':', 1)[0]!;
  return (IMAGE_FAILURE_CODES as readonly string[]).includes(code) ? (code as ImageFailureCode) : 'network';
}
