import type { ContentArea } from '../plan/types';
import { CONFIDENT_SCORE, suggestAreas } from './suggest';
import type { LabelledExample, LearnedModel } from './types';

/** Accuracy figures of the tagger on a set of labelled examples. */
export interface TaggingAccuracy {
  /** Examples with an area (reform news). */
  reform: number;
  /** Of those, how many have their area ranked first / within the first three. */
  top1: number;
  top3: number;
  /** Examples labelled "not reform". */
  unrelated: number;
  /** Of those, how many get no suggestion at or above CONFIDENT_SCORE. */
  unrelatedQuiet: number;
  /** Reform examples whose area is ranked first with a confident score. */
  confidentRight: number;
  /** Per labelled area: [right at top 1, examples]. */
  perArea: Map<string, [number, number]>;
}

/**
 * Tags each example and counts top-1 / top-3 hits on its first confirmed area, and how many unrelated examples
 * stay without a confident suggestion.
 */
export function evaluateTagging(
  areas: readonly ContentArea[],
  examples: readonly LabelledExample[],
  learned?: LearnedModel | null,
): TaggingAccuracy {
  const result: TaggingAccuracy = { reform: 0, top1: 0, top3: 0, unrelated: 0, unrelatedQuiet: 0, confidentRight: 0, perArea: new Map() };
  for (const example of examples) {
    const suggestions = suggestAreas(areas, example, learned);
    const label = example.areas[0];
    if (label === undefined) {
      result.unrelated++;
      if (!suggestions.some((s) => s.score >= CONFIDENT_SCORE)) result.unrelatedQuiet++;
      continue;
    }
    result.reform++;
    const rank = suggestions.findIndex((s) => s.area === label);
    const tally = result.perArea.get(label) ?? [0, 0];
    tally[1]++;
    if (rank === 0) {
      result.top1++;
      tally[0]++;
      if ((suggestions[0]?.score ?? 0) >= CONFIDENT_SCORE) result.confidentRight++;
    }
    if (rank >= 0 && rank < 3) result.top3++;
    result.perArea.set(label, tally);
  }
  return result;
}
