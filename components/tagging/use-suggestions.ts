import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ACTIVE_PLAN_KEY, activePlan } from '../../lib/db/plan-store';
import { learnedModel } from '../../lib/db/tag-store';
import type { StoredPlan } from '../../lib/db/types';
import { suggestAreas } from '../../lib/tagging/suggest';
import type { Suggestion } from '../../lib/tagging/types';
import { useDb } from '../DbProvider';

/** The active plan (a new install gets the built-in template), or null while it opens. */
export function useActivePlan(): StoredPlan | null {
  const db = useDb();
  const [plan, setPlan] = useState<StoredPlan | null>(null);
  const activeId = useLiveQuery(async () => (await db.meta.get(ACTIVE_PLAN_KEY))?.value, [db]);
  useEffect(() => {
    let alive = true;
    activePlan(db, Date.now(), () => crypto.randomUUID()).then(
      (value) => alive && setPlan(value),
      (error: unknown) => console.error('[Trợ lý tin bài CCHC] opening the plan failed', error),
    );
    // No state update once the view is gone (a closed panel, a finished test).
    return () => {
      alive = false;
    };
  }, [db, activeId]);
  return plan;
}

/**
 * The active plan's areas ranked for a queued item (its title, lead and body, with what tagging learned on this
 * install), and the item's current tags; null while loading or when the item is gone.
 */
export function useSuggestions(clipId: string | null): { suggestions: Suggestion[]; tags: string[]; plan: StoredPlan } | null {
  const db = useDb();
  const plan = useActivePlan();
  return (
    useLiveQuery(async () => {
      if (!clipId || !plan) return null;
      const [clip, body, learned] = await Promise.all([db.clips.get(clipId), db.bodies.get(clipId), learnedModel(db)]);
      if (!clip) return null;
      const suggestions = suggestAreas(plan.plan.areas, { title: clip.title, lead: clip.lead, body: body?.markdown ?? '' }, learned);
      return { suggestions, tags: clip.tags, plan };
    }, [db, clipId, plan]) ?? null
  );
}
