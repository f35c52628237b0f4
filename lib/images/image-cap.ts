/** The size cap of one item's saved images when the editor has not set one: 20 MB. */
export const DEFAULT_IMAGE_CAP_MB = 20;

/** The largest cap the settings accept (a whole photo report in full resolution is well under this). */
export const MAX_IMAGE_CAP_MB = 500;

/** The key of the cap in the extension's local storage, beside the interface language's `settings.language`. */
export const IMAGE_CAP_SETTING_KEY = 'settings.imageCapMb';

/**
 * The door check on a cap typed by the editor or read from storage: a number of megabytes greater than 0 and at
 * most {@link MAX_IMAGE_CAP_MB} (a comma as the decimal sign is accepted, as Vietnamese writes it). Null when it
 * is not one.
 */
export function parseImageCapMb(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) && n > 0 && n <= MAX_IMAGE_CAP_MB ? n : null;
}

/** The cap in bytes for a stored setting; a missing or invalid setting gives the default. */
export function imageCapBytes(stored: unknown): number {
  return Math.round((parseImageCapMb(stored) ?? DEFAULT_IMAGE_CAP_MB) * 1024 * 1024);
}
