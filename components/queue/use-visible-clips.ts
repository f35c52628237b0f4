import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { getClips } from '../../lib/db/clip-store';
import type { NewsDeskDb } from '../../lib/db/database';
import type { Clip } from '../../lib/db/types';

/** Rows are read in pages of this many ids, so scrolling a few pixels does not start a new query. */
const PAGE = 40;
/** Past this many cached rows the cache is rebuilt from the current window, bounding memory on long scrolls. */
const CACHE_LIMIT = 2000;

/**
 * The list rows for the visible part of the queue. Only the ids of the pages covering `first..last` are read,
 * with a live query so a status change or a re-capture shows at once; rows read earlier stay in a cache so
 * scrolling back shows them immediately while the live query catches up.
 */
export function useVisibleClips(db: NewsDeskDb, ids: readonly string[], first: number, last: number): ReadonlyMap<string, Clip> {
  const start = Math.max(0, Math.floor(first / PAGE) * PAGE);
  const end = Math.min(ids.length, (Math.floor(Math.max(last, first) / PAGE) + 1) * PAGE);
  const windowIds = useMemo(() => ids.slice(start, end), [ids, start, end]);
  const windowKey = windowIds.join('\n');
  const rows = useLiveQuery(() => getClips(db, windowIds), [db, windowKey]);
  const cache = useRef(new Map<string, Clip>());

  return useMemo(() => {
    if (cache.current.size > CACHE_LIMIT) cache.current = new Map();
    const next = new Map(cache.current);
    for (const clip of rows ?? []) next.set(clip.id, clip);
    cache.current = next;
    return next;
  }, [rows]);
}
