import type { Plan } from './types';

/**
 * The plan with a code on every content area: an area read from a plan document has none, and its key would
 * otherwise be its position (`area-N`), which moves when the coordinator removes or inserts an area. A missing code
 * becomes the key the area has now (`area-N`, or the next free `area-M` when that is taken), so items tagged before
 * an edit keep their area. Codes already set are kept; `plan` is left as it was.
 */
export function withAreaCodes(plan: Plan): Plan {
  const taken = new Set(plan.areas.map((area) => area.code).filter((code): code is string => Boolean(code)));
  let next = plan.areas.length + 1;
  const areas = plan.areas.map((area, i) => {
    if (area.code) return area;
    let code = `area-${i + 1}`;
    while (taken.has(code)) code = `area-${next++}`;
    taken.add(code);
    return { ...area, code };
  });
  return { ...plan, areas };
}
