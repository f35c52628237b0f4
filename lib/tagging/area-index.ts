import type { ContentArea } from '../plan/types';
import { areaKey } from './area-key';
import { isGenericPhrase, isStopSyllable } from './stop-words';
import { syllableRuns, type SyllableRun } from './syllables';

/** How strongly a phrase points to one area of a list. */
export interface AreaWeight {
  /** Position of the area in the list. */
  area: number;
  /** Phrase weight for this area: how much the area's wording stresses it × how specific it is to the area. */
  weight: number;
  /** The phrase as the area's text or keyword writes it (NFC), for `Suggestion.matched`. */
  shown: string;
  /** True when the phrase is one of the area's keywords (or a whole run of one). */
  keyword: boolean;
}

/** The day-one index of an areas list: every useful phrase of the areas' titles, texts and keywords. */
export interface AreaIndex {
  /** Key of each area ({@link areaKey}), in list order. */
  keys: string[];
  /** Title of each area, in list order. */
  titles: string[];
  /** Folded phrase ("thu tuc hanh chinh") → the areas it points to. */
  phrases: Map<string, AreaWeight[]>;
  /** Longest indexed phrase, in syllables (keywords may be longer than 3). */
  maxLength: number;
}

/** Longest n-gram taken from an area's running text; keywords are indexed whole, whatever their length. */
export const MAX_NGRAM = 3;

// Base weight of a phrase by its length in syllables: a single syllable is rarely a word on its own in Vietnamese
// ("số" in "chuyển đổi số" and in "số lượng"), two or three syllables usually are. Lone syllables of the areas'
// running text are not indexed at all (acronyms and keywords aside): at any weight they added more noise than
// evidence, a little for every area from every article, and kept unrelated news close to a confident suggestion.
const NGRAM_WEIGHT = [0, 0, 1, 1.4];
// A phrase that begins a longer one of the area without being all of it: in Vietnamese the head word comes first
// and the words after it make it specific, so the head alone ("Trung tâm" of "Trung tâm Phục vụ hành chính công",
// "cơ sở" of "cơ sở dữ liệu", "chuyển đổi" of "chuyển đổi số") is mostly the everyday word, found in articles
// about a "Trung tâm Khuyến nông" or a "cơ sở nhà, đất". It keeps this share of its weight.
const HEAD_WEIGHT = 0.5;
// An acronym (TTHC, PAPI, VNeID) is a word on its own.
const ACRONYM_WEIGHT = 1.5;
// A keyword is the coordinator saying "this phrase means this area".
const KEYWORD_WEIGHT = 2;
const KEYWORD_WEIGHT_PER_SYLLABLE = 0.4;

/** True for a written syllable such as "TTHC", "PAR", "VNeID": two capitals or more. */
function isAcronym(written: string): boolean {
  return written.length >= 2 && (written.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface Candidate {
  base: number;
  shown: string;
  keyword: boolean;
}

/** Keeps the strongest candidate for a phrase within one area. */
function offer(into: Map<string, Candidate>, folded: string, candidate: Candidate): void {
  const previous = into.get(folded);
  if (!previous || previous.base < candidate.base) into.set(folded, candidate);
}

/**
 * Offers the 1- to 3-syllable phrases of a run, skipping those that start or end on a stop word or are generic,
 * and lone syllables other than acronyms. The head of a longer run weighs less (HEAD_WEIGHT).
 */
function offerNgrams(into: Map<string, Candidate>, run: SyllableRun): void {
  const length = run.folded.length;
  for (let start = 0; start < length; start++) {
    for (let n = 1; n <= MAX_NGRAM && start + n <= length; n++) {
      const written = run.written.slice(start, start + n);
      if (isStopSyllable(written[0] as string) || isStopSyllable(written[n - 1] as string)) continue;
      const folded = run.folded.slice(start, start + n).join(' ');
      if (isGenericPhrase(folded)) continue;
      let base = n === 1 && isAcronym(written[0] as string) ? ACRONYM_WEIGHT : (NGRAM_WEIGHT[n] as number);
      if (base <= 0) continue;
      if (start === 0 && n < length) base *= HEAD_WEIGHT;
      offer(into, folded, { base, shown: written.join(' '), keyword: false });
    }
  }
}

/**
 * The candidate phrases of one area: n-grams of its title, text and keywords, and each keyword whole. A keyword
 * written as a list ("chức năng, nhiệm vụ") gives each item as a keyword, except an item that is a generic phrase
 * ("nhiệm vụ", said of every area's work): that one says nothing of the area however the coordinator wrote it.
 */
function areaCandidates(area: ContentArea): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const run of [...syllableRuns(area.title), ...syllableRuns(area.text)]) offerNgrams(candidates, run);
  for (const keyword of area.keywords ?? []) {
    for (const run of syllableRuns(keyword)) {
      offerNgrams(candidates, run);
      if (isGenericPhrase(run.folded.join(' '))) continue;
      const n = run.folded.length;
      const base = KEYWORD_WEIGHT + KEYWORD_WEIGHT_PER_SYLLABLE * Math.min(n - 1, 4);
      offer(candidates, run.folded.join(' '), { base, shown: run.written.join(' '), keyword: true });
    }
  }
  return candidates;
}

/**
 * Specificity of a phrase found in `df` of `count` areas, from 1 (one area only) down towards 0 (every area):
 * an IDF across areas, scaled so a one-area list still counts its phrases fully.
 */
export function specificity(df: number, count: number): number {
  return Math.log((count + 1) / df) / Math.log(count + 1);
}

/**
 * Builds the day-one index of an areas list: each phrase weighted by its base weight (length, acronym, keyword)
 * times its specificity across the list, so that words every area shares ("cải cách hành chính" in all of a
 * plan's areas) weigh little and words of one area weigh most.
 */
export function buildAreaIndex(areas: readonly ContentArea[]): AreaIndex {
  const perArea = areas.map(areaCandidates);
  const df = new Map<string, number>();
  for (const candidates of perArea) for (const folded of candidates.keys()) df.set(folded, (df.get(folded) ?? 0) + 1);
  const phrases = new Map<string, AreaWeight[]>();
  let maxLength = MAX_NGRAM;
  perArea.forEach((candidates, area) => {
    for (const [folded, candidate] of candidates) {
      const weight = candidate.base * specificity(df.get(folded) ?? 1, areas.length);
      if (weight <= 0) continue;
      let list = phrases.get(folded);
      if (!list) phrases.set(folded, (list = []));
      list.push({ area, weight, shown: candidate.shown, keyword: candidate.keyword });
      maxLength = Math.max(maxLength, folded.split(' ').length);
    }
  });
  return { keys: areas.map(areaKey), titles: areas.map((a) => a.title), phrases, maxLength };
}

const cache = new WeakMap<readonly ContentArea[], AreaIndex>();

/**
 * The index of an areas list, built once per list object and kept while the list lives (a new list, e.g. after
 * the coordinator edits a keyword, gets a new index).
 */
export function areaIndexFor(areas: readonly ContentArea[]): AreaIndex {
  let index = cache.get(areas);
  if (!index) cache.set(areas, (index = buildAreaIndex(areas)));
  return index;
}
