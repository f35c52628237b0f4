import type { Plan } from './types';

/** Something that keeps a plan from being saved, with where it is (an index into areas, units or quotas). */
export type PlanProblem =
  | { kind: 'no-title' }
  | { kind: 'bad-year' }
  | { kind: 'no-areas' }
  | { kind: 'area-title'; index: number }
  | { kind: 'area-code'; index: number }
  | { kind: 'unit-name'; index: number }
  | { kind: 'quota-count'; index: number }
  | { kind: 'quota-unit'; index: number }
  | { kind: 'cut-off-day' }
  | { kind: 'no-cadence' };

/** Area codes are short ASCII keys (`tthc`, `area-3`): they end up in stored tags and exported tallies. */
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * What is wrong with a plan the coordinator edited (or a draft read from a document) before it is saved: a title,
 * a year between 2000 and 2100, at least one area, every area named and coded uniquely (when coded), every unit
 * named, quotas of at least 1 for a unit the plan names, a cut-off day of 1–28, at least one report cadence.
 * An empty list means the plan can be saved.
 */
export function planProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!plan.title.trim()) problems.push({ kind: 'no-title' });
  if (!Number.isInteger(plan.year) || plan.year < 2000 || plan.year > 2100) problems.push({ kind: 'bad-year' });
  if (plan.areas.length === 0) problems.push({ kind: 'no-areas' });
  const codes = new Set<string>();
  plan.areas.forEach((area, index) => {
    if (!area.title.trim()) problems.push({ kind: 'area-title', index });
    if (area.code !== undefined) {
      if (!CODE.test(area.code) || codes.has(area.code)) problems.push({ kind: 'area-code', index });
      codes.add(area.code);
    }
  });
  plan.units.forEach((unit, index) => {
    if (!unit.name.trim()) problems.push({ kind: 'unit-name', index });
  });
  const unitNames = new Set(plan.units.map((unit) => unit.name));
  plan.quotas.forEach((quota, index) => {
    if (!Number.isInteger(quota.count) || quota.count < 1) problems.push({ kind: 'quota-count', index });
    if (quota.unit !== null && !unitNames.has(quota.unit)) problems.push({ kind: 'quota-unit', index });
  });
  const day = plan.reporting.cutOffDay;
  if (plan.reporting.mode === 'cut-off' && !(Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 28)) problems.push({ kind: 'cut-off-day' });
  if (plan.reporting.cadences.length === 0) problems.push({ kind: 'no-cadence' });
  return problems;
}
