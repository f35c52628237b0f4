/**
 * Loading the benchmark's two page sets from disk: Readability's test corpus
 * (read in place, never copied) and our `tests/fixtures/extract--*` pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../extract/decode';
import { savedPageUrl } from '../extract/saved-page-url';
import { summarizeHtml } from './html';

/** The URL Readability's own test suite gives every corpus page. */
export const CORPUS_PAGE_URL = 'http://fakehost/test/page.html';

/** One page to run the extractors on, with what they should find. */
export interface BenchPage<E> {
  /** Case directory name. */
  id: string;
  url: string;
  html: string;
  expected: E;
}

/** What Readability's reference output says about a corpus page. */
export interface CorpusExpectation {
  /** Reader text of expected.html. */
  text: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
}

/** An expected image of a fixture page. */
export interface ExpectedImage {
  src: string;
  caption: string;
}

/** An expected attachment of a fixture page. */
export interface ExpectedAttachment {
  href: string;
  name: string;
}

/**
 * The contents of a fixture's expected.json. A key missing from the file is
 * `undefined` and that field is not scored for the page; `null` is a real
 * expectation ("the page has none").
 */
export interface FixtureExpectation {
  title?: string;
  lead?: string;
  author?: string | null;
  source?: string | null;
  published?: string | null;
  images?: ExpectedImage[];
  attachments?: ExpectedAttachment[];
  bodyStart?: string;
  bodyEnd?: string;
  furniture?: string[];
}

/** Pages read from disk, and why some directories were skipped. */
export interface LoadedPages<E> {
  pages: BenchPage<E>[];
  warnings: string[];
}

type JsonObject = Record<string, unknown>;

/** True for a plain JSON object. */
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or undefined when absent or of another type. */
function stringField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

/** A string-or-null field, or undefined when absent or of another type. */
function nullableStringField(object: JsonObject, key: string): string | null | undefined {
  return object[key] === null ? null : stringField(object, key);
}

/** The object elements of an array field, or undefined when the field is not an array. */
function objectList(object: JsonObject, key: string): JsonObject[] | undefined {
  const value = object[key];
  return Array.isArray(value) ? value.filter(isObject) : undefined;
}

/** Reads and parses a JSON file into an object; throws when it is not one. */
function readJsonObject(file: string): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(parsed)) throw new Error(`${file}: expected a JSON object`);
  return parsed;
}

/** Sorted names of the sub-directories of `dir` accepted by `keep`. */
function caseDirectories(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .filter((name) => keep(name) && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** Builds the expectation of one corpus case from its expected.html and expected-metadata.json. */
function corpusExpectation(caseDir: string): CorpusExpectation {
  const metadata = readJsonObject(path.join(caseDir, 'expected-metadata.json'));
  return {
    text: summarizeHtml(readFileSync(path.join(caseDir, 'expected.html'), 'utf8')).text,
    title: stringField(metadata, 'title') ?? '',
    byline: nullableStringField(metadata, 'byline') ?? null,
    publishedTime: nullableStringField(metadata, 'publishedTime') ?? null,
  };
}

/**
 * Loads Readability's test corpus from `dir` (one directory per case with
 * source.html, expected.html and expected-metadata.json), UTF-8 as
 * Readability's tests read it, all at {@link CORPUS_PAGE_URL}. `limit` caps
 * the number of pages loaded.
 */
export function loadCorpus(dir: string, limit?: number): LoadedPages<CorpusExpectation> {
  const warnings: string[] = [];
  const pages: BenchPage<CorpusExpectation>[] = [];
  const required = ['source.html', 'expected.html', 'expected-metadata.json'];
  for (const id of caseDirectories(dir, () => true)) {
    if (limit !== undefined && pages.length >= limit) break;
    const caseDir = path.join(dir, id);
    const missing = required.filter((file) => !existsSync(path.join(caseDir, file)));
    if (missing.length > 0) {
      warnings.push(`corpus/${id}: skipped, missing ${missing.join(', ')}`);
      continue;
    }
    const html = readFileSync(path.join(caseDir, 'source.html'), 'utf8');
    pages.push({ id, url: CORPUS_PAGE_URL, html, expected: corpusExpectation(caseDir) });
  }
  return { pages, warnings };
}

/** Reads a fixture's expected.json, keeping the fields that have the right type. */
export function parseFixtureExpectation(json: JsonObject): FixtureExpectation {
  const furniture = json.furniture;
  return {
    title: stringField(json, 'title'),
    lead: stringField(json, 'lead'),
    author: nullableStringField(json, 'author'),
    source: nullableStringField(json, 'source'),
    published: nullableStringField(json, 'published'),
    images: objectList(json, 'images')?.map((image) => ({
      src: stringField(image, 'src') ?? '',
      caption: stringField(image, 'caption') ?? '',
    })),
    attachments: objectList(json, 'attachments')?.map((attachment) => ({
      href: stringField(attachment, 'href') ?? '',
      name: stringField(attachment, 'name') ?? '',
    })),
    bodyStart: stringField(json, 'bodyStart'),
    bodyEnd: stringField(json, 'bodyEnd'),
    furniture: Array.isArray(furniture) ? furniture.filter((item): item is string => typeof item === 'string') : undefined,
  };
}

/**
 * Loads our fixtures: every `extract--*` directory of `dir` holding
 * source.html (decoded by its declared charset) and expected.json. Incomplete
 * or unreadable fixtures are skipped with a warning, since they may still be
 * being written. `limit` caps the number of pages loaded.
 */
export function loadFixtures(dir: string, limit?: number): LoadedPages<FixtureExpectation> {
  const warnings: string[] = [];
  const pages: BenchPage<FixtureExpectation>[] = [];
  const ids = existsSync(dir) ? caseDirectories(dir, (name) => name.startsWith('extract--')) : [];
  for (const id of ids) {
    if (limit !== undefined && pages.length >= limit) break;
    const caseDir = path.join(dir, id);
    try {
      const sourceFile = path.join(caseDir, 'source.html');
      const expectedFile = path.join(caseDir, 'expected.json');
      if (!existsSync(sourceFile) || !existsSync(expectedFile)) {
        warnings.push(`${id}: skipped, needs source.html and expected.json`);
        continue;
      }
      const html = decodeHtml(new Uint8Array(readFileSync(sourceFile)));
      const url = savedPageUrl(html);
      if (url === null) {
        warnings.push(`${id}: skipped, source.html names no page URL (<!-- url: … --> on its first line)`);
        continue;
      }
      pages.push({ id, url, html, expected: parseFixtureExpectation(readJsonObject(expectedFile)) });
    } catch (error) {
      warnings.push(`${id}: skipped, ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { pages, warnings };
}
