import type { AreaIndex, AreaWeight } from './area-index';
import type { WeightedRun } from './field-runs';

/** How one indexed phrase counts for one area in an article. */
export interface PhraseHit {
  /** Folded phrase. */
  phrase: string;
  /** The phrase's entry for the area (weight, as the area writes it, keyword or not). */
  entry: AreaWeight;
  /** Heaviest field of its counted occurrences (title 3, lead 2, body 1). */
  field: number;
  /** Occurrences that count for the area (see {@link indexHits}). */
  count: number;
}

/** A phrase of one area found at one place of a run. */
interface Candidate {
  start: number;
  end: number;
  phrase: string;
  entry: AreaWeight;
}

/**
 * Picks, for one area, the heaviest set of its phrases found in a run that do not overlap (weighted interval
 * scheduling over the run's syllables), so that each written syllable is evidence for the area once: "thủ tục
 * hành chính" counts as that keyword, not again as "thủ tục", "hành chính", "tục hành" and the rest. On a tie the
 * longer phrase wins. `candidates` must be in order of start, shorter first; the chosen ones are passed to `take`.
 */
function chooseCover(candidates: readonly Candidate[], length: number, take: (candidate: Candidate) => void): void {
  const best = new Float64Array(length + 1);
  const pick = new Int32Array(length + 1).fill(-1);
  let next = candidates.length - 1;
  for (let i = length - 1; i >= 0; i--) {
    best[i] = best[i + 1] as number;
    // Candidates starting at i, longest first: a shorter one must weigh strictly more to be picked.
    for (; next >= 0 && (candidates[next] as Candidate).start === i; next--) {
      const c = candidates[next] as Candidate;
      const value = c.entry.weight + (best[c.end] as number);
      if (value > (best[i] as number)) {
        best[i] = value;
        pick[i] = next;
      }
    }
  }
  for (let i = 0; i < length; ) {
    const k = pick[i] as number;
    if (k < 0) {
      i++;
      continue;
    }
    const c = candidates[k] as Candidate;
    take(c);
    i = c.end;
  }
}

/**
 * Finds the indexed phrases in an article's runs (folded, so tone placement and missing diacritics do not
 * matter) and what they count for each area: one map per area (list order), folded phrase → hit. Within a run,
 * each area keeps only its heaviest non-overlapping phrases, so a phrase written inside a longer phrase of the
 * same area ("một cửa" in "một cửa liên thông") is not counted again, while "một cửa" written on its own elsewhere
 * is evidence of its own.
 */
export function indexHits(index: AreaIndex, runs: readonly WeightedRun[]): Map<string, PhraseHit>[] {
  const hits = index.keys.map(() => new Map<string, PhraseHit>());
  const perArea: Candidate[][] = index.keys.map(() => []);
  const touched: number[] = [];
  for (const run of runs) {
    const { folded } = run;
    for (let start = 0; start < folded.length; start++) {
      let phrase = '';
      for (let n = 1; n <= index.maxLength && start + n <= folded.length; n++) {
        phrase = n === 1 ? (folded[start] as string) : `${phrase} ${folded[start + n - 1] as string}`;
        const entries = index.phrases.get(phrase);
        if (!entries) continue;
        for (const entry of entries) {
          const list = perArea[entry.area] as Candidate[];
          if (list.length === 0) touched.push(entry.area);
          list.push({ start, end: start + n, phrase, entry });
        }
      }
    }
    for (const area of touched) {
      const areaHits = hits[area] as Map<string, PhraseHit>;
      const list = perArea[area] as Candidate[];
      chooseCover(list, folded.length, (c) => {
        const hit = areaHits.get(c.phrase);
        if (!hit) areaHits.set(c.phrase, { phrase: c.phrase, entry: c.entry, field: run.weight, count: 1 });
        else {
          hit.count++;
          if (run.weight > hit.field) hit.field = run.weight;
        }
      });
      list.length = 0;
    }
    touched.length = 0;
  }
  return hits;
}
