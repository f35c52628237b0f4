import type { ContentArea } from '../plan/types';

/**
 * The stable key a suggestion and a learned model use for an area: its code (`tthc`), or `area-N` (1-based
 * position in the plan's list) for an area read from a plan document, which has no code.
 */
export function areaKey(area: ContentArea, index: number): string {
  return area.code ?? `area-${index + 1}`;
}
