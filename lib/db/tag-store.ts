import { emptyModel, learnFrom, unlearnFrom } from '../tagging/learn';
import type { LearnedModel } from '../tagging/types';
import type { NewsDeskDb } from './database';

/** The meta key holding what tagging learned on this install from the editors' confirmed tags. */
export const LEARNED_KEY = 'tagging.learned';

/** What tagging learned so far, or null on a new install. */
export async function learnedModel(db: NewsDeskDb): Promise<LearnedModel | null> {
  const value = (await db.meta.get(LEARNED_KEY))?.value;
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1 ? (value as LearnedModel) : null;
}

/**
 * Sets an item's content areas as the editor confirmed or corrected them, and teaches tagging from it, in one
 * transaction: what the item taught before (its earlier areas) is taken back, then its title, lead and body are
 * learned with the areas now chosen. Clearing every area teaches nothing (it says "not decided", not "not reform").
 */
export async function setClipTags(db: NewsDeskDb, clipId: string, tags: readonly string[]): Promise<void> {
  await db.transaction('rw', db.clips, db.bodies, db.meta, () => retag(db, clipId, () => tags));
}

/**
 * Adds one area to an item's areas, or takes it away, reading the areas inside the transaction (two quick clicks
 * never undo each other), and teaches tagging as {@link setClipTags} does.
 */
export async function toggleClipTag(db: NewsDeskDb, clipId: string, area: string, on: boolean): Promise<void> {
  await db.transaction('rw', db.clips, db.bodies, db.meta, () =>
    retag(db, clipId, (current) => (on ? [...current, area] : current.filter((tag) => tag !== area))),
  );
}

/** The shared step of {@link setClipTags} and {@link toggleClipTag}; runs inside their transaction. */
async function retag(db: NewsDeskDb, clipId: string, next: (current: readonly string[]) => readonly string[]): Promise<void> {
  const clip = await db.clips.get(clipId);
  if (!clip) throw new Error(`no item ${clipId}`);
  const unique = Array.from(new Set(next(clip.tags)));
  const body = await db.bodies.get(clipId);
  const text = { title: clip.title, lead: clip.lead, body: body?.markdown ?? '' };
  let model = (await learnedModel(db)) ?? emptyModel();
  const before = clip.learnedAreas ?? [];
  if (before.length > 0) model = unlearnFrom(model, { ...text, areas: before });
  if (unique.length > 0) model = learnFrom(model, { ...text, areas: unique });
  await db.clips.update(clipId, { tags: unique, learnedAreas: unique.length > 0 ? unique : undefined });
  await db.meta.put({ key: LEARNED_KEY, value: model });
}

/** For each area key, how many items were captured and how many published in a window of capture times. */
export interface AreaCount {
  captured: number;
  published: number;
}

/**
 * Counts the items of each content area captured in `[from, to)` (epoch milliseconds), and among them those
 * published; untagged items are counted under ''. Areas nobody covered simply have no entry.
 */
export async function countByArea(db: NewsDeskDb, from: number, to: number): Promise<Map<string, AreaCount>> {
  const counts = new Map<string, AreaCount>();
  const clips = await db.clips.where('capturedAt').between(from, to, true, false).toArray();
  for (const clip of clips) {
    for (const key of clip.tags.length > 0 ? clip.tags : ['']) {
      const count = counts.get(key) ?? { captured: 0, published: 0 };
      count.captured++;
      if (clip.status === 'published') count.published++;
      counts.set(key, count);
    }
  }
  return counts;
}
