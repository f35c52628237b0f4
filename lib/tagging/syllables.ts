import { foldVietnamese } from '../text/fold';

/** A run of syllables between two punctuation marks: as written (NFC) and folded for matching. */
export interface SyllableRun {
  /** Syllables as the source writes them (NFC, case kept). */
  written: string[];
  /** The same syllables folded with `foldVietnamese` (no diacritics, `đ`→`d`, lower case). */
  folded: string[];
}

// Folding calls String.normalize, slow when done for every syllable of 10,000 articles; a language has a few
// thousand syllables, so each is folded once. Names and figures make the set open-ended: it is emptied when full.
const FOLD_CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();

/** `foldVietnamese` of one syllable, remembered. */
function foldSyllable(syllable: string): string {
  let folded = foldCache.get(syllable);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(syllable, (folded = foldVietnamese(syllable)));
  }
  return folded;
}

const SPACE = 0;
const LETTER = 1;
const BREAK = 2;

/**
 * Classifies a UTF-16 code unit: letters and digits of any script (and combining marks) make syllables, white
 * space separates them, anything else (punctuation, symbols) ends a run. A hand-written test, because a Unicode
 * property regex over every article is the slowest part of learning from 10,000 of them.
 */
function kind(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return LETTER;
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACE : BREAK;
  }
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return SPACE;
  // Latin-1 punctuation and symbols, × and ÷, general punctuation, symbols and arrows, CJK punctuation, fullwidth
  // ASCII punctuation.
  if (code < 0xc0 && code !== 0xaa && code !== 0xb5 && code !== 0xba && !(code >= 0xb2 && code <= 0xb3) && code !== 0xb9 && !(code >= 0xbc && code <= 0xbe)) return BREAK;
  if (code === 0xd7 || code === 0xf7) return BREAK;
  if (code >= 0x2010 && code <= 0x2bff) return BREAK;
  if (code >= 0x3001 && code <= 0x303f) return BREAK;
  if ((code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20)) return BREAK;
  return LETTER;
}

/**
 * Splits text into runs of syllables at punctuation, each syllable kept as written and folded: phrases never
 * span punctuation ("kỷ luật, kỷ cương" is two phrases). Text is NFC normalised first, so decomposed input and
 * old/new tone placement ("hoà"/"hòa") fold alike.
 */
export function syllableRuns(text: string): SyllableRun[] {
  const source = text.normalize('NFC');
  const runs: SyllableRun[] = [];
  let written: string[] = [];
  let folded: string[] = [];
  let start = -1;
  const endRun = () => {
    if (written.length > 0) runs.push({ written, folded });
    written = [];
    folded = [];
  };
  for (let i = 0; i <= source.length; i++) {
    const k = i < source.length ? kind(source.charCodeAt(i)) : SPACE;
    if (k === LETTER) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const syllable = source.slice(start, i);
      written.push(syllable);
      folded.push(foldSyllable(syllable));
      start = -1;
    }
    if (k === BREAK) endRun();
  }
  endRun();
  return runs;
}
