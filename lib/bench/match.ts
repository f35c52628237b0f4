/**
 * Field comparisons used to score extractors in the benchmark. All of them
 * compare NFC text with runs of whitespace collapsed to one space and the
 * ends trimmed (see {@link normalizeText}).
 */

/** NFC, whitespace runs collapsed to a single space, ends trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** True when the value is null, undefined or only whitespace. */
function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/** Exact equality after {@link normalizeText}. */
export function sameText(actual: string | null | undefined, expected: string): boolean {
  return normalizeText(actual ?? '') === normalizeText(expected);
}

/**
 * Compares a person or credit field (byline, author, source): both absent
 * (null or blank) is a match; otherwise case-insensitive equality after
 * {@link normalizeText}.
 */
export function sameName(actual: string | null | undefined, expected: string | null | undefined): boolean {
  if (isBlank(expected)) return isBlank(actual);
  if (isBlank(actual)) return false;
  return normalizeText(actual ?? '').toLowerCase() === normalizeText(expected ?? '').toLowerCase();
}

const DAY_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})/;
const ZONED_TIME = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})\s*$/i;

/** The `YYYY-MM-DD` a date string starts with, or null. */
export function dayOf(value: string | null | undefined): string | null {
  return DAY_PREFIX.exec(value ?? '')?.[1] ?? null;
}

/**
 * Whole seconds since the epoch for an ISO date-time carrying a zone (`Z` or
 * `±hh:mm`), else null. Fractions of a second are dropped: our dates have none.
 */
function zonedSeconds(value: string): number | null {
  if (!ZONED_TIME.test(value)) return null;
  const normalized = value.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? null : Math.floor(time / 1000);
}

/**
 * Loose date comparison for extractors that do not share our output format:
 * same `YYYY-MM-DD` prefix, or (when both carry a time zone) the same instant
 * to the second, so `2024-02-12T00:30:00+07:00` matches `2024-02-11T17:30:00.250Z`.
 */
export function sameDay(actual: string | null | undefined, expected: string): boolean {
  const day = dayOf(actual);
  if (day !== null && day === dayOf(expected)) return true;
  if (actual === null || actual === undefined) return false;
  const actualTime = zonedSeconds(actual);
  return actualTime !== null && actualTime === zonedSeconds(expected);
}

/** Strict date comparison: identical strings after trimming. */
export function sameDate(actual: string | null | undefined, expected: string): boolean {
  return (actual ?? '').trim() === expected.trim();
}

/** True when every needle occurs in the haystack (after {@link normalizeText} on both). */
export function containsAll(haystack: string, needles: readonly string[]): boolean {
  const text = normalizeText(haystack);
  return needles.every((needle) => text.includes(normalizeText(needle)));
}

/** True when no non-blank needle occurs in the haystack (after {@link normalizeText} on both). */
export function containsNone(haystack: string, needles: readonly string[]): boolean {
  const text = normalizeText(haystack);
  return needles.every((needle) => normalizeText(needle) === '' || !text.includes(normalizeText(needle)));
}

/**
 * Normalises a URL for comparison: resolved against `base`, fragment
 * dropped. Returns the input trimmed when it cannot be parsed.
 */
export function normalizeUrl(url: string, base: string): string {
  try {
    const parsed = new URL(url.trim(), base);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/** True when every expected URL is among the actual ones (both resolved against `base`). */
export function includesAllUrls(actual: readonly string[], expected: readonly string[], base: string): boolean {
  const found = new Set(actual.map((url) => normalizeUrl(url, base)));
  return expected.every((url) => found.has(normalizeUrl(url, base)));
}
