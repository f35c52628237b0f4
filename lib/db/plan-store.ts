import { withAreaCodes } from '../plan/area-codes';
import { builtinPlan } from '../plan/builtin-plan';
import type { Plan } from '../plan/types';
import type { NewsDeskDb } from './database';
import type { StoredPlan } from './types';

/** The meta key holding the active plan's id. */
export const ACTIVE_PLAN_KEY = 'plan.active';

/** Every plan kept on this install, newest year first. */
export async function listPlans(db: NewsDeskDb): Promise<StoredPlan[]> {
  const plans = await db.plans.toArray();
  return plans.sort((a, b) => b.plan.year - a.plan.year || b.createdAt - a.createdAt);
}

/**
 * The active plan. A new install (no plan at all) gets the built-in template for the current year, saved and made
 * active, in one transaction so two pages opening at once do not make two.
 */
export async function activePlan(db: NewsDeskDb, now: number, newId: () => string): Promise<StoredPlan> {
  return db.transaction('rw', db.plans, db.meta, async () => {
    const activeId = (await db.meta.get(ACTIVE_PLAN_KEY))?.value;
    const active = typeof activeId === 'string' ? await db.plans.get(activeId) : undefined;
    if (active) return active;
    const newest = await db.plans.orderBy('year').last();
    if (newest) {
      await db.meta.put({ key: ACTIVE_PLAN_KEY, value: newest.id });
      return newest;
    }
    const stored: StoredPlan = { id: newId(), plan: builtinPlan(new Date(now).getUTCFullYear()), createdAt: now, updatedAt: now };
    await db.plans.add(stored);
    await db.meta.put({ key: ACTIVE_PLAN_KEY, value: stored.id });
    return stored;
  });
}

/**
 * Saves a new plan (from a reviewed draft); makes it active when asked. Returns its id. Every area gets a code
 * ({@link withAreaCodes}), so later edits do not move tags from one area to another.
 */
export async function addPlan(db: NewsDeskDb, plan: Plan, options: { now: number; newId: () => string; makeActive: boolean }): Promise<string> {
  const id = options.newId();
  await db.transaction('rw', db.plans, db.meta, async () => {
    await db.plans.add({ id, plan: withAreaCodes(plan), createdAt: options.now, updatedAt: options.now });
    if (options.makeActive) await db.meta.put({ key: ACTIVE_PLAN_KEY, value: id });
  });
  return id;
}

/** Replaces a kept plan's content (the coordinator's edits); a new area gets a code as in {@link addPlan}. */
export async function updatePlan(db: NewsDeskDb, id: string, plan: Plan, now: number): Promise<void> {
  const changed = await db.plans.update(id, { plan: withAreaCodes(plan), updatedAt: now });
  if (changed === 0) throw new Error(`no plan ${id}`);
}

/** Makes a kept plan the active one. */
export async function setActivePlan(db: NewsDeskDb, id: string): Promise<void> {
  await db.transaction('rw', db.plans, db.meta, async () => {
    if (!(await db.plans.get(id))) throw new Error(`no plan ${id}`);
    await db.meta.put({ key: ACTIVE_PLAN_KEY, value: id });
  });
}

/** Thrown when the active plan is asked to be deleted: another plan must be made active first. */
export class ActivePlanError extends Error {
  constructor() {
    super('the active plan cannot be deleted; make another plan active first');
    this.name = 'ActivePlanError';
  }
}

/**
 * Deletes a kept plan (a wrong import, last year's plan). The active plan cannot be deleted ({@link ActivePlanError}).
 * Items keep their tags: an area code is plain text on the item.
 */
export async function deletePlan(db: NewsDeskDb, id: string): Promise<void> {
  await db.transaction('rw', db.plans, db.meta, async () => {
    if ((await db.meta.get(ACTIVE_PLAN_KEY))?.value === id) throw new ActivePlanError();
    await db.plans.delete(id);
  });
}
