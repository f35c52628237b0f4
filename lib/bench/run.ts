/**
 * Runs extractors over a page set and summarises the scores. Each extractor
 * gets its own freshly parsed jsdom document; only the extraction call is timed.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { BenchExtractor, BenchOutput, OutputBuilder } from './extractors';
import type { Metric } from './metrics';
import type { BenchPage } from './pages';
import { mean, median, p95 } from './stats';

/** How one extractor fared on one page. */
export interface PageOutcome {
  page: string;
  extractor: string;
  /** `null`: the extractor reported no article; `threw`: it (or reading its output) threw. */
  status: 'ok' | 'null' | 'threw';
  /** Duration of the extraction call in milliseconds. */
  ms: number;
  error?: string;
  /** Score per metric key; null where the metric does not apply. Failures score 0. */
  scores: Record<string, number | null>;
  /** The scalar fields the extractor returned (absent unless status is `ok`), to see why a metric missed. */
  fields?: OutputFields;
}

/** The short fields of an output, kept in the JSON report. */
export type OutputFields = Pick<BenchOutput, 'title' | 'byline' | 'published' | 'lead' | 'source'>;

/** Picks the {@link OutputFields} of an output. */
function fieldsOf(output: BenchOutput): OutputFields {
  const { title, byline, published, lead, source } = output;
  return { title, byline, published, lead, source };
}

/** The mean of a metric over the pages it applies to. */
export interface MetricSummary {
  /** 0..1, NaN when no page applies. */
  mean: number;
  /** Number of pages scored. */
  n: number;
}

/** One extractor's figures on a page set. */
export interface ExtractorSummary {
  extractor: string;
  pages: number;
  throws: number;
  nulls: number;
  medianMs: number;
  p95Ms: number;
  metrics: Record<string, MetricSummary>;
}

/** Everything measured on one page set. */
export interface SetReport {
  set: string;
  pages: number;
  summaries: ExtractorSummary[];
  outcomes: PageOutcome[];
}

/** The result of the timed call: an output, no article, or an error. */
export type Attempt = { status: 'ok'; output: BenchOutput } | { status: 'null' } | { status: 'threw'; error: string };

/** Message of a thrown value. */
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs `fn` with the console muted, so that libraries which log while they
 * parse (Defuddle reports bad schema.org JSON with console.error) do not
 * bury the tables.
 */
function silently<T>(fn: () => T): T {
  const saved = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const method of CONSOLE_METHODS) console[method] = () => undefined;
  try {
    return fn();
  } finally {
    for (const [method, original] of saved) console[method] = original;
  }
}

/**
 * Parses the page into a fresh silent jsdom window, runs the extractor on it
 * (console muted) and times that call alone.
 */
function attempt(extractor: BenchExtractor, page: BenchPage<unknown>, now: Date): { ms: number; result: Attempt } {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  let builder: OutputBuilder | null = null;
  let ms = 0;
  try {
    const start = performance.now();
    try {
      builder = silently(() => extractor.run(dom.window.document, page.url, now));
    } finally {
      ms = performance.now() - start;
    }
    if (builder === null) return { ms, result: { status: 'null' } };
    return { ms, result: { status: 'ok', output: builder() } };
  } catch (error) {
    return { ms, result: { status: 'threw', error: errorMessage(error) } };
  } finally {
    dom.window.close();
  }
}

/** Scores an attempt on every metric: null where not applicable, 0 for a failed attempt. */
function scoreAttempt<E>(
  result: Attempt,
  page: BenchPage<E>,
  extractor: BenchExtractor,
  metrics: readonly Metric<E>[],
): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const metric of metrics) {
    if (!metric.applies(page.expected, extractor)) scores[metric.key] = null;
    else if (result.status !== 'ok') scores[metric.key] = 0;
    else scores[metric.key] = metric.score(result.output, page.expected, extractor, page.url);
  }
  return scores;
}

/** Summarises one extractor's outcomes. */
function summarize<E>(extractor: string, outcomes: readonly PageOutcome[], metrics: readonly Metric<E>[]): ExtractorSummary {
  const own = outcomes.filter((outcome) => outcome.extractor === extractor);
  const times = own.map((outcome) => outcome.ms);
  const summary: ExtractorSummary = {
    extractor,
    pages: own.length,
    throws: own.filter((outcome) => outcome.status === 'threw').length,
    nulls: own.filter((outcome) => outcome.status === 'null').length,
    medianMs: median(times),
    p95Ms: p95(times),
    metrics: {},
  };
  for (const metric of metrics) {
    const values = own.map((outcome) => outcome.scores[metric.key]).filter((value): value is number => typeof value === 'number');
    summary.metrics[metric.key] = { mean: mean(values), n: values.length };
  }
  return summary;
}

/** Options of {@link runSet}. */
export interface RunSetOptions {
  /** The clock extractors see (for relative dates such as "2 giờ trước"); defaults to the real time. */
  now?: Date;
  /** Called after each page, e.g. to show progress. */
  onPage?: (done: number, total: number, page: string) => void;
  /**
   * Runs one extractor on one page and times it; the default parses the page with jsdom. The browser mode passes
   * results it measured in Chromium.
   */
  attempt?: (extractor: BenchExtractor, page: BenchPage<unknown>, now: Date) => { ms: number; result: Attempt };
}

/** Runs every extractor on every page of a set and returns per-page outcomes and per-extractor summaries. */
export function runSet<E>(
  set: string,
  pages: readonly BenchPage<E>[],
  extractors: readonly BenchExtractor[],
  metrics: readonly Metric<E>[],
  options: RunSetOptions = {},
): SetReport {
  const outcomes: PageOutcome[] = [];
  pages.forEach((page, index) => {
    for (const extractor of extractors) {
      const { ms, result } = (options.attempt ?? attempt)(extractor, page, options.now ?? new Date());
      outcomes.push({
        page: page.id,
        extractor: extractor.name,
        status: result.status,
        ms,
        ...(result.status === 'threw' ? { error: result.error } : {}),
        scores: scoreAttempt(result, page, extractor, metrics),
        ...(result.status === 'ok' ? { fields: fieldsOf(result.output) } : {}),
      });
    }
    options.onPage?.(index + 1, pages.length, page.id);
  });
  const summaries = extractors.map((extractor) => summarize(extractor.name, outcomes, metrics));
  return { set, pages: pages.length, summaries, outcomes };
}
