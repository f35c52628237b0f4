import { describe, expect, it } from 'vitest';
import { freshDb as freshDbNamed, newId, oneStopArticle } from './helpers';
import { saveCapture } from '../../../lib/db/clip-store';
import { countByArea, learnedModel, setClipTags, toggleClipTag } from '../../../lib/db/tag-store';

const freshDb = () => freshDbNamed('tags');
const article = oneStopArticle;

describe('setClipTags', () => {
  it('sets the areas and teaches tagging in the same step', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article(1), { now: 1000, newId });
    await setClipTags(db, clipId, ['tthc', 'tthc']);
    expect((await db.clips.get(clipId))?.tags).toEqual(['tthc']);
    const model = await learnedModel(db);
    expect(model?.docs).toBe(1);
    expect(model?.areas.tthc?.docs).toBe(1);
  });

  it('a correction replaces the lesson: one item, taught once, under the new area', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article(2), { now: 1000, newId });
    await setClipTags(db, clipId, ['tthc']);
    await setClipTags(db, clipId, ['dien-hinh']);
    await setClipTags(db, clipId, ['dien-hinh', 'chinh-phu-so']);
    const model = await learnedModel(db);
    expect(model?.docs).toBe(1);
    expect(model?.areas.tthc).toBeUndefined();
    expect(model?.areas['dien-hinh']?.docs).toBe(1);
    expect(model?.areas['chinh-phu-so']?.docs).toBe(1);
  });

  it('clearing every area takes the lesson back and teaches nothing else', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article(3), { now: 1000, newId });
    await setClipTags(db, clipId, ['tthc']);
    await setClipTags(db, clipId, []);
    const model = await learnedModel(db);
    expect(model?.docs).toBe(0);
    expect(model?.areas).toEqual({});
    expect(model?.none.docs).toBe(0);
    expect((await db.clips.get(clipId))?.tags).toEqual([]);
  });

  it('fails for an item that is gone, and changes nothing', async () => {
    const db = freshDb();
    await expect(setClipTags(db, 'missing', ['tthc'])).rejects.toThrow();
    expect(await learnedModel(db)).toBeNull();
  });
});

describe('countByArea', () => {
  it('counts captured and published items per area in a window, untagged under ""', async () => {
    const db = freshDb();
    const a = await saveCapture(db, article(4), { now: 5000, newId });
    const b = await saveCapture(db, article(5), { now: 6000, newId });
    await saveCapture(db, article(6), { now: 7000, newId });
    await saveCapture(db, article(7), { now: 99_000, newId });
    await setClipTags(db, a.clipId, ['tthc']);
    await setClipTags(db, b.clipId, ['tthc', 'chi-dao']);
    await db.clips.update(b.clipId, { status: 'published' });
    const counts = await countByArea(db, 5000, 10_000);
    expect(Object.fromEntries(counts)).toEqual({
      tthc: { captured: 2, published: 1 },
      'chi-dao': { captured: 1, published: 1 },
      '': { captured: 1, published: 0 },
    });
  });
});

describe('toggleClipTag', () => {
  it('two quick changes both hold (each reads the areas inside its transaction)', async () => {
    const db = freshDb();
    const { clipId } = await saveCapture(db, article(9), { now: 1000, newId });
    await Promise.all([toggleClipTag(db, clipId, 'tthc', true), toggleClipTag(db, clipId, 'dien-hinh', true)]);
    expect((await db.clips.get(clipId))?.tags.sort()).toEqual(['dien-hinh', 'tthc']);
    await toggleClipTag(db, clipId, 'tthc', false);
    expect((await db.clips.get(clipId))?.tags).toEqual(['dien-hinh']);
    const model = await learnedModel(db);
    expect(model?.docs).toBe(1);
    expect(Object.keys(model?.areas ?? {})).toEqual(['dien-hinh']);
  });
});
