/** Collapses every run of white space (including non-breaking spaces) to one space and trims; result is NFC. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Counts the words (Vietnamese syllables count as words, as editors and royalty tables count them). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

const HAS_TEXT = /[^\s\u200b]/;

/**
 * Whether a text has something besides the white space {@link cleanText} removes (`\s` covers U+00A0 and U+FEFF):
 * the same answer as `cleanText(text) !== ''` without making the cleaned string, for checks on long texts.
 */
export function hasText(text: string | null | undefined): boolean {
  return !!text && HAS_TEXT.test(text);
}
