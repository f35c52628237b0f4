/**
 * `npm run bench:extract` — compares our extractor with Readability and
 * Defuddle on Readability's test corpus and on our `extract--*` fixtures.
 *
 *   --only corpus|fixtures   run one page set
 *   --limit N                at most N pages per set
 *   --json <file>            also write every figure (and per-page scores) as JSON
 *   --browser                run every extractor inside headless Chromium on live documents (as a content
 *                            script would) instead of jsdom
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defuddleExtractor, oursExtractor, readabilityExtractor, type BenchExtractor } from '../lib/bench/extractors';
import { corpusMetrics, fixtureMetrics, type Metric } from '../lib/bench/metrics';
import { loadCorpus, loadFixtures, type LoadedPages } from '../lib/bench/pages';
import { renderSetTable } from '../lib/bench/report';
import { runSet, type SetReport } from '../lib/bench/run';
import { extractArticle } from '../lib/extract/index';
import { COLD_SUFFIX, measureInBrowser } from './bench-browser';
import type { Attempt } from '../lib/bench/run';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.resolve(repoRoot, '../shared/corpora/readability');
const FIXTURES_DIR = path.resolve(repoRoot, 'tests/fixtures');
const MAX_ERRORS_SHOWN = 5;
/** The frozen clock of tests/unit/extract/fixtures.test.ts, so the bench sees the dates the tests see. */
const NOW = new Date('2026-11-23T03:00:00Z');

/** Parsed command line. */
interface CliOptions {
  sets: ('corpus' | 'fixtures')[];
  limit: number | undefined;
  json: string | undefined;
  browser: boolean;
}

/** Reads the command line; exits with a message on bad input. */
function readOptions(argv: string[]): CliOptions {
  const values = parseFlags(argv);
  if (values.only !== undefined && values.only !== 'corpus' && values.only !== 'fixtures') {
    fail(`--only must be corpus or fixtures, got "${values.only}"`);
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) fail(`--limit must be a positive integer`);
  return {
    sets: values.only === undefined ? ['corpus', 'fixtures'] : [values.only],
    limit,
    json: values.json,
    browser: values.browser === true,
  };
}

/** The raw flags; exits with the parser's message on an unknown or malformed flag. */
function parseFlags(argv: string[]): { only?: string; limit?: string; json?: string; browser?: boolean } {
  try {
    return parseArgs({
      args: argv,
      options: { only: { type: 'string' }, limit: { type: 'string' }, json: { type: 'string' }, browser: { type: 'boolean' } },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\nusage: npm run bench:extract -- [--only corpus|fixtures] [--limit N] [--json file] [--browser]`);
  }
}

/** Prints an error and exits with status 2. */
function fail(message: string): never {
  console.error(`bench-extract: ${message}`);
  process.exit(2);
}

/** Shows `set 12/133` on stderr while a set runs, when stderr is a terminal. */
function progress(set: string): (done: number, total: number) => void {
  return (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${set} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

/** Prints a few of the errors each extractor threw, to stderr. */
function reportErrors(report: SetReport): void {
  for (const summary of report.summaries.filter((item) => item.throws > 0)) {
    const errors = report.outcomes.filter((outcome) => outcome.extractor === summary.extractor && outcome.status === 'threw');
    console.error(`${report.set}: ${summary.extractor} threw on ${errors.length} page(s):`);
    for (const outcome of errors.slice(0, MAX_ERRORS_SHOWN)) console.error(`  ${outcome.page}: ${outcome.error ?? ''}`);
  }
}

/** Runs one loaded set, prints its table and returns the report with its load warnings. */
function benchSet<E>(
  set: string,
  title: string,
  loaded: LoadedPages<E>,
  extractors: readonly BenchExtractor[],
  metrics: readonly Metric<E>[],
  measured?: Map<string, { ms: number; result: Attempt }>,
): SetReport & { warnings: string[] } {
  for (const warning of loaded.warnings) console.error(`warning: ${warning}`);
  const attempt = measured
    ? (extractor: BenchExtractor, page: { id: string }) => measured.get(`${set}|${page.id}|${extractor.name}`) ?? { ms: 0, result: { status: 'threw' as const, error: 'not measured' } }
    : undefined;
  const report = runSet(set, loaded.pages, extractors, metrics, { now: NOW, onPage: progress(set), ...(attempt ? { attempt } : {}) });
  console.log(`\n${title} — ${report.pages} page(s)\n`);
  console.log(report.pages > 0 ? renderSetTable(report, metrics) : '(no pages)');
  reportErrors(report);
  return { ...report, warnings: loaded.warnings };
}

/** Entry point. */
async function main(): Promise<void> {
  // As in the tests: nothing may pass or fail by accident of the machine's time zone.
  process.env.TZ = 'UTC';
  const options = readOptions(process.argv.slice(2));
  const extractors = [oursExtractor(extractArticle), readabilityExtractor, defuddleExtractor];
  const corpus = options.sets.includes('corpus') ? loadCorpus(CORPUS_DIR, options.limit) : null;
  const fixtures = options.sets.includes('fixtures') ? loadFixtures(FIXTURES_DIR, options.limit) : null;
  let measured: Map<string, { ms: number; result: Attempt }> | undefined;
  if (options.browser) {
    console.log('Running every extractor in headless Chromium on live documents.');
    const sets = [...(corpus ? [{ set: 'corpus', pages: corpus.pages }] : []), ...(fixtures ? [{ set: 'fixtures', pages: fixtures.pages }] : [])];
    // In the browser the tab only reads; the row "ours+finish" adds the sanitising and Markdown that the
    // extension's offscreen document does afterwards.
    extractors.splice(1, 0, { ...extractors[0]!, name: 'ours+finish' });
    measured = await measureInBrowser(sets, extractors.map((e) => e.name), NOW, (set, done, total) => progress(set)(done, total));
    // Rows for the first run of each extractor in a renderer (code compiled from scratch), after the usual ones.
    extractors.push(...extractors.map((e) => ({ ...e, name: `${e.name}${COLD_SUFFIX}` })));
  }
  const mode = options.browser ? 'Chromium' : 'jsdom';
  const reports: (SetReport & { warnings: string[] })[] = [];
  if (corpus) reports.push(benchSet('corpus', `Readability corpus (${CORPUS_DIR}), ${mode}`, corpus, extractors, corpusMetrics, measured));
  if (fixtures) reports.push(benchSet('fixtures', `Fixtures (tests/fixtures/extract--*), ${mode}`, fixtures, extractors, fixtureMetrics, measured));
  if (options.json !== undefined) {
    const file = path.resolve(process.cwd(), options.json);
    writeFileSync(file, `${JSON.stringify({ generatedAt: new Date().toISOString(), mode, sets: reports }, null, 2)}\n`);
    console.log(`\nwrote ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
