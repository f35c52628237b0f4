import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { ClipImage } from '../../lib/db/types';
import { useDb } from '../DbProvider';

/** What {@link useSavedImages} gives: the item's image records, and an object URL per saved image's address. */
export interface SavedImages {
  /** The item's image records in article order, undefined while loading. */
  records: ClipImage[] | undefined;
  /** Original address → `blob:` URL of the saved bytes, for the saved images only. */
  urls: ReadonlyMap<string, string>;
}

const place = (r: ClipImage): number => Number(r.id.slice(r.id.lastIndexOf(':') + 1)) || 0;

/**
 * An item's saved images, live: each saved Blob gets an object URL, made once per saved version of the image and
 * revoked when the image changes, goes, or the view unmounts (object URLs keep their Blob in memory until then).
 */
export function useSavedImages(clipId: string): SavedImages {
  const db = useDb();
  const records = useLiveQuery(
    async () => (await db.images.where('clipId').equals(clipId).toArray()).sort((a, b) => place(a) - place(b)),
    [db, clipId],
  );
  const cache = useRef(new Map<string, { key: string; url: string }>());
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    const next = new Map<string, string>();
    const keep = new Set<string>();
    for (const image of records ?? []) {
      if (image.state !== 'saved' || !image.blob || next.has(image.src)) continue;
      const key = `${image.src}|${image.bytes}|${image.type}|${image.lastTriedAt}`;
      let entry = cache.current.get(image.id);
      if (entry?.key !== key) {
        if (entry) URL.revokeObjectURL(entry.url);
        entry = { key, url: URL.createObjectURL(image.blob) };
        cache.current.set(image.id, entry);
      }
      keep.add(image.id);
      next.set(image.src, entry.url);
    }
    for (const [id, entry] of cache.current) {
      if (!keep.has(id)) {
        URL.revokeObjectURL(entry.url);
        cache.current.delete(id);
      }
    }
    setUrls(next);
  }, [records]);

  useEffect(() => {
    const current = cache.current;
    return () => {
      for (const entry of current.values()) URL.revokeObjectURL(entry.url);
      current.clear();
    };
  }, []);

  return { records, urls };
}

/**
 * The sanitised article HTML with each saved image shown from its Blob (`src` set to the object URL, `srcset`
 * dropped so the browser does not prefer the original addresses); other images keep their original address.
 * The HTML must already be sanitised: only `src` values made by {@link useSavedImages} are written into it.
 */
export function withSavedImages(html: string, urls: ReadonlyMap<string, string>): string {
  if (!html || urls.size === 0) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let changed = false;
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const saved = urls.get(img.getAttribute('src') ?? '');
    if (!saved) continue;
    img.setAttribute('data-original-src', img.getAttribute('src') ?? '');
    img.setAttribute('src', saved);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    changed = true;
  }
  return changed ? doc.body.innerHTML : html;
}
