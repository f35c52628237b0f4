import { describe, expect, it } from 'vitest';
import { checkJob } from '../../../lib/db/check-job';
import { NewsDeskDb } from '../../../lib/db/database';
import { claimNextItem, createJob, finishItem, interruptedJobs, requeueFailed } from '../../../lib/db/job-store';

let n = 0;
const freshDb = () => new NewsDeskDb(`jobs-${Date.now()}-${n++}`);
const URLS = ['http://a.gov.vn/tin/1.html', 'https://www.a.gov.vn/tin/1.html#top', 'http://a.gov.vn/tin/2.html', 'http://a.gov.vn/tin/3.html'];

describe('job store', () => {
  it('creates a running job, one item per address after normalising', async () => {
    const db = freshDb();
    const job = await createJob(db, { id: 'j1', now: 10, urls: URLS, source: 'http://a.gov.vn/tin' });
    expect(job.items.map((i) => i.url)).toEqual([URLS[0], URLS[2], URLS[3]]);
    expect(job.items.every((i) => i.state === 'waiting')).toBe(true);
    expect(checkJob(await db.jobs.get('j1'))).toEqual(job);
  });

  it('never gives the same item to two lanes, and marks the job done when the last one ends', async () => {
    const db = freshDb();
    await createJob(db, { id: 'j', now: 1, urls: URLS.slice(2), source: null });
    const claims = await Promise.all([claimNextItem(db, 'j', 2), claimNextItem(db, 'j', 2), claimNextItem(db, 'j', 2)]);
    expect(claims.map((c) => c.index).sort()).toEqual([0, 1, null]);
    expect(claims[2]!.job?.state).toBe('running'); // two items still being fetched
    await finishItem(db, 'j', 0, { state: 'saved', clipId: 'c1', title: 'Tin 2', error: null }, 3);
    await finishItem(db, 'j', 1, { state: 'error', clipId: null, title: null, error: { code: 'http-error', message: 'Lỗi HTTP 404' } }, 4);
    const last = await claimNextItem(db, 'j', 5);
    expect(last.index).toBeNull();
    expect(last.job).toMatchObject({ state: 'done', updatedAt: 5 });
    expect(last.job?.items.map((i) => i.state)).toEqual(['saved', 'error']);
  });

  it('puts only failed items back in line for a retry', async () => {
    const db = freshDb();
    await createJob(db, { id: 'j', now: 1, urls: URLS.slice(2), source: null });
    await claimNextItem(db, 'j', 2);
    await claimNextItem(db, 'j', 2);
    await finishItem(db, 'j', 0, { state: 'saved', clipId: 'c1', title: 'Tin', error: null }, 3);
    await finishItem(db, 'j', 1, { state: 'error', clipId: null, title: null, error: { code: 'network-error', message: 'Mạng lỗi' } }, 3);
    await claimNextItem(db, 'j', 4);
    const again = await requeueFailed(db, 'j', 5);
    expect(again?.state).toBe('running');
    expect(again?.items.map((i) => [i.state, i.error])).toEqual([['saved', null], ['waiting', null]]);
    expect(await requeueFailed(db, 'missing', 5)).toBeNull();
  });

  it('hands back jobs a stopped worker left running, their fetches waiting again', async () => {
    const db = freshDb();
    await createJob(db, { id: 'j', now: 1, urls: URLS.slice(2), source: null });
    await createJob(db, { id: 'busy', now: 1, urls: URLS.slice(2), source: null });
    await claimNextItem(db, 'j', 2);
    const jobs = await interruptedJobs(db, 3, (id) => id === 'busy');
    expect(jobs.map((j) => j.id)).toEqual(['j']);
    expect(jobs[0]!.items.map((i) => i.state)).toEqual(['waiting', 'waiting']);
  });

  it('keeps the last twenty finished jobs', async () => {
    const db = freshDb();
    for (let i = 0; i < 23; i++) await createJob(db, { id: `done-${i}`, now: i, urls: [], source: null });
    await createJob(db, { id: 'new', now: 100, urls: URLS, source: null });
    expect(await db.jobs.where('state').equals('done').count()).toBe(20);
    expect(await db.jobs.get('done-0')).toBeUndefined();
    expect(await db.jobs.get('new')).toBeDefined();
  });
});

describe('checkJob', () => {
  const good = { id: 'j', source: null, state: 'done', createdAt: 1, updatedAt: 2, items: [{ url: 'http://a.gov.vn/1', state: 'error', clipId: null, title: null, error: { code: 'http-error', message: 'Lỗi', detail: 'HTTP 404' } }] };
  it('accepts a stored job and refuses anything malformed', () => {
    expect(checkJob(good)).toEqual(good);
    expect(checkJob(null)).toBeNull();
    expect(checkJob({ ...good, state: 'paused' })).toBeNull();
    expect(checkJob({ ...good, items: [{ ...good.items[0], state: 'lost' }] })).toBeNull();
    expect(checkJob({ ...good, items: [{ ...good.items[0], error: { code: 1 } }] })).toBeNull();
    expect(checkJob({ ...good, createdAt: '1' })).toBeNull();
  });
});
