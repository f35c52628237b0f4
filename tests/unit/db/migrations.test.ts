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
