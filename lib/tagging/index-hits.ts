import type { AreaIndex } from './area-index';
import type { WeightedRun } from './field-runs';

/** How an indexed phrase occurs in an article. */
export interface PhraseHit {
  /** Heaviest field it occurs in (title 3, lead 2, body 1). */
  field: number;
  /** Number of occurrences, in all fields. */
  count: number;
}

/**
 * Finds every indexed phrase in an article's runs (folded, so tone placement and missing diacritics do not
 * matter): at each syllable, the phrases of 1 up to the index's longest length that start there.
 */
export function indexHits(index: AreaIndex, runs: readonly WeightedRun[]): Map<string, PhraseHit> {
  const hits = new Map<string, PhraseHit>();
  for (const run of runs) {
    const { folded } = run;
    for (let start = 0; start < folded.length; start++) {
      let phrase = '';
      for (let n = 1; n <= index.maxLength && start + n <= folded.length; n++) {
        phrase = n === 1 ? (folded[start] as string) : `${phrase} ${folded[start + n - 1] as string}`;
        if (!index.phrases.has(phrase)) continue;
        const hit = hits.get(phrase);
        if (hit) {
          hit.count++;
          if (run.weight > hit.field) hit.field = run.weight;
        } else hits.set(phrase, { field: run.weight, count: 1 });
      }
    }
  }
  return hits;
}
