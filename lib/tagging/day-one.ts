import type { AreaIndex } from './area-index';
import type { PhraseHit } from './index-hits';

/** One phrase's share of an area's evidence. */
export interface Contribution {
  /** Folded phrase. */
  phrase: string;
  /** As the area writes it. */
  shown: string;
  value: number;
  /** The phrase's weight for the area (before the article's field and repeat factors). */
  weight: number;
  /** The phrase is one of the area's keywords. */
  keyword: boolean;
}

/** Day-one evidence for one area: the sum of its phrases' contributions. */
export interface AreaEvidence {
  raw: number;
  contributions: Contribution[];
}

/**
 * How much a phrase's repeats count: 1 + ln count, the usual sublinear term frequency. What an article keeps
 * saying is its subject ("chỉ số" five times in a report on an index), so repeats must be able to outweigh a few
 * phrases of another area said once each in passing; the logarithm keeps a long article from winning on length.
 */
export function repeatFactor(count: number): number {
  return 1 + Math.log(count);
}

/**
 * Scores every area of the index from the phrases it counts in an article ({@link indexHits}): Σ phrase weight ×
 * heaviest field × (1 + ln count). Areas with no phrase get raw 0.
 */
export function dayOneEvidence(index: AreaIndex, hits: readonly ReadonlyMap<string, PhraseHit>[]): AreaEvidence[] {
  return index.keys.map((_, area) => {
    const evidence: AreaEvidence = { raw: 0, contributions: [] };
    for (const hit of hits[area]?.values() ?? []) {
      const { entry } = hit;
      const value = entry.weight * hit.field * repeatFactor(hit.count);
      evidence.raw += value;
      evidence.contributions.push({ phrase: hit.phrase, shown: entry.shown, value, weight: entry.weight, keyword: entry.keyword });
    }
    return evidence;
  });
}
