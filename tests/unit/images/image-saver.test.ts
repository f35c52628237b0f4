// @vitest-environment node
// Node clones Blobs into fake-indexeddb as the browser does; happy-dom's Blob does not survive the clone.
import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../lib/db/clip-store';
import type { NewsDeskDb } from '../../../lib/db/database';
import type { ImageAnswer } from '../../../lib/images/check-image';
import { createImageSaver, type ImagePorts } from '../../../lib/images/image-saver';
import { backoffMs, MAX_IMAGE_ATTEMPTS } from '../../../lib/images/retry-policy';
import { article, freshDb, pngBytes } from './helpers';

let ids = 0;
const newId = () => `clip-${ids++}`;
const url = (name: string) => `http://sonoivu.soctrang.gov.vn/images/${name}`;
const html404 = new TextEncoder().encode('<!doctype html><title>404</title><p>Không tìm thấy trang</p>');

/** Ports over a fake web: `web` answers by address; `calls` lists every download asked for. */
function fakePorts(db: NewsDeskDb, web: Record<string, ImageAnswer | Error>, options: { cap?: number; allowed?: (u: string) => boolean } = {}) {
  let now = 1_000_000;
  const calls: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const ports: ImagePorts = {
    db,
    now: () => now,
    mayFetch: async (u) => (options.allowed ? options.allowed(u) : true),
    fetchImage: async (u) => {
      calls.push(u);
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      const answer = web[u];
      if (answer instanceof Error) throw answer;
      return answer ?? { status: 404, contentType: 'text/html', bytes: html404 };
    },
    capBytes: async () => options.cap ?? 20 * 1024 * 1024,
  };
  return { ports, calls, advance: (ms: number) => (now += ms), maxRunning: () => maxRunning };
}

const png = (size: number): ImageAnswer => ({ status: 200, contentType: 'image/png', bytes: pngBytes(size) });

async function states(db: NewsDeskDb, clipId: string) {
  const rows = await db.images.where('clipId').equals(clipId).toArray();
  return rows.sort((a, b) => a.id.localeCompare(b.id)).map((r) => r.state);
}

