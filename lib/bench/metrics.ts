/**
 * What the benchmark measures on each page set. A metric scores one
 * extractor's output on one page from 0 to 1 (a match is 1, a miss 0, body
 * F1 anything between); pages where it does not apply are left out of its mean.
 */
import type { BenchExtractor, BenchOutput } from './extractors';
import { containsAll, containsNone, includesAllUrls, sameDate, sameDay, sameName, sameText } from './match';
import type { CorpusExpectation, FixtureExpectation } from './pages';
import { textF1 } from './text-f1';

/** The traits of an extractor a metric may depend on. */
export type ExtractorTraits = Pick<BenchExtractor, 'strictDates' | 'reportsSource'>;

/** One column of a benchmark table. */
export interface Metric<E> {
  key: string;
  /** Column header. */
  label: string;
  /** `ratio` prints 0.000–1.000, `percent` prints 0–100 %. */
  format: 'ratio' | 'percent';
  /** Whether the page (and extractor) can be scored on this metric at all. */
  applies(expected: E, extractor: ExtractorTraits): boolean;
  /** The score, 0 to 1, of an output the extractor produced; `pageUrl` resolves relative URLs. */
  score(output: BenchOutput, expected: E, extractor: ExtractorTraits, pageUrl: string): number;
}

/** 1 for true, 0 for false. */
const bit = (value: boolean): number => (value ? 1 : 0);

/** True for a string with something other than whitespace in it. */
const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Metrics against Readability's reference output. Dates are compared by day
 * (or instant) for every extractor, ours included, because the reference
 * keeps each site's own date format.
 */
export const corpusMetrics: Metric<CorpusExpectation>[] = [
  {
    key: 'bodyF1',
    label: 'body F1',
    format: 'ratio',
    applies: () => true,
    score: (output, expected) => textF1(output.bodyText, expected.text),
  },
  {
    key: 'title',
    label: 'title',
    format: 'percent',
    applies: () => true,
    score: (output, expected) => bit(sameText(output.title, expected.title)),
  },
  {
    key: 'byline',
    label: 'byline',
    format: 'percent',
    applies: () => true,
    score: (output, expected) => bit(sameName(output.byline, expected.byline)),
  },
  {
    key: 'date',
    label: 'date',
    format: 'percent',
    applies: (expected) => present(expected.publishedTime),
    score: (output, expected) => bit(sameDay(output.published, expected.publishedTime ?? '')),
  },
];

/** The non-blank strings of a list. */
const nonBlank = (values: readonly (string | undefined)[]): string[] => values.filter(present);

/**
 * Metrics against our fixtures' expected.json. Our dates must match exactly;
 * other extractors' dates only need to fall on the same day.
 */
export const fixtureMetrics: Metric<FixtureExpectation>[] = [
  {
    key: 'title',
    label: 'title',
    format: 'percent',
    applies: (expected) => expected.title !== undefined,
    score: (output, expected) => bit(sameText(output.title, expected.title ?? '')),
  },
  {
    key: 'published',
    label: 'date',
    format: 'percent',
    applies: (expected) => present(expected.published),
    score: (output, expected, extractor) => {
      const want = expected.published ?? '';
      return bit(extractor.strictDates ? sameDate(output.published, want) : sameDay(output.published, want));
    },
  },
  {
    key: 'author',
    label: 'author',
    format: 'percent',
    applies: (expected) => expected.author !== undefined,
    score: (output, expected) => bit(sameName(output.byline, expected.author)),
  },
  {
    key: 'source',
    label: 'source',
    format: 'percent',
    applies: (expected, extractor) => extractor.reportsSource && expected.source !== undefined,
    score: (output, expected) => bit(sameName(output.source, expected.source)),
  },
  {
    key: 'lead',
    label: 'lead',
    format: 'percent',
    applies: (expected) => expected.lead !== undefined,
    score: (output, expected) => bit(sameText(output.lead, expected.lead ?? '')),
  },
  {
    key: 'body',
    label: 'start+end',
    format: 'percent',
    applies: (expected) => nonBlank([expected.bodyStart, expected.bodyEnd]).length > 0,
    score: (output, expected) => bit(containsAll(output.bodyText, nonBlank([expected.bodyStart, expected.bodyEnd]))),
  },
  {
    key: 'furnitureFree',
    label: 'no furniture',
    format: 'percent',
    applies: (expected) => nonBlank(expected.furniture ?? []).length > 0,
    score: (output, expected) => bit(containsNone(output.bodyText, expected.furniture ?? [])),
  },
  {
    key: 'images',
    label: 'images',
    format: 'percent',
    applies: (expected) => (expected.images ?? []).length > 0,
    score: (output, expected, _extractor, pageUrl) =>
      bit(includesAllUrls(output.images, (expected.images ?? []).map((image) => image.src), pageUrl)),
  },
  {
    key: 'attachments',
    label: 'attachments',
    format: 'percent',
    applies: (expected) => (expected.attachments ?? []).length > 0,
    score: (output, expected, _extractor, pageUrl) =>
      bit(includesAllUrls(output.attachments, (expected.attachments ?? []).map((file) => file.href), pageUrl)),
  },
];
