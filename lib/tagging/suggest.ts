import type { ContentArea } from '../plan/types';
import { areaIndexFor } from './area-index';
import { dayOneEvidence } from './day-one';
import { phraseShares } from './features';
import { fieldRuns } from './field-runs';
import { indexHits } from './index-hits';
import { learnedSimilarity } from './learned-similarity';
import { matchedPhrases } from './matched-phrases';
import { reformEvidence } from './reform-vocabulary';
import type { LearnedModel, Suggestion, TaggableText } from './types';

/**
 * Scores run from 0 to just under 1: `1 − e^(−evidence / SCALE)`, where evidence is the weighted sum of the
 * area's phrases found in the article (plus what learning adds). A score at or above CONFIDENT_SCORE (evidence
 * ≥ SCALE·ln 2) is "confident": the UI shows it as a chip. An article that uses too little reform vocabulary
 * never reaches it: its scores are halved, so it can still be ranked but never suggested as confident.
 */
export const CONFIDENT_SCORE = 0.5;

/** Evidence at which a score reaches 1 − 1/e ≈ 0.63. */
export const SCALE = 12;

/** Reform vocabulary an article needs (reform-vocabulary.ts) before any of its suggestions may be confident. */
export const REFORM_MIN = 3;

/** What learning adds to an area's evidence at full similarity, once the area has enough examples. */
export const LEARNED_GAIN = 60;

/** Learned areas (and "not reform" examples) needed before likeness to non-reform news can hold suggestions back. */
const MIN_AREAS_FOR_NONE = 3;

/** How many examples an area needs for learning to count half its gain. */
const LEARNED_HALF = 1;

/**
 * Suggests content areas for an article: every area with a score above 0, best first, each with the phrases that
 * made it match. Works from the areas' own titles, texts and keywords (the index is built once per areas array);
 * a learned model, when given, adds what confirmed examples taught and can hold back articles that look like
 * those confirmed as "not reform".
 */
export function suggestAreas(areas: readonly ContentArea[], text: TaggableText, learned?: LearnedModel | null): Suggestion[] {
  const index = areaIndexFor(areas);
  const runs = fieldRuns(text);
  const evidence = dayOneEvidence(index, indexHits(index, runs));
  let reform = reformEvidence(runs) >= REFORM_MIN;
  const raws = evidence.map((e) => e.raw);
  if (learned && learned.docs > 0) {
    const similarity = learnedSimilarity(learned, phraseShares(text));
    let best = 0;
    index.keys.forEach((key, i) => {
      const sim = similarity.areas.get(key) ?? 0;
      const docs = learned.areas[key]?.docs ?? 0;
      best = Math.max(best, sim);
      raws[i] = (raws[i] as number) + LEARNED_GAIN * sim * (docs / (docs + LEARNED_HALF));
    });
    // Closer to the confirmed non-reform news than to every learned area: only trusted once the model knows enough
    // areas, or an article of an area nobody has confirmed yet would look "unrelated" merely for lack of company.
    if (similarity.areas.size >= MIN_AREAS_FOR_NONE && learned.none.docs >= MIN_AREAS_FOR_NONE && similarity.none > best) reform = false;
  }
  const order = index.keys.map((_, i) => i).sort((a, b) => (raws[b] as number) - (raws[a] as number));
  const suggestions: Suggestion[] = [];
  for (const i of order) {
    let score = 1 - Math.exp(-(raws[i] as number) / SCALE);
    if (!reform) score *= 0.5;
    // Three decimals are enough to show and to compare with CONFIDENT_SCORE; a score that rounds to 0 is dropped.
    score = Math.min(0.999, Math.round(score * 1000) / 1000);
    if (score <= 0) continue;
    suggestions.push({
      area: index.keys[i] as string,
      title: index.titles[i] as string,
      score,
      matched: matchedPhrases(evidence[i]?.contributions ?? []),
    });
  }
  return suggestions;
}
