import type { ContentArea } from '../plan/types';
import { areaIndexFor } from './area-index';
import { areaPriors } from './area-priors';
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

/**
 * What learning adds to an area's evidence per unit of likeness above the article's average likeness to the plan's
 * areas. Chosen on the first labelled set, not on the blind set: 2-, 5- and 10-fold cross-validation (top-1 rises
 * from 73 to 76–77 of 81 for gains of 150–300) and a cold start (one confirmed article in each of three areas must
 * not pull other areas' articles to them: when chosen, 70 → 64 right at 200; 35 at 300 without the area priors).
 */
export const LEARNED_GAIN = 200;

/** Learned areas (and "not reform" examples) needed before likeness to non-reform news can hold suggestions back. */
const MIN_AREAS_FOR_NONE = 3;

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
    const similarity = learnedSimilarity(learned, phraseShares(text), areaPriors(areas));
    let mean = 0;
    for (const key of index.keys) mean += similarity.areas.get(key) ?? 0;
    mean /= index.keys.length || 1;
    index.keys.forEach((key, i) => {
      // Only likeness above the article's average likeness to the plan's areas counts: what every area shares (the
      // vocabulary of any reform article) moves no area ahead of another and makes no article look more certain.
      const lead = (similarity.areas.get(key) ?? 0) - mean;
      if (lead > 0) raws[i] = (raws[i] as number) + LEARNED_GAIN * lead;
    });
    // Closer to the confirmed non-reform news than to the confirmed reform news: only trusted once the model knows
    // enough areas, or an article of an area nobody has confirmed yet would look "unrelated" merely for lack of
    // company; and only while reform examples are at least as many, as a pool of a few examples looks less like any
    // article than a pool of many.
    const learnedAreas = Object.values(learned.areas).filter((c) => c.docs > 0).length;
    const reformDocs = learned.docs - learned.none.docs;
    const trusted = learnedAreas >= MIN_AREAS_FOR_NONE && learned.none.docs >= MIN_AREAS_FOR_NONE && reformDocs >= learned.none.docs;
    if (trusted && similarity.none > similarity.reform) reform = false;
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
