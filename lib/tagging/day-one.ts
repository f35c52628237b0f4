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

// Repeating a phrase adds a little: an article about one-stop shops says "một cửa" five times, an aside once.
const REPEAT_GAIN = 0.3;

/**
 * Scores every area of the index from the phrases found in an article: Σ phrase weight × heaviest field ×
 * (1 + 0.3·ln count). Areas with no phrase get raw 0.
 */
export function dayOneEvidence(index: AreaIndex, hits: ReadonlyMap<string, PhraseHit>): AreaEvidence[] {
  const evidence: AreaEvidence[] = index.keys.map(() => ({ raw: 0, contributions: [] }));
  for (const [phrase, hit] of hits) {
    const factor = hit.field * (1 + REPEAT_GAIN * Math.log(hit.count));
    for (const entry of index.phrases.get(phrase) ?? []) {
      const target = evidence[entry.area] as AreaEvidence;
      const value = entry.weight * factor;
      target.raw += value;
      target.contributions.push({ phrase, shown: entry.shown, value, weight: entry.weight, keyword: entry.keyword });
    }
  }
  for (const area of evidence) discountNested(area);
  return evidence;
}

// A phrase found inside a longer phrase of the same area ("một cửa" in "một cửa liên thông") is mostly the same
// evidence counted again: it keeps only this share.
const NESTED_SHARE = 0.5;

/** Discounts contributions whose phrase lies inside a longer matched phrase of the same area, and resums. */
function discountNested(area: AreaEvidence): void {
  const padded = area.contributions.map((c) => ` ${c.phrase} `);
  area.raw = 0;
  area.contributions.forEach((c, i) => {
    const inner = padded[i] as string;
    if (padded.some((outer, j) => j !== i && outer.length > inner.length && outer.includes(inner))) c.value *= NESTED_SHARE;
    area.raw += c.value;
  });
}
