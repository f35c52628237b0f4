import type { NewsDeskDb } from '../db/database';
import type { ClipImage } from '../db/types';

/** The id of an item's image: `<clipId>:<index>`, the index being the image's place in the article. */
export function imageId(clipId: string, index: number): string {
  return `${clipId}:${index}`;
}

/**
 * The image records an item should have for the article's image addresses, given the ones it has: an address
 * already known keeps its record (a saved image is not downloaded again, a failed one keeps its attempts and
 * back-off), moved to its new place; a new address gets a `waiting` record; an over-cap one waits again, since
 * the article around it changed. Records of addresses the article no longer has are left out. Pure.
 */
export function planClipImages(clipId: string, srcs: readonly string[], existing: readonly ClipImage[]): ClipImage[] {
  const bySrc = new Map<string, ClipImage[]>();
  for (const record of [...existing].sort((a, b) => indexOf(a) - indexOf(b))) {
    bySrc.set(record.src, [...(bySrc.get(record.src) ?? []), record]);
  }
  return srcs.map((src, index) => {
    const known = bySrc.get(src)?.shift();
    const id = imageId(clipId, index);
    if (known) return known.state === 'over-cap' ? { ...known, id, state: 'waiting', blob: null } : { ...known, id };
    return { id, clipId, src, state: 'waiting', blob: null, type: '', bytes: 0, attempts: 0, lastTriedAt: null, error: null };
  });
}

function indexOf(record: ClipImage): number {
  return Number(record.id.slice(record.id.lastIndexOf(':') + 1)) || 0;
}

/**
 * Queues the images of an item after a capture or a re-capture ({@link planClipImages}) in one transaction: the
 * downloader then finds them `waiting`. Runs inside the capture's own transaction when called from it (the
 * `images` table must then be part of it), so an item is never stored without its image records.
 */
export async function queueClipImages(db: NewsDeskDb, clipId: string, srcs: readonly string[]): Promise<void> {
  await db.transaction('rw', db.images, async () => {
    const existing = await db.images.where('clipId').equals(clipId).toArray();
    const planned = planClipImages(clipId, srcs, existing);
    const keep = new Set(planned.map((r) => r.id));
    await db.images.bulkDelete(existing.filter((r) => !keep.has(r.id)).map((r) => r.id));
    await db.images.bulkPut(planned);
  });
}
