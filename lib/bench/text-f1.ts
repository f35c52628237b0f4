/**
 * Bag-of-words text similarity used by the extraction benchmark.
 *
 * Tokens are runs of letters, combining marks and digits (`\p{L}\p{M}\p{N}`);
 * everything else separates them. Marks are kept inside tokens so that a word
 * in a script that writes vowels as combining signs (Devanagari, or Vietnamese
 * that NFC could not fully compose) is not cut in pieces. Han, Hiragana and
 * Katakana characters are one token each, because those scripts do not put
 * spaces between words and a whole sentence would otherwise be one token.
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Splits text into comparable tokens: NFC-normalised, lower-cased, cut on
 * every character that is not a Unicode letter, mark or digit, with each
 * Han/Kana character standing alone. Returns them in reading order.
 */
export function textTokens(text: string): string[] {
  const spaced = text.normalize('NFC').toLowerCase().replace(IDEOGRAPH, ' $& ');
  return spaced.match(WORD) ?? [];
}

/** Counts how often each token occurs. */
function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * F1 score (0..1) of `actual` against `expected`, treating each as a bag
 * (multiset) of {@link textTokens}: a token repeated n times in both texts
 * matches n times. Precision is the share of actual tokens found in the
 * expected text, recall the share of expected tokens found in the actual one.
 * Two texts without tokens score 1; one empty text against a non-empty one
 * scores 0.
 */
export function textF1(actual: string, expected: string): number {
  const actualTokens = textTokens(actual);
  const expectedTokens = textTokens(expected);
  if (actualTokens.length === 0 && expectedTokens.length === 0) return 1;
  if (actualTokens.length === 0 || expectedTokens.length === 0) return 0;

  const expectedCounts = countTokens(expectedTokens);
  let common = 0;
  for (const [token, count] of countTokens(actualTokens)) {
    common += Math.min(count, expectedCounts.get(token) ?? 0);
  }
  if (common === 0) return 0;
  const precision = common / actualTokens.length;
  const recall = common / expectedTokens.length;
  return (2 * precision * recall) / (precision + recall);
}
