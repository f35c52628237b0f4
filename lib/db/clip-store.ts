import type { Extraction } from '../extract/types';
import { queueClipImages } from '../images/queue-images';
import { foldVietnamese, searchTokens } from '../text/fold';
import { clipRecordFrom } from './clip-record';
import type { NewsDeskDb } from './database';
import { normalizeUrl } from './normalize-url';
import { CaptureError, isQuotaError } from './errors';
import type { Clip, ClipBody, ClipImage, ClipStatus, ClipTerms } from './types';

/** The outcome of saving a capture. */
export interface SaveResult {
  clipId: string;
  /** The article was already in the queue; it was refreshed, the editor's work kept. */
  duplicate: boolean;
}

/**
 * Saves an extraction into the queue in one transaction. The same article captured again (same normalised URL or
 * canonical URL, or the same text) refreshes the stored item's extracted content but keeps its status, tags,
 * unit and draft, and reports `duplicate: true`. A full disk becomes a `storage-full` error with nothing half-written.
 */
export async function saveCapture(
  db: NewsDeskDb,
  extraction: Extraction,
  options: { now: number; newId: () => string; selectionOnly?: boolean },
): Promise<SaveResult> {
  const selectionOnly = options.selectionOnly ?? false;
  try {
    return await db.transaction('rw', [db.clips, db.bodies, db.terms, db.images], async () => {
      const probe = clipRecordFrom(extraction, { id: '', now: options.now, selectionOnly });
      const existing =
        (await db.clips.where('urlKey').equals(probe.fields.urlKey).first()) ??
        (await db.clips.where('canonicalKey').anyOf([probe.fields.canonicalKey, probe.fields.urlKey]).first()) ??
        (await db.clips.where('urlKey').equals(probe.fields.canonicalKey).first()) ??
        (selectionOnly ? undefined : await db.clips.where('contentHash').equals(probe.fields.contentHash).first());
      const id = existing?.id ?? options.newId();
      const { fields, body, terms } = clipRecordFrom(extraction, { id, now: options.now, selectionOnly });
      if (existing) {
        // Keep the first address as the key so a later capture under another URL does not orphan the first.
        const { urlKey: _urlKey, url: _url, ...refreshed } = fields;
        void _urlKey;
        void _url;
        await db.clips.update(id, refreshed);
        const old = await db.bodies.get(id);
        await db.bodies.put({ ...body, draft: old?.draft ?? null });
      } else {
        await db.clips.add({ ...fields, id, status: 'new', tags: [], unit: null, capturedAt: options.now });
        await db.bodies.add({ ...body, draft: null });
      }
      await db.terms.put(terms);
      // The article's images wait for the background to download them; saved ones of a re-capture are kept.
      await queueClipImages(db, id, body.images.map((image) => image.src));
      return { clipId: id, duplicate: existing !== undefined };
    });
  } catch (error) {
    if (isQuotaError(error)) throw new CaptureError('storage-full', 'The disk or storage quota is full', { cause: error });
    throw error;
  }
}

/**
 * Which of these addresses are already in the queue: an item stored under the same address or with it as its
 * canonical address, after {@link normalizeUrl}. Returns the queued item's id for each such address (as given).
 */
export async function findQueued(db: NewsDeskDb, urls: readonly string[]): Promise<Map<string, string>> {
  const keys = Array.from(new Set(urls.map(normalizeUrl)));
  const found = new Map<string, string>();
  if (keys.length === 0) return found;
  for (const clip of await db.clips.where('canonicalKey').anyOf(keys).toArray()) found.set(clip.canonicalKey, clip.id);
  for (const clip of await db.clips.where('urlKey').anyOf(keys).toArray()) found.set(clip.urlKey, clip.id);
  const out = new Map<string, string>();
  for (const url of urls) {
    const id = found.get(normalizeUrl(url));
    if (id !== undefined) out.set(url, id);
  }
  return out;
}

/** Filters of the queue views; every field is optional. */
export interface ClipFilter {
  /** Free text, diacritics optional: every word must appear (the last one as a prefix, as the editor types). */
  search?: string;
  status?: ClipStatus | null;
  site?: string | null;
  /** A content area's key: items tagged with it; null: items with no area yet; undefined: no area filter. */
  area?: string | null;
  /** Inclusive `YYYY-MM-DD` bounds on the publication day. */
  from?: string | null;
  to?: string | null;
}

async function idsForSearch(db: NewsDeskDb, search: string): Promise<Set<string> | null> {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  let result: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const last = i === tokens.length - 1 && !/\s$/.test(foldVietnamese(search));
    const keys = await (last ? db.terms.where('words').startsWith(token) : db.terms.where('words').equals(token)).primaryKeys();
    const set = new Set<string>(keys as string[]);
    const previous: Set<string> | null = result;
    result = previous ? new Set([...previous].filter((k: string) => set.has(k))) : set;
    if (result.size === 0) break;
  }
  return result;
}

