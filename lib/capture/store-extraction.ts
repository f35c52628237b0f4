import { saveCapture } from '../db/clip-store';
import type { NewsDeskDb } from '../db/database';
import { CaptureError, type FailureCode } from '../db/errors';
import type { Extraction } from '../extract/types';

/** What saving needs from the browser. */
export interface StorePorts {
  db: NewsDeskDb;
  now(): number;
  newId(): string;
  /** Bytes the browser says are still free for the extension's storage, or null when it cannot tell. */
  storageFree(): Promise<number | null>;
  /**
   * Told after every successful save (tab capture or background job): the background starts saving the item's
   * images. Must return at once and never throw: the capture's answer does not wait for the images.
   */
  clipSaved?(clipId: string): void;
}

/** Below this much free space an aborted write is taken as a full disk. */
const NEARLY_FULL_BYTES = 5 * 1024 * 1024;

/**
 * Chromium reports a full disk during a commit as a plain AbortError; the storage estimate then shows no room
 * left (quota equal to usage). Any other abort stays an internal error.
 */
async function isDiskFull(ports: StorePorts, error: unknown): Promise<boolean> {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (!/abort|unknown/i.test(name)) return false;
  const free = await ports.storageFree().catch(() => null);
  return free !== null && free < NEARLY_FULL_BYTES;
}

/**
 * Saves a checked extraction into the queue ({@link saveCapture}: one transaction, duplicates refreshed with the
 * editor's work kept) and turns a failure into a code: `storage-full` for a full disk or quota, else `internal`.
 */
export async function storeExtraction(
  ports: StorePorts,
  extraction: Extraction,
  selectionOnly: boolean,
): Promise<{ ok: true; clipId: string; duplicate: boolean } | { ok: false; code: FailureCode; cause: unknown }> {
  try {
    const saved = await saveCapture(ports.db, extraction, { now: ports.now(), newId: ports.newId, selectionOnly });
    try {
      ports.clipSaved?.(saved.clipId);
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] starting to save the images failed', saved.clipId, error);
    }
    return { ok: true, clipId: saved.clipId, duplicate: saved.duplicate };
  } catch (error) {
    if (error instanceof CaptureError) return { ok: false, code: error.code, cause: error.cause };
    return { ok: false, code: (await isDiskFull(ports, error)) ? 'storage-full' : 'internal', cause: error };
  }
}
