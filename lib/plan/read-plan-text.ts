import { findAreas } from './find-areas';
import { findQuotas } from './find-quotas';
import { findReporting } from './find-reporting';
import { findHeader } from './find-title-year';
import { findUnits } from './find-units';
import { planLines } from './plan-lines';
import type { PlanDraft } from './types';

/**
 * Drafts a plan from its text (pasted, or extracted from .docx/.txt): header, content areas, responsible units,
 * quotas and report cadences. Pure; the coordinator reviews the draft before it becomes a Plan.
 */
export function readPlanText(text: string): PlanDraft {
  const lines = planLines(text);
  const header = findHeader(lines);
  const units = findUnits(lines);
  return {
    ...header,
    areas: findAreas(lines),
    units,
    quotas: findQuotas(
      lines,
      units.map((u) => u.name),
    ),
    reporting: findReporting(lines),
  };
}

/** True when the draft holds enough to be called a plan (a title, or areas, or quotas). */
export function looksLikePlan(draft: PlanDraft): boolean {
  return draft.title !== null || draft.areas.length > 0 || draft.quotas.length > 0;
}
