import type { ClipImage } from '../db/types';

/** Downloads of one image tried on their own before only the editor's "Thử lại" tries it again. */
export const MAX_IMAGE_ATTEMPTS = 5;

/** Wait after the first failure; each further failure waits four times longer (1 min, 4 min, 16 min, 64 min). */
export const FIRST_BACKOFF_MS = 60_000;

/** How long after its last attempt a failed image may be tried again. */
export function backoffMs(attempts: number): number {
  return FIRST_BACKOFF_MS * 4 ** Math.max(0, attempts - 1);
}

/**
 * Whether an image is to be downloaded now: every waiting image; a failed one once its back-off has passed and
 * while it has had fewer than {@link MAX_IMAGE_ATTEMPTS} attempts, or at any time when the editor asks (`force`).
 * Saved and over-cap images are not (over-cap ones are reconsidered by the saver when the cap allows).
 */
export function isDue(image: ClipImage, now: number, force = false): boolean {
  if (image.state === 'waiting') return true;
  if (image.state !== 'failed') return false;
  if (force) return true;
  if (image.attempts >= MAX_IMAGE_ATTEMPTS) return false;
  return image.lastTriedAt === null || now - image.lastTriedAt >= backoffMs(image.attempts);
}
