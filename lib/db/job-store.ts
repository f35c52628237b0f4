import type { NewsDeskDb } from './database';
import { normalizeUrl } from './normalize-url';
import type { CaptureJob, JobItem } from './types';

/** Finished jobs kept for the side panel to show; older ones are removed when a new job starts. */
const KEEP_FINISHED = 20;

/** What an item ends with: its state and what came of it. */
export type ItemOutcome = Pick<JobItem, 'state' | 'clipId' | 'title' | 'error'>;

/**
 * Stores a new job over the given addresses, every item waiting. The same address twice (after
 * {@link normalizeUrl}) is kept once. Old finished jobs beyond the last {@link KEEP_FINISHED} are removed.
 */
export async function createJob(db: NewsDeskDb, options: { id: string; now: number; urls: readonly string[]; source: string | null }): Promise<CaptureJob> {
  const seen = new Set<string>();
  const items: JobItem[] = [];
  for (const url of options.urls) {
    const key = normalizeUrl(url);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ url, state: 'waiting', clipId: null, title: null, error: null });
  }
  const job: CaptureJob = { id: options.id, source: options.source, state: items.length ? 'running' : 'done', createdAt: options.now, updatedAt: options.now, items };
  await db.transaction('rw', db.jobs, async () => {
    await db.jobs.add(job);
    const finished = await db.jobs.where('state').equals('done').primaryKeys();
    if (finished.length > KEEP_FINISHED) {
      const rows = (await db.jobs.bulkGet(finished)).filter((j): j is CaptureJob => j !== undefined).sort((a, b) => b.createdAt - a.createdAt);
      await db.jobs.bulkDelete(rows.slice(KEEP_FINISHED).map((j) => j.id));
    }
  });
  return job;
}

/** Changes a stored job in one transaction; returns the job as stored, or null when it is gone. */
async function change(db: NewsDeskDb, jobId: string, now: number, edit: (job: CaptureJob) => void): Promise<CaptureJob | null> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) return null;
    edit(job);
    job.updatedAt = now;
    await db.jobs.put(job);
    return job;
  });
}

/**
 * Takes the next waiting item of a job and marks it 'working'. Returns its index with the job as stored, or index
 * null when nothing waits; a job with nothing waiting and nothing being fetched is then marked 'done'.
 * Concurrent callers never get the same item (the read and the write are one transaction).
 */
export async function claimNextItem(db: NewsDeskDb, jobId: string, now: number): Promise<{ job: CaptureJob | null; index: number | null }> {
  let index: number | null = null;
  const job = await change(db, jobId, now, (j) => {
    const next = j.items.findIndex((item) => item.state === 'waiting');
    if (next >= 0) {
      j.items[next]!.state = 'working';
      j.state = 'running';
      index = next;
    } else if (!j.items.some((item) => item.state === 'working')) {
      j.state = 'done';
    }
  });
  return { job, index };
}

/** Records how an item ended (saved, duplicate, skipped or error); returns the job as stored, or null when gone. */
export async function finishItem(db: NewsDeskDb, jobId: string, index: number, outcome: ItemOutcome, now: number): Promise<CaptureJob | null> {
  return change(db, jobId, now, (job) => {
    const item = job.items[index];
    if (!item) return;
    Object.assign(item, outcome);
  });
}

/** Puts a job's failed items back to waiting (the "Thử lại" button) and marks it running; null when it is gone. */
export async function requeueFailed(db: NewsDeskDb, jobId: string, now: number): Promise<CaptureJob | null> {
  return change(db, jobId, now, (job) => {
    for (const item of job.items) {
      if (item.state !== 'error') continue;
      item.state = 'waiting';
      item.error = null;
    }
    if (job.items.some((item) => item.state === 'waiting')) job.state = 'running';
  });
}

/**
 * The jobs a stopped service worker left running, made ready to go on: items that were being fetched go back to
 * waiting (their fetch died with the worker; one that was saved meanwhile is found queued and skipped). Jobs
 * that `isActive` says are being worked on in this worker are left alone.
 */
export async function interruptedJobs(db: NewsDeskDb, now: number, isActive: (jobId: string) => boolean = () => false): Promise<CaptureJob[]> {
  return db.transaction('rw', db.jobs, async () => {
    const running = (await db.jobs.where('state').equals('running').toArray()).filter((job) => !isActive(job.id));
    for (const job of running) {
      for (const item of job.items) if (item.state === 'working') item.state = 'waiting';
      job.updatedAt = now;
    }
    await db.jobs.bulkPut(running);
    return running;
  });
}
