import type { NewsDeskDb } from '../db/database';
import type { ClipImage } from '../db/types';
import { checkImageAnswer, type ImageAnswer } from './check-image';
import { formatImageFailure, type ImageFailureCode } from './image-failure';
import { isDue } from './retry-policy';

/** Images downloaded at the same time, all items together: gentle with the small servers of provincial portals. */
export const IMAGE_CONCURRENCY = 2;

/** What saving images needs from the browser, given by the background (and by unit tests with fakes). */
export interface ImagePorts {
  db: NewsDeskDb;
  now(): number;
  /** Whether the host permissions cover an address (an image elsewhere fails as 'no-permission'). */
  mayFetch(url: string): Promise<boolean>;
  /** Downloads an image; rejects on a network error or timeout. */
  fetchImage(url: string): Promise<ImageAnswer>;
  /** The size cap of one item's saved images, in bytes (the editor's setting). */
  capBytes(): Promise<number>;
}

/** Saves items' images in the background; one per background. */
export interface ImageSaver {
  /**
   * Downloads an item's due images ({@link isDue}; `force` also takes failed ones whatever their back-off, for the
   * editor's "Thử lại") and resolves when they have an outcome. Never rejects: a failure is stored on the image.
   */
  saveClip(clipId: string, options?: { force?: boolean }): Promise<void>;
  /** Saves the due images of every item (when the background starts: work a stopped worker left, back-offs past). */
  retryDue(): Promise<void>;
  /** Resolves when no image is being saved (for tests). */
  idle(): Promise<void>;
}

/** A first-come first-served limit on how many downloads run at once. */
function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (active >= size) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

function place(record: ClipImage): number {
  return Number(record.id.slice(record.id.lastIndexOf(':') + 1)) || 0;
}

async function savedBytes(db: NewsDeskDb, clipId: string, except: string): Promise<number> {
  let total = 0;
  await db.images.where('clipId').equals(clipId).each((r) => {
    if (r.state === 'saved' && r.id !== except) total += r.bytes;
  });
  return total;
}

/**
 * Writes the outcome of one attempt onto the image, unless the image is gone or now stands for another address
 * (the item was deleted or re-captured meanwhile): then the outcome is dropped. Only `db.images` is written, so a
 * failed download never changes the item or what its capture answered.
 */
async function record(db: NewsDeskDb, image: ClipImage, change: (current: ClipImage) => ClipImage): Promise<void> {
  await db.transaction('rw', db.images, async () => {
    const current = await db.images.get(image.id);
    if (!current || current.src !== image.src) return;
    await db.images.put(change(current));
  });
}

/**
 * The image saver: takes an item's waiting images (and failed ones past their back-off), at most
 * {@link IMAGE_CONCURRENCY} downloads at once over all items, checks each answer at the door
 * ({@link checkImageAnswer}) and stores the bytes as a Blob, keeping the item's saved images under the size cap
 * (an image past it is marked `over-cap`, not failed). Runs for one item are chained, so two requests for the same
 * item never download its images twice.
 */
export function createImageSaver(ports: ImagePorts, concurrency = IMAGE_CONCURRENCY): ImageSaver {
  const limit = limiter(concurrency);
  const chains = new Map<string, Promise<void>>();
  const fail = (image: ClipImage, code: ImageFailureCode, detail: string, now: number) =>
    record(ports.db, image, (c) => ({ ...c, state: 'failed', blob: null, attempts: c.attempts + 1, lastTriedAt: now, error: formatImageFailure(code, detail) }));

  async function download(image: ClipImage, cap: number): Promise<void> {
    const { db } = ports;
    if ((await savedBytes(db, image.clipId, image.id)) >= cap) {
      await record(db, image, (c) => ({ ...c, state: 'over-cap', blob: null, error: null }));
      return;
    }
    const now = ports.now();
    let url: URL;
    try {
      url = new URL(image.src);
    } catch {
      return fail(image, 'not-image', `Not an address: ${image.src.slice(0, 200)}`, now);
    }
    if (url.protocol !== 'data:') {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(image, 'not-image', `Not an http(s) address: ${url.protocol}`, now);
      if (!(await ports.mayFetch(image.src).catch(() => false))) return fail(image, 'no-permission', `No host permission for ${url.hostname}`, now);
    }
    let answer: ImageAnswer;
    try {
      answer = await ports.fetchImage(image.src);
    } catch (error) {
      return fail(image, 'network', error instanceof Error ? `${error.name}: ${error.message}` : String(error), now);
    }
    const check = checkImageAnswer(answer);
    if (!check.ok) return fail(image, check.code, check.detail, now);
    const size = answer.bytes.byteLength;
    // The cap is checked again with the bytes in hand, in the same transaction as the write, so that two lanes
    // finishing together cannot both fit under it.
    await db.transaction('rw', db.images, async () => {
      const current = await db.images.get(image.id);
      if (!current || current.src !== image.src) return;
      const used = await savedBytes(db, image.clipId, image.id);
      const tried = { ...current, type: check.type, bytes: size, attempts: current.attempts + 1, lastTriedAt: now, error: null };
      await db.images.put(
        used + size > cap
          ? { ...tried, state: 'over-cap', blob: null }
          : { ...tried, state: 'saved', blob: new Blob([answer.bytes as Uint8Array<ArrayBuffer>], { type: check.type }) },
      );
    });
  }

  async function run(clipId: string, force: boolean): Promise<void> {
    const cap = await ports.capBytes();
    const now = ports.now();
    const all = (await ports.db.images.where('clipId').equals(clipId).toArray()).sort((a, b) => place(a) - place(b));
    let used = all.reduce((sum, r) => sum + (r.state === 'saved' ? r.bytes : 0), 0);
    const due = all.filter((r) => {
      if (isDue(r, now, force)) return true;
      // An image left out by the cap is tried again when it would now fit (the cap was raised, images went).
      if (r.state === 'over-cap' && used + r.bytes <= cap && used < cap) {
        used += r.bytes;
        return true;
      }
      return false;
    });
    await Promise.all(
      due.map((image) =>
        limit(() => download(image, cap)).catch((error: unknown) => {
          // The database itself failed; the image stays as it was and is tried when the background starts again.
          console.error('[Trợ lý tin bài CCHC] saving an image failed', image.id, error);
        }),
      ),
    );
  }

  const saveClip: ImageSaver['saveClip'] = (clipId, options = {}) => {
    const previous = chains.get(clipId) ?? Promise.resolve();
    const next = previous.then(() => run(clipId, options.force ?? false)).catch((error: unknown) => {
      console.error('[Trợ lý tin bài CCHC] saving the images of an item failed', clipId, error);
    });
    chains.set(clipId, next);
    void next.finally(() => {
      if (chains.get(clipId) === next) chains.delete(clipId);
    });
    return next;
  };

  return {
    saveClip,
    async retryDue() {
      const now = ports.now();
      const pending = await ports.db.images.where('state').anyOf(['waiting', 'failed']).toArray();
      const clipIds = new Set(pending.filter((r) => isDue(r, now)).map((r) => r.clipId));
      await Promise.all(Array.from(clipIds, (clipId) => saveClip(clipId)));
    },
    async idle() {
      while (chains.size > 0) await Promise.allSettled(Array.from(chains.values()));
    },
  };
}
