import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkJob } from '../../lib/db/check-job';
import type { CaptureJob } from '../../lib/db/types';
import { jobFromProgress } from '../../lib/messages';
import { useDb } from '../DbProvider';

/**
 * A background capture job as it goes: read from the database (so a panel opened late, or one that missed a
 * message, still sees it) and updated by the background's 'job-progress' messages as soon as they arrive.
 * Whichever copy is newer wins. Null until the job is known.
 */
export function useCaptureJob(jobId: string | null): CaptureJob | null {
  const db = useDb();
  const stored = useLiveQuery(async () => (jobId ? checkJob(await db.jobs.get(jobId)) : null), [db, jobId]) ?? null;
  const [pushed, setPushed] = useState<CaptureJob | null>(null);

  useEffect(() => {
    setPushed(null);
    if (!jobId) return undefined;
    const onMessage = (message: unknown): undefined => {
      const job = jobFromProgress(message);
      if (job?.id === jobId) setPushed(job);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [jobId]);

  if (!stored) return pushed?.id === jobId ? pushed : null;
  if (!pushed || pushed.id !== jobId) return stored;
  return pushed.updatedAt > stored.updatedAt ? pushed : stored;
}
