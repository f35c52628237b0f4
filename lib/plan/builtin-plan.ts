import { BUILTIN_AREAS } from './builtin-template';
import type { Plan, PlanDraft } from './types';

/**
 * The plan a new install starts with: the nine built-in content areas, no units or quotas yet, monthly, quarterly
 * and yearly reports on calendar periods, and the usual credit line.
 */
export function builtinPlan(year: number): Plan {
  return {
    title: 'Mẫu có sẵn: 9 nội dung tuyên truyền cải cách hành chính',
    year,
    issuer: '',
    number: null,
    date: null,
    areas: BUILTIN_AREAS.map((area) => ({ ...area, keywords: [...(area.keywords ?? [])] })),
    units: [],
    quotas: [],
    reporting: { mode: 'calendar', cadences: ['month', 'quarter', 'year'] },
    creditTemplate: 'Nguồn: {site}',
  };
}

/**
 * Completes a draft read from a plan document into a plan the coordinator can save: unknowns get neutral values
 * (the year given, no number), a draft without areas keeps the built-in ones, and a unit a quota names that the
 * unit list missed is added to it.
 */
export function planFromDraft(draft: PlanDraft, fallbackYear: number): Plan {
  const base = builtinPlan(draft.year ?? fallbackYear);
  return {
    ...base,
    title: draft.title ?? base.title,
    issuer: draft.issuer ?? '',
    number: draft.number,
    date: draft.date,
    areas: draft.areas.length > 0 ? draft.areas : base.areas,
    units: [...draft.units, ...[...new Set(draft.quotas.map((q) => q.unit))].filter((name): name is string => name !== null && !draft.units.some((u) => u.name === name)).map((name) => ({ name }))],
    quotas: draft.quotas,
    reporting: draft.reporting.cadences.length > 0 ? draft.reporting : base.reporting,
  };
}
