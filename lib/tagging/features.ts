import { foldVietnamese } from '../text/fold';
import type { TaggableText } from './types';
import { FIELD_WEIGHT } from './field-runs';
import { STOP_WORDS } from './stop-words';

/**
 * The learned side's features, built for speed: learning from 10,000 articles must take under a second, so an
 * article is read in one pass over its characters, without making a string per syllable. Each syllable is hashed
 * (FNV-1a over its folded letters, so tone placement and missing diacritics do not matter); a phrase feature is the
 * hash of one syllable or of two adjacent ones (not across punctuation), skipping phrases that start or end on a
 * stop word. Hash collisions among a few million phrases are rare and only blur two phrases' statistics.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TABLE_SIZE = 0x2000;
// What each UTF-16 code unit below TABLE_SIZE becomes: a folded letter's code, SKIP for a combining mark, SPACE,
// or BREAK (punctuation); code units above are letters of other scripts, kept as they are.
const SKIP = 0;
const SPACE = 1;
const BREAK = 2;
const FOLDED = new Uint16Array(TABLE_SIZE);
const LOWER = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  if (/\s/u.test(ch)) FOLDED[code] = SPACE;
  else if (/\p{M}/u.test(ch)) FOLDED[code] = SKIP;
  else if (/[\p{L}\p{N}]/u.test(ch)) {
    const folded = foldVietnamese(ch);
    FOLDED[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
    const lower = ch.toLowerCase();
    LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  } else FOLDED[code] = BREAK;
}

/** FNV-1a hash of a string's lower-case code units, as the scanner computes it for written syllables. */
function writtenHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    h = Math.imul(h ^ (code < TABLE_SIZE ? (LOWER[code] as number) : code), FNV_PRIME);
  }
  return h >>> 0;
}

const STOP_HASHES = new Set([...STOP_WORDS].map((word) => writtenHash(word.normalize('NFC'))));

/** Key of a two-syllable phrase from its syllables' hashes (kept apart from one-syllable keys by the mixing). */
function pairKey(first: number, second: number): number {
  return (Math.imul(first ^ 0x9e3779b9, FNV_PRIME) ^ second) >>> 0;
}

/** Adds every phrase of one field to `sums` with the field's weight. */
function scanField(text: string, weight: number, sums: Map<number, number>): void {
  const source = text.normalize('NFC');
  let folded = FNV_OFFSET;
  let written = FNV_OFFSET;
  let inSyllable = false;
  let previous = -1; // folded hash of the previous syllable in this run, or -1 after punctuation / a stop word
  const add = (key: number) => sums.set(key, (sums.get(key) ?? 0) + weight);
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 0x20;
    const kind = code < TABLE_SIZE ? (FOLDED[code] as number) : code;
    if (kind > BREAK) {
      folded = Math.imul(folded ^ kind, FNV_PRIME);
      written = Math.imul(written ^ (code < TABLE_SIZE ? (LOWER[code] as number) : code), FNV_PRIME);
      inSyllable = true;
      continue;
    }
    if (kind === SKIP) continue;
    if (inSyllable) {
      const key = folded >>> 0;
      if (STOP_HASHES.has(written >>> 0)) previous = -1;
      else {
        add(key);
        if (previous >= 0) add(pairKey(previous, key));
        previous = key;
      }
      folded = FNV_OFFSET;
      written = FNV_OFFSET;
      inSyllable = false;
    }
    if (kind === BREAK) previous = -1;
  }
}

/**
 * An article's phrase features → Σ of the field weights of their occurrences (title 3, lead 2, body 1), before
 * damping; {@link phraseShares} turns them into shares.
 */
export function phraseSums(text: TaggableText): Map<number, number> {
  const sums = new Map<number, number>();
  scanField(text.title, FIELD_WEIGHT.title, sums);
  if (text.lead) scanField(text.lead, FIELD_WEIGHT.lead, sums);
  scanField(text.body, FIELD_WEIGHT.body, sums);
  return sums;
}

/**
 * An article's phrase features → their share of the article: each occurrence counts its field's weight (title
 * 3, lead 2, body 1), repeats are damped (1 + ln Σ), and the shares sum to 1 so long and short articles teach
 * alike. Keys are phrase hashes.
 */
export function phraseShares(text: TaggableText): Map<number, number> {
  const sums = phraseSums(text);
  let total = 0;
  for (const [key, sum] of sums) {
    const damped = 1 + Math.log(sum);
    sums.set(key, damped);
    total += damped;
  }
  if (total > 0) for (const [key, value] of sums) sums.set(key, value / total);
  return sums;
}
