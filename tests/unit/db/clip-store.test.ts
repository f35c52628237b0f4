import { describe, expect, it } from 'vitest';
import { NewsDeskDb } from '../../../lib/db/database';
import { deleteClips, getClips, queryClipIds, restoreClips, saveCapture, setClipStatus } from '../../../lib/db/clip-store';
import type { Extraction } from '../../../lib/extract/types';

let counter = 0;
const freshDb = () => new NewsDeskDb(`test-clips-${Date.now()}-${counter++}`);
let ids = 0;
const newId = () => `id-${ids++}`;

function article(overrides: Partial<Extraction> = {}): Extraction {
  return {
    url: 'http://sonoivu.soctrang.gov.vn/web/guest/-/tin-a',
    canonicalUrl: null,
    title: 'Đẩy mạnh cải cách hành chính tại Bộ phận Một cửa',
    lead: 'Năm 2024, huyện tập trung nâng cao chất lượng phục vụ người dân.',
    author: 'Phương An',
    source: null,
    published: '2024-03-17T21:01:00+07:00',
    updated: null,
    siteName: null,
    language: 'vi',
    html: '<p>Thực hiện kế hoạch cải cách hành chính, UBND huyện đã kiện toàn Bộ phận Một cửa hòa nhập.</p>',
    markdown: 'Thực hiện kế hoạch cải cách hành chính, UBND huyện đã kiện toàn Bộ phận Một cửa hòa nhập.',
    images: [{ src: 'http://sonoivu.soctrang.gov.vn/a.jpg', alt: '', caption: 'Quang cảnh' }],
    attachments: [],
    wordCount: 17,
    ...overrides,
  };
}

describe('saveCapture', () => {
  it('adds a new item with status Mới and its body', async () => {
    const db = freshDb();
    const r = await saveCapture(db, article(), { now: 1000, newId });
    expect(r.duplicate).toBe(false);
    const clip = await db.clips.get(r.clipId);
    expect(clip).toMatchObject({ status: 'new', title: 'Đẩy mạnh cải cách hành chính tại Bộ phận Một cửa', site: 'sonoivu.soctrang.gov.vn', day: '2024-03-17', imageCount: 1 });
    expect((await db.bodies.get(r.clipId))?.html).toContain('Một cửa');
  });

  it('the same URL after normalising is a duplicate that refreshes content and keeps the editor’s work', async () => {
    const db = freshDb();
    const first = await saveCapture(db, article(), { now: 1000, newId });
    await setClipStatus(db, first.clipId, 'editing');
    await db.clips.update(first.clipId, { tags: ['tthc'], unit: 'Phòng Nội vụ' });
    await db.bodies.update(first.clipId, { draft: { title: 'Bản biên tập', lead: '', markdown: 'x', updatedAt: 5 } });
    const again = await saveCapture(
      db,
      article({ url: 'https://www.sonoivu.soctrang.gov.vn/web/guest/-/tin-a/?utm_source=zalo#top', title: 'Tiêu đề đã sửa trên trang gốc' }),
      { now: 2000, newId },
    );
    expect(again).toEqual({ clipId: first.clipId, duplicate: true });
    expect(await db.clips.count()).toBe(1);
    const clip = await db.clips.get(first.clipId);
    expect(clip).toMatchObject({ title: 'Tiêu đề đã sửa trên trang gốc', status: 'editing', tags: ['tthc'], unit: 'Phòng Nội vụ', capturedAt: 1000, refreshedAt: 2000 });
    expect((await db.bodies.get(first.clipId))?.draft?.title).toBe('Bản biên tập');
  });

  it('the same content at another address is a duplicate', async () => {
    const db = freshDb();
    const first = await saveCapture(db, article(), { now: 1000, newId });
    const again = await saveCapture(db, article({ url: 'http://cchc.soctrang.gov.vn/tin/mot-cua-123.html' }), { now: 2000, newId });
    expect(again).toEqual({ clipId: first.clipId, duplicate: true });
  });

  it('a full disk is a storage-full error and nothing is half-written', async () => {
    const db = freshDb();
    await db.open();
    const original = db.bodies.add.bind(db.bodies);
    db.bodies.add = (() => Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))) as unknown as typeof db.bodies.add;
    await expect(saveCapture(db, article(), { now: 1000, newId })).rejects.toMatchObject({ code: 'storage-full' });
    db.bodies.add = original;
    expect(await db.clips.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
  });
});

describe('queue queries', () => {
  async function seeded() {
    const db = freshDb();
    const a = await saveCapture(db, article(), { now: 1000, newId });
    const b = await saveCapture(
      db,
      article({ url: 'http://baochinhphu.vn/x-102240212083000.htm', title: 'Hoà giải ở cơ sở', html: '<p>Công tác hoà giải thuỷ lợi</p>', lead: '', published: '2024-02-12T08:30:00+07:00' }),
      { now: 2000, newId },
    );
    return { db, a: a.clipId, b: b.clipId };
  }

  it('search without diacritics finds words with them; old and new tone placement alike', async () => {
    const { db, a, b } = await seeded();
    expect(await queryClipIds(db, { search: 'cai cach' })).toEqual([a]);
    expect(await queryClipIds(db, { search: 'hoa' })).toEqual([b, a]); // "hòa" in a, "Hoà" in b
    expect(await queryClipIds(db, { search: 'hòa giải' })).toEqual([b]);
    expect(await queryClipIds(db, { search: 'thủy lợi' })).toEqual([b]);
    expect(await queryClipIds(db, { search: 'dang ky' })).toEqual([]);
  });

  it('filters by status, site and date, newest capture first', async () => {
    const { db, a, b } = await seeded();
    expect(await queryClipIds(db)).toEqual([b, a]);
    await setClipStatus(db, a, 'ready');
    expect(await queryClipIds(db, { status: 'ready' })).toEqual([a]);
    expect(await queryClipIds(db, { site: 'baochinhphu.vn' })).toEqual([b]);
    expect(await queryClipIds(db, { from: '2024-03-01', to: '2024-03-31' })).toEqual([a]);
    expect((await getClips(db, [b, a])).map((c) => c.id)).toEqual([b, a]);
  });

  it('delete removes row, body and search terms; undo puts them back', async () => {
    const { db, a, b } = await seeded();
    const removed = await deleteClips(db, [a]);
    expect(await queryClipIds(db)).toEqual([b]);
    expect(await queryClipIds(db, { search: 'cai cach' })).toEqual([]);
    expect(await db.bodies.get(a)).toBeUndefined();
    await restoreClips(db, removed);
    expect(await queryClipIds(db, { search: 'cai cach' })).toEqual([a]);
    expect((await db.bodies.get(a))?.html).toContain('Một cửa');
  });
});
