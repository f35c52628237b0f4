import type { Contribution } from './day-one';

/** At most this many phrases are shown per suggestion. */
export const MAX_MATCHED = 6;

/**
 * The phrases to show for an area, most important first: the biggest contributions, each written as the area
 * writes it, leaving out a phrase already inside a shown one ("thủ tục" under "thủ tục hành chính").
 */
export function matchedPhrases(contributions: readonly Contribution[]): string[] {
  const ordered = [...contributions].sort((a, b) => b.value - a.value || b.phrase.length - a.phrase.length);
  const shown: string[] = [];
  const taken: string[] = [];
  for (const { phrase, shown: written } of ordered) {
    if (shown.length >= MAX_MATCHED) break;
    const padded = ` ${phrase} `;
    if (taken.some((t) => t.includes(padded))) continue;
    taken.push(padded);
    shown.push(written);
  }
  return shown;
}