const orderCache = new WeakMap<NewsDeskDb, { key: string; ids: string[] }>();

/**
 * All ids, newest capture first. The list only changes when items are added or removed, so it is kept between
 * queries under a key made of the count and the oldest and newest capture times (three cheap index reads);
 * re-reading 10,000 keys on every keystroke of a search is what made typing lag.
 */
async function orderedIds(db: NewsDeskDb): Promise<string[]> {
  const [count, first, last] = await Promise.all([
    db.clips.count(),
    db.clips.orderBy('capturedAt').first(),
    db.clips.orderBy('capturedAt').last(),
  ]);
  const key = `${count}|${first?.id}|${first?.capturedAt}|${last?.id}|${last?.capturedAt}`;
  const cached = orderCache.get(db);
  if (cached?.key === key) return cached.ids;
  // Forward order reads all keys in one request (a reverse cursor walks them one by one): reverse in memory.
  const ids = (await db.clips.orderBy('capturedAt').primaryKeys()).reverse();
  orderCache.set(db, { key, ids });
  return ids;
}

/**
 * The ids of the queue items matching a filter, newest capture first. Only keys are read, so a list of 10,000
 * items is cheap; rows are fetched for the visible window with {@link getClips}.
 */
export async function queryClipIds(db: NewsDeskDb, filter: ClipFilter = {}): Promise<string[]> {
  const sets: Set<string>[] = [];
  if (filter.search) {
    const found = await idsForSearch(db, filter.search);
    if (found) sets.push(found);
  }
  if (filter.status) sets.push(new Set(await db.clips.where('status').equals(filter.status).primaryKeys()));
  if (filter.site) sets.push(new Set(await db.clips.where('site').equals(filter.site).primaryKeys()));
  if (filter.area) sets.push(new Set(await db.clips.where('tags').equals(filter.area).primaryKeys()));
  // An empty multi-entry array has no index entry: untagged items are found by a scan of the light rows.
  if (filter.area === null) sets.push(new Set(await db.clips.filter((clip) => clip.tags.length === 0).primaryKeys()));
  if (filter.from || filter.to) {
    const from = filter.from || '0000-00-00';
    const to = filter.to || '9999-99-99';
    sets.push(new Set(await db.clips.where('day').between(from, to, true, true).primaryKeys()));
  }
  const ordered = await orderedIds(db);
  if (sets.length === 0) return ordered.slice();
  sets.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => sets.every((s) => s.has(id)));
}

/** The list rows for the given ids, in the same order (missing ones skipped). */
export async function getClips(db: NewsDeskDb, ids: string[]): Promise<Clip[]> {
  return (await db.clips.bulkGet(ids)).filter((c): c is Clip => c !== undefined);
}

/** The distinct sites in the queue, for the site filter. */
export async function listSites(db: NewsDeskDb): Promise<string[]> {
  return (await db.clips.orderBy('site').uniqueKeys()).map(String).filter(Boolean);
}

/** Everything removed by {@link deleteClips}, enough to put it back. */
export interface DeletedClips {
  clips: Clip[];
  bodies: ClipBody[];
  terms: ClipTerms[];
  /** The items' saved images, blobs included (held in memory like the bodies until the undo is gone). */
  images: ClipImage[];
}

/** Deletes items (row, body, search terms and saved images together) and returns them so the editor can undo. */
export async function deleteClips(db: NewsDeskDb, ids: string[]): Promise<DeletedClips> {
  return db.transaction('rw', [db.clips, db.bodies, db.terms, db.images], async () => {
    const removed: DeletedClips = {
      clips: (await db.clips.bulkGet(ids)).filter((c): c is Clip => c !== undefined),
      bodies: (await db.bodies.bulkGet(ids)).filter((b): b is ClipBody => b !== undefined),
      terms: (await db.terms.bulkGet(ids)).filter((t): t is ClipTerms => t !== undefined),
      images: ids.length ? await db.images.where('clipId').anyOf(ids).toArray() : [],
    };
    await Promise.all([
      db.clips.bulkDelete(ids),
      db.bodies.bulkDelete(ids),
      db.terms.bulkDelete(ids),
      db.images.bulkDelete(removed.images.map((image) => image.id)),
    ]);
    return removed;
  });
}

/** Puts back what {@link deleteClips} removed (undo). */
export async function restoreClips(db: NewsDeskDb, removed: DeletedClips): Promise<void> {
  await db.transaction('rw', [db.clips, db.bodies, db.terms, db.images], async () => {
    await db.clips.bulkPut(removed.clips);
    await db.bodies.bulkPut(removed.bodies);
    await db.terms.bulkPut(removed.terms);
    await db.images.bulkPut(removed.images);
  });
}

/** Sets the editorial status of one item. */
export async function setClipStatus(db: NewsDeskDb, id: string, status: ClipStatus): Promise<void> {
  await db.clips.update(id, { status });
}
