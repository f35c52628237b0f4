import type { Contribution } from './day-one';

/** At most this many phrases are shown per suggestion. */
export const MAX_MATCHED = 6;

// A phrase this weak (the head of a longer phrase that several areas share, such as "chuyển đổi") helped a little
// but explains nothing to an editor.
const MIN_SHOWN_WEIGHT = 0.5;

// Keywords are what the coordinator wrote; they explain a match best.
const KEYWORD_FIRST = 2;

/**
 * True when a phrase is inside a shown one or shares two running syllables with it: an n-gram cut across words of
 * the area's text ("chế một cửa" next to "một cửa liên thông") would only repeat it.
 */
function overlapsTaken(padded: string, taken: readonly string[]): boolean {
  const words = padded.trim().split(' ');
  for (const t of taken) {
    if (t.includes(padded)) return true;
    for (let i = 0; i + 1 < words.length; i++) if (t.includes(` ${words[i] as string} ${words[i + 1] as string} `)) return true;
  }
  return false;
}

/**
 * The phrases to show for an area, most important first. A phrase is ranked with the phrases inside it ("thủ tục
 * hành chính" carries "thủ tục"), shown as the area's text or keyword writes it, and a phrase inside one already
 * shown is left out.
 */
export function matchedPhrases(contributions: readonly Contribution[]): string[] {
  const padded = contributions.map((c) => ` ${c.phrase} `);
  const ranked = contributions
    .map((c, i) => ({
      c,
      padded: padded[i] as string,
      total: contributions.reduce((sum, other, j) => (j !== i && (padded[i] as string).includes(padded[j] as string) ? sum + other.value : sum), c.value),
    }))
    .filter(({ c }) => c.weight >= MIN_SHOWN_WEIGHT)
    .map((r) => ({ ...r, rank: r.total * (r.c.keyword ? KEYWORD_FIRST : 1) }))
    .sort((a, b) => b.rank - a.rank || b.c.phrase.length - a.c.phrase.length);
  const shown: string[] = [];
  const taken: string[] = [];
  for (const { c, padded: p } of ranked) {
    if (shown.length >= MAX_MATCHED) break;
    if (overlapsTaken(p, taken)) continue;
    taken.push(p);
    shown.push(c.shown);
  }
  return shown;
}
