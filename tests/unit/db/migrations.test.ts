import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LATEST_VERSION, NewsDeskDb, SCHEMA_VERSIONS } from '../../../lib/db/database';

describe('database versions', () => {
  it('declares versions in increasing order and never drops a table', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    let tables = new Set<string>();
    for (const v of SCHEMA_VERSIONS) {
      const now = new Set(Object.keys(v.stores));
      for (const t of tables) expect(now.has(t), `version ${v.version} keeps ${t}`).toBe(true);
      tables = now;
    }
  });

  it('a database written at the first release opens at the newest version with nothing lost', async () => {
    const name = `migrate-${Date.now()}`;
    const first = SCHEMA_VERSIONS[0]!;
    const old = new Dexie(name);
    old.version(first.version).stores(first.stores);
    await old.table('clips').add({ id: 'a', urlKey: 'x.gov.vn/a', canonicalKey: 'x.gov.vn/a', contentHash: 'h', capturedAt: 1, status: 'new', site: 'x.gov.vn', day: '2024-01-01', tags: [], unit: null, title: 'Tin cũ' });
    await old.table('bodies').add({ clipId: 'a', html: '<p>x</p>', markdown: 'x', images: [], attachments: [], draft: null });
    old.close();
    const db = new NewsDeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.clips.get('a'))?.title).toBe('Tin cũ');
    expect((await db.bodies.get('a'))?.markdown).toBe('x');
    db.close();
  });
});

describe('version 2 (capture jobs)', () => {
  it('a version 1 database with data opens at the newest version with nothing lost and empty new tables', async () => {
    const name = `migrate-v1-v2-${Date.now()}`;
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;
    const old = new Dexie(name);
    old.version(1).stores(v1.stores);
    const clip = { id: 'a', url: 'http://x.gov.vn/a', urlKey: 'x.gov.vn/a', canonicalKey: 'x.gov.vn/a', contentHash: 'h', capturedAt: 1, status: 'editing', site: 'x.gov.vn', day: '2024-01-01', tags: ['cchc'], unit: 'Phòng CCHC', title: 'Tin cũ' };
    await old.table('clips').add(clip);
    await old.table('bodies').add({ clipId: 'a', html: '<p>x</p>', markdown: 'x', images: [], attachments: [], draft: { title: 'Bản nháp', lead: '', markdown: 'y', updatedAt: 2 } });
    await old.table('terms').add({ clipId: 'a', words: ['tin', 'cu'] });
    old.close();

    const db = new NewsDeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.clips.get('a')).toEqual(clip);
    expect((await db.bodies.get('a'))?.draft?.title).toBe('Bản nháp');
    expect(await db.terms.where('words').equals('cu').primaryKeys()).toEqual(['a']);
    expect(await db.clips.where('status').equals('editing').count()).toBe(1);
    expect(await db.jobs.count()).toBe(0);
    await db.jobs.add({ id: 'j', source: null, state: 'running', createdAt: 1, updatedAt: 1, items: [] });
    expect(await db.jobs.where('state').equals('running').count()).toBe(1);
    expect([await db.images.count(), await db.plans.count(), await db.meta.count()]).toEqual([0, 0, 0]);
    await db.images.add({ id: 'a:0', clipId: 'a', src: 'http://x.gov.vn/a.jpg', state: 'waiting', blob: null, type: '', bytes: 0, attempts: 0, lastTriedAt: null, error: null });
    expect(await db.images.where('clipId').equals('a').count()).toBe(1);
    db.close();
  });

  it('keeps version 1 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({
      version: 1,
      stores: { clips: 'id, &urlKey, canonicalKey, contentHash, capturedAt, status, site, day, *tags, unit', bodies: 'clipId', terms: 'clipId, *words' },
    });
  });
});
