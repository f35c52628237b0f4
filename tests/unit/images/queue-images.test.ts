// @vitest-environment node
// Node clones Blobs into fake-indexeddb as the browser does; happy-dom's Blob does not survive the clone.
import { describe, expect, it } from 'vitest';
import { deleteClips, restoreClips, saveCapture } from '../../../lib/db/clip-store';
import type { ClipImage } from '../../../lib/db/types';
import { planClipImages } from '../../../lib/images/queue-images';
import { article, freshDb } from './helpers';

let ids = 0;
const newId = () => `clip-${ids++}`;
const A = 'http://sonoivu.soctrang.gov.vn/images/a.jpg';
const B = 'http://sonoivu.soctrang.gov.vn/images/b.jpg';
const C = 'http://sonoivu.soctrang.gov.vn/images/c.jpg';

const byId = (rows: ClipImage[]) => rows.sort((x, y) => x.id.localeCompare(y.id));

describe('queueing an item’s images', () => {
  it('a capture stores one waiting record per image, id <clipId>:<index>, in the same transaction', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([A, B]), { now: 1, newId });
    const rows = byId(await db.images.where('clipId').equals(clipId).toArray());
    expect(rows.map((r) => [r.id, r.src, r.state, r.attempts])).toEqual([
      [`${clipId}:0`, A, 'waiting', 0],
      [`${clipId}:1`, B, 'waiting', 0],
    ]);
  });

  it('a re-capture adds new addresses, keeps saved ones (moved to their new place) and drops those gone', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([A, B]), { now: 1, newId });
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await db.images.update(`${clipId}:1`, { state: 'saved', blob, bytes: 3, type: 'image/png', attempts: 1 });
    const again = await saveCapture(db, article([C, B]), { now: 2, newId });
    expect(again).toEqual({ clipId, duplicate: true });
    const rows = byId(await db.images.where('clipId').equals(clipId).toArray());
    expect(rows.map((r) => [r.id, r.src, r.state, r.bytes])).toEqual([
      [`${clipId}:0`, C, 'waiting', 0],
      [`${clipId}:1`, B, 'saved', 3],
    ]);
  });

  it('planClipImages keeps a failed image’s attempts and puts an over-cap one back in line', () => {
    const failed: ClipImage = { id: 'c:3', clipId: 'c', src: A, state: 'failed', blob: null, type: '', bytes: 0, attempts: 2, lastTriedAt: 5, error: 'http: HTTP 500' };
    const over: ClipImage = { ...failed, id: 'c:4', src: B, state: 'over-cap', attempts: 1, error: null, bytes: 9 };
    const planned = planClipImages('c', [B, A], [failed, over]);
    expect(planned.map((r) => [r.id, r.src, r.state, r.attempts])).toEqual([
      ['c:0', B, 'waiting', 1],
      ['c:1', A, 'failed', 2],
    ]);
  });

  it('deleting an item removes its images; undo puts them back, blobs included', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([A]), { now: 1, newId });
    const other = await saveCapture(db, article([B], { url: 'http://sonoivu.soctrang.gov.vn/web/guest/-/tin-khac', title: 'Tin khác hẳn', html: '<p>Khác</p>' }), { now: 1, newId });
    await db.images.update(`${clipId}:0`, { state: 'saved', blob: new Blob([new Uint8Array([7, 7])], { type: 'image/png' }), bytes: 2 });
    const removed = await deleteClips(db, [clipId]);
    expect(await db.images.where('clipId').equals(clipId).count()).toBe(0);
    expect(await db.images.where('clipId').equals(other.clipId).count()).toBe(1);
    expect(removed.images.map((r) => r.id)).toEqual([`${clipId}:0`]);
    await restoreClips(db, removed);
    const back = await db.images.get(`${clipId}:0`);
    expect(back?.state).toBe('saved');
    expect(back?.blob?.size).toBe(2);
  });
});