describe('the image saver', () => {
  it('saves the images as Blobs of their checked type, two at a time', async () => {
    const db = freshDb();
    const srcs = ['a', 'b', 'c', 'd', 'e'].map((n) => url(`${n}.jpg`));
    const { clipId } = await saveCapture(db, article(srcs), { now: 1, newId });
    const fake = fakePorts(db, Object.fromEntries(srcs.map((s) => [s, png(100)])));
    await createImageSaver(fake.ports).saveClip(clipId);
    expect(await states(db, clipId)).toEqual(['saved', 'saved', 'saved', 'saved', 'saved']);
    const first = await db.images.get(`${clipId}:0`);
    expect(first).toMatchObject({ type: 'image/png', bytes: 100, attempts: 1, error: null });
    expect(first?.blob?.size).toBe(100);
    expect(fake.maxRunning()).toBe(2);
  });

  it('refuses HTML served as image/jpeg, and the failure leaves the item untouched', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([url('a.jpg'), url('b.jpg')]), { now: 1, newId });
    const clipBefore = await db.clips.get(clipId);
    const bodyBefore = await db.bodies.get(clipId);
    const fake = fakePorts(db, { [url('a.jpg')]: { status: 200, contentType: 'image/jpeg', bytes: html404 }, [url('b.jpg')]: new TypeError('Failed to fetch') });
    await createImageSaver(fake.ports).saveClip(clipId);
    const [a, b] = [await db.images.get(`${clipId}:0`), await db.images.get(`${clipId}:1`)];
    expect(a).toMatchObject({ state: 'failed', blob: null, attempts: 1 });
    expect(a?.error).toMatch(/^not-image: /);
    expect(b?.error).toBe('network: TypeError: Failed to fetch');
    expect(await db.clips.get(clipId)).toEqual(clipBefore);
    expect(await db.bodies.get(clipId)).toEqual(bodyBefore);
  });

  it('an HTTP 404 fails that image only', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([url('a.jpg'), url('missing.jpg')]), { now: 1, newId });
    const fake = fakePorts(db, { [url('a.jpg')]: png(10) });
    await createImageSaver(fake.ports).saveClip(clipId);
    expect(await states(db, clipId)).toEqual(['saved', 'failed']);
    expect((await db.images.get(`${clipId}:1`))?.error).toBe('http: HTTP 404');
  });

  it('an image on a host without permission fails as no-permission without being fetched', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article(['https://cdn.example.com/a.jpg']), { now: 1, newId });
    const fake = fakePorts(db, {}, { allowed: (u) => new URL(u).hostname.endsWith('.gov.vn') });
    await createImageSaver(fake.ports).saveClip(clipId);
    expect((await db.images.get(`${clipId}:0`))?.error).toMatch(/^no-permission: .*cdn\.example\.com/);
    expect(fake.calls).toEqual([]);
  });

  it('keeps an item’s saved images under the cap: the rest are over-cap, never failed', async () => {
    const db = freshDb();
    const srcs = ['a', 'b', 'c'].map((n) => url(`${n}.jpg`));
    const { clipId } = await saveCapture(db, article(srcs), { now: 1, newId });
    const fake = fakePorts(db, Object.fromEntries(srcs.map((s) => [s, png(400)])), { cap: 1000 });
    const saver = createImageSaver(fake.ports);
    await saver.saveClip(clipId);
    const rows = await db.images.where('clipId').equals(clipId).toArray();
    expect(rows.filter((r) => r.state === 'saved')).toHaveLength(2);
    expect(rows.filter((r) => r.state === 'over-cap')).toHaveLength(1);
    expect(rows.reduce((s, r) => s + (r.state === 'saved' ? r.bytes : 0), 0)).toBeLessThanOrEqual(1000);
    // Another run does not download the over-cap image again: it would still not fit.
    const before = fake.calls.length;
    await saver.saveClip(clipId, { force: true });
    expect(fake.calls.length).toBe(before);
  });

  it('a cap already reached marks the remaining images over-cap without downloading them', async () => {
    const db = freshDb();
    const srcs = ['a', 'b'].map((n) => url(`${n}.jpg`));
    const { clipId } = await saveCapture(db, article(srcs), { now: 1, newId });
    const fake = fakePorts(db, Object.fromEntries(srcs.map((s) => [s, png(600)])), { cap: 500 });
    await createImageSaver(fake.ports).saveClip(clipId);
    expect(await states(db, clipId)).toEqual(['over-cap', 'over-cap']);
    expect(fake.calls).toHaveLength(2);
  });

  it('tries a failed image again only after its back-off, and stops after the last attempt unless forced', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([url('flaky.jpg')]), { now: 1, newId });
    const web: Record<string, ImageAnswer | Error> = { [url('flaky.jpg')]: { status: 503, contentType: 'text/html', bytes: html404 } };
    const fake = fakePorts(db, web);
    const saver = createImageSaver(fake.ports);
    await saver.saveClip(clipId);
    expect(fake.calls).toHaveLength(1);
    await saver.retryDue();
    expect(fake.calls).toHaveLength(1); // back-off not over
    for (let attempt = 1; attempt < MAX_IMAGE_ATTEMPTS; attempt++) {
      fake.advance(backoffMs(attempt));
      await saver.retryDue();
      expect(fake.calls).toHaveLength(attempt + 1);
    }
    expect((await db.images.get(`${clipId}:0`))?.attempts).toBe(MAX_IMAGE_ATTEMPTS);
    fake.advance(backoffMs(MAX_IMAGE_ATTEMPTS) * 10);
    await saver.retryDue();
    expect(fake.calls).toHaveLength(MAX_IMAGE_ATTEMPTS);
    // The editor's "Thử lại" once the server is back.
    web[url('flaky.jpg')] = png(50);
    await saver.saveClip(clipId, { force: true });
    expect(await states(db, clipId)).toEqual(['saved']);
  });

  it('retryDue picks up images a stopped worker left waiting, over every item', async () => {
    const db = freshDb();
    const one = await saveCapture(db, article([url('a.jpg')]), { now: 1, newId });
    const two = await saveCapture(db, article([url('b.jpg')], { url: 'http://sonoivu.soctrang.gov.vn/web/guest/-/tin-b', title: 'Tin thứ hai', html: '<p>Tin hai</p>' }), { now: 1, newId });
    const fake = fakePorts(db, { [url('a.jpg')]: png(10), [url('b.jpg')]: png(10) });
    await createImageSaver(fake.ports).retryDue();
    expect(await states(db, one.clipId)).toEqual(['saved']);
    expect(await states(db, two.clipId)).toEqual(['saved']);
  });

  it('drops the outcome when the item was deleted during the download', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article([url('a.jpg')]), { now: 1, newId });
    const fake = fakePorts(db, { [url('a.jpg')]: png(10) });
    const fetchImage = fake.ports.fetchImage;
    fake.ports.fetchImage = async (u) => {
      await db.images.where('clipId').equals(clipId).delete();
      return fetchImage(u);
    };
    await createImageSaver(fake.ports).saveClip(clipId);
    expect(await db.images.count()).toBe(0);
  });
});
