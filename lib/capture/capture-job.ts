import { findQueued } from '../db/clip-store';
import type { FailureCode } from '../db/errors';
import { claimNextItem, createJob, finishItem, interruptedJobs, requeueFailed, type ItemOutcome } from '../db/job-store';
import type { CaptureJob } from '../db/types';
import type { Language } from '../i18n/index';
import { failureOf, type FailureContext } from './failure';
import { fetchHtml, type FetchPorts } from './fetch-html';
import type { ReadResult } from './read-page';
import { storeExtraction, type StorePorts } from './store-extraction';
import { validateExtraction } from './validate-extraction';

/** Pages fetched at the same time: quick enough, and gentle with the small servers of provincial portals. */
export const JOB_CONCURRENCY = 2;

/** What a capture job needs from the browser, given by the background (and by unit tests with fakes). */
export interface JobPorts extends StorePorts, FetchPorts {
  language(): Promise<Language>;
  /** Parses HTML and extracts its article where a DOM exists (offscreen document, Firefox's background page). */
  readHtml(html: string, url: string): Promise<unknown>;
  /** Tells open extension pages about a job's new state; must not throw. */
  notify(job: CaptureJob): void;
}

/** Starts, retries and resumes capture jobs; one per background. */
export interface JobRunner {
  /** Stores a job over the addresses and starts fetching them, two at a time; resolves once the job is stored. */
  start(urls: readonly string[], source: string | null): Promise<CaptureJob>;
  /** Puts a job's failed items back in line and fetches them again; null when the job is gone. */
  retry(jobId: string): Promise<CaptureJob | null>;
  /** Goes on with the jobs a stopped service worker left running. */
  resume(): Promise<void>;
  /** Resolves when no job is being worked on (for tests and for closing the offscreen document). */
  idle(): Promise<void>;
}

const READ_CODES = new Set<string>(['no-article', 'login-required', 'not-html', 'pdf', 'image', 'page-changed', 'internal', 'no-selection', 'unsupported-page']);

/** The door check on what the HTML reader answered (it comes over a message from another document). */
function checkRead(value: unknown): ReadResult | { ok: false; code: 'internal'; detail: string } {
  const v = value as { ok?: unknown; code?: unknown; extraction?: unknown; detail?: unknown } | null;
  if (v && v.ok === true && typeof v.extraction === 'object') return value as ReadResult;
  if (v && v.ok === false && typeof v.code === 'string' && READ_CODES.has(v.code)) return value as ReadResult;
  return { ok: false, code: 'internal', detail: `The HTML reader answered ${JSON.stringify(value)?.slice(0, 200)}` };
}

async function failed(ports: JobPorts, code: FailureCode, context: FailureContext = {}): Promise<ItemOutcome> {
  const language = await ports.language().catch((): Language => 'vi');
  return { state: 'error', clipId: null, title: null, error: failureOf(language, code, { ...context, fetched: true }) };
}

/**
 * Fetches one address and saves its article, or says why not: an address already queued is skipped without
 * fetching; only http(s) addresses inside the host permissions are fetched; HTTP errors, network errors, files
 * that are no article page, pages without an article and invalid extractions each end as an error with a message
 * in the interface language. Rejects only when the database itself fails.
 */
export async function captureUrl(ports: JobPorts, url: string): Promise<ItemOutcome> {
  const queued = (await findQueued(ports.db, [url])).get(url);
  if (queued !== undefined) return { state: 'skipped', clipId: queued, title: (await ports.db.clips.get(queued))?.title ?? null, error: null };
  const fetched = await fetchHtml(ports, url);
  if (!fetched.ok) return failed(ports, fetched.code, fetched.context);

  let read: ReadResult | { ok: false; code: 'internal'; detail: string };
  try {
    read = checkRead(await ports.readHtml(fetched.html, fetched.url));
  } catch (error) {
    return failed(ports, 'internal', { cause: error });
  }
  if (!read.ok) return failed(ports, read.code, read.detail ? { cause: new Error(read.detail) } : {});
  let extraction;
  try {
    extraction = validateExtraction(read.extraction);
  } catch (error) {
    return failed(ports, 'invalid-extraction', { cause: error });
  }
  const saved = await storeExtraction(ports, extraction, false);
  if (!saved.ok) return failed(ports, saved.code, { cause: saved.cause });
  return { state: saved.duplicate ? 'duplicate' : 'saved', clipId: saved.clipId, title: extraction.title, error: null };
}

/**
 * The capture-job runner: each job's items are fetched by at most {@link JOB_CONCURRENCY} lanes, each lane taking
 * the next waiting item from the database (so a retry or a resumed job is picked up the same way) and writing its
 * outcome back before taking another. One item's failure never stops the others. Every change is stored first and
 * then told through `notify`, so a page that missed a message still finds the state in the database.
 */
export function createJobRunner(ports: JobPorts, concurrency = JOB_CONCURRENCY): JobRunner {
  const lanes = new Map<string, number>();
  const running = new Set<Promise<void>>();

  async function lane(jobId: string): Promise<void> {
    try {
      for (;;) {
        const { job, index } = await claimNextItem(ports.db, jobId, ports.now());
        if (job) ports.notify(job);
        if (!job || index === null) return;
        let outcome: ItemOutcome;
        try {
          outcome = await captureUrl(ports, job.items[index]!.url);
        } catch (error) {
          outcome = await failed(ports, 'internal', { cause: error });
        }
        const after = await finishItem(ports.db, jobId, index, outcome, ports.now());
        if (after) ports.notify(after);
      }
    } catch (error) {
      // The database itself failed; the job stays 'running' and is resumed when the background starts again.
      console.error('[Trợ lý tin bài CCHC] capture job lane stopped', jobId, error);
    } finally {
      lanes.set(jobId, (lanes.get(jobId) ?? 1) - 1);
    }
  }

  function ensureLanes(job: CaptureJob): void {
    const waiting = job.items.filter((item) => item.state === 'waiting').length;
    while ((lanes.get(job.id) ?? 0) < Math.min(concurrency, Math.max(1, waiting))) {
      lanes.set(job.id, (lanes.get(job.id) ?? 0) + 1);
      const p = lane(job.id);
      running.add(p);
      void p.finally(() => running.delete(p));
    }
  }

  return {
    async start(urls, source) {
      const job = await createJob(ports.db, { id: ports.newId(), now: ports.now(), urls, source });
      ports.notify(job);
      ensureLanes(job);
      return job;
    },
    async retry(jobId) {
      const job = await requeueFailed(ports.db, jobId, ports.now());
      if (!job) return null;
      ports.notify(job);
      ensureLanes(job);
      return job;
    },
    async resume() {
      const active = (jobId: string): boolean => (lanes.get(jobId) ?? 0) > 0;
      for (const job of await interruptedJobs(ports.db, ports.now(), active)) ensureLanes(job);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled(Array.from(running));
    },
  };
}
