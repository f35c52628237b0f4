import type { ClipImage } from '../db/types';
import { imageFailureCode, type ImageFailureCode } from './image-failure';

/** How an item's images stand, for the clip view's line ("3 ảnh đã lưu, 1 lỗi"). */
export interface ImageSummary {
  total: number;
  saved: number;
  waiting: number;
  failed: number;
  overCap: number;
  /** The failure codes of the failed images, each once. */
  failures: ImageFailureCode[];
  /** Hosts of images that failed for want of a host permission (the editor can grant them), each once. */
  hostsWithoutPermission: string[];
}

/** Counts an item's image records by state and collects why the failed ones failed. */
export function summarizeImages(images: readonly Pick<ClipImage, 'src' | 'state' | 'error'>[]): ImageSummary {
  const summary: ImageSummary = { total: images.length, saved: 0, waiting: 0, failed: 0, overCap: 0, failures: [], hostsWithoutPermission: [] };
  for (const image of images) {
    if (image.state === 'saved') summary.saved++;
    else if (image.state === 'waiting') summary.waiting++;
    else if (image.state === 'over-cap') summary.overCap++;
    else {
      summary.failed++;
      const code = imageFailureCode(image.error) ?? 'network';
      if (!summary.failures.includes(code)) summary.failures.push(code);
      if (code === 'no-permission') {
        try {
          const host = new URL(image.src).hostname;
          if (host && !summary.hostsWithoutPermission.includes(host)) summary.hostsWithoutPermission.push(host);
        } catch {
          // An address that does not parse cannot be granted.
        }
      }
    }
  }
  return summary;
}
