/**
 * Types of the article-to-area tagger (issue: suggest content areas for a clipped item). They know no browser and
 * every value is plain JSON, so a learned model can be kept in the key-value table and sent between the
 * extension's parts.
 */

/** One suggested content area for an article, best first in a list. */
export interface Suggestion {
  /** The area's key ({@link areaKey}): its code, or `area-N` for a plan area without one. */
  area: string;
  /** The area's short title, for display. */
  title: string;
  /** 0 (no evidence) to just under 1; see `CONFIDENT_SCORE` in suggest.ts for the scale. */
  score: number;
  /** The phrases that made the area match, as the area's text or keywords write them (NFC), most important first. */
  matched: string[];
}

/** The parts of an article the tagger reads; title and lead weigh more than the body. */
export interface TaggableText {
  title: string;
  /** The sapo (lead paragraph), when the page has one. */
  lead?: string;
  body: string;
}

/** Learned statistics for one class (an area key, or the "not reform" class). */
export interface LearnedClass {
  /** How many confirmed examples fed this class. */
  docs: number;
  /**
   * Phrase feature (the decimal hash of a folded 1- or 2-syllable phrase, features.ts) → sum over the class's
   * examples of the phrase's share of that example (each example's shares sum to 1).
   */
  terms: Record<string, number>;
}

/**
 * What the tagger has learned from an editor's confirmed examples: per-class phrase statistics over the same
 * folded phrase features the day-one index uses. Plain JSON; `version` is bumped with a migration when the shape
 * changes.
 */
export interface LearnedModel {
  version: 1;
  /** Number of examples learned, in all. */
  docs: number;
  /** Area key → its class statistics. */
  areas: Record<string, LearnedClass>;
  /** Examples confirmed as "not about administrative reform" (labelled with no area). */
  none: LearnedClass;
}

/** An article with the areas an editor confirmed: area keys, or `[]` for "not reform news". */
export interface LabelledExample extends TaggableText {
  areas: string[];
}
