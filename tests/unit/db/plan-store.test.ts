import { describe, expect, it } from 'vitest';
import { freshDb as freshDbNamed, newId, oneStopArticle } from './helpers';
import { saveCapture } from '../../../lib/db/clip-store';
import { ActivePlanError, addPlan, deletePlan, updatePlan } from '../../../lib/db/plan-store';
import { setClipTags } from '../../../lib/db/tag-store';
import { builtinPlan } from '../../../lib/plan/builtin-plan';

const freshDb = () => freshDbNamed('plans');
const article = oneStopArticle;

describe('editing a kept plan', () => {
  it('codes areas read from a document on save, so removing one keeps the others’ keys', async () => {
    const db = freshDb();
    const draft = { ...builtinPlan(2026), areas: [{ title: 'Một', text: 'một' }, { title: 'Hai', text: 'hai' }, { title: 'Ba', text: 'ba' }] };
    const id = await addPlan(db, draft, { now: 1, newId, makeActive: true });
    const saved = (await db.plans.get(id))!.plan;
    expect(saved.areas.map((a) => a.code)).toEqual(['area-1', 'area-2', 'area-3']);
    await updatePlan(db, id, { ...saved, areas: [...saved.areas.slice(1), { title: 'Bốn', text: '' }] }, 2);
    expect((await db.plans.get(id))!.plan.areas.map((a) => `${a.code}:${a.title}`)).toEqual(['area-2:Hai', 'area-3:Ba', 'area-4:Bốn']);
  });
});

describe('deletePlan', () => {
  it('deletes a plan that is not active, refuses the active one, and leaves items their tags', async () => {
    const db = freshDb();
    const kept = await addPlan(db, builtinPlan(2025), { now: 1, newId, makeActive: false });
    const active = await addPlan(db, builtinPlan(2026), { now: 2, newId, makeActive: true });
    const { clipId } = await saveCapture(db, article(11), { now: 1000, newId });
    await setClipTags(db, clipId, ['tthc']);
    await expect(deletePlan(db, active)).rejects.toBeInstanceOf(ActivePlanError);
    expect(await db.plans.get(active)).toBeDefined();
    await deletePlan(db, kept);
    expect((await db.plans.toArray()).map((p) => p.id)).toEqual([active]);
    expect((await db.clips.get(clipId))?.tags).toEqual(['tthc']);
  });
});
