/** Plain-text, fixed-width rendering of benchmark results. */
import type { Metric } from './metrics';
import type { SetReport } from './run';

/**
 * Lays out rows as a fixed-width table: the first column left-aligned, the
 * others right-aligned, two spaces between columns and a dashed rule under
 * the header. Returns the lines joined with newlines, without a trailing one.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A 0..1 figure as `91.2%` or `0.912`; `—` when undefined (NaN). */
export function formatScore(value: number, format: 'ratio' | 'percent'): string {
  if (Number.isNaN(value)) return '—';
  return format === 'percent' ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

/** Milliseconds with one decimal; `—` when undefined (NaN). */
export function formatMs(value: number): string {
  return Number.isNaN(value) ? '—' : value.toFixed(1);
}

/**
 * One table for a page set: a row per extractor, a column per metric, then
 * median and p95 extraction time, throws and null results. A footnote gives
 * how many pages each metric was scored on when that is not every page.
 */
export function renderSetTable<E>(report: SetReport, metrics: readonly Metric<E>[]): string {
  const header = ['extractor', 'pages', ...metrics.map((metric) => metric.label), 'median ms', 'p95 ms', 'throws', 'nulls'];
  const rows = report.summaries.map((summary) => [
    summary.extractor,
    String(summary.pages),
    ...metrics.map((metric) => formatScore(summary.metrics[metric.key]?.mean ?? Number.NaN, metric.format)),
    formatMs(summary.medianMs),
    formatMs(summary.p95Ms),
    String(summary.throws),
    String(summary.nulls),
  ]);
  const partial = metrics
    .map((metric) => ({ metric, n: Math.max(0, ...report.summaries.map((summary) => summary.metrics[metric.key]?.n ?? 0)) }))
    .filter(({ n }) => n !== report.pages)
    .map(({ metric, n }) => `${metric.label} ${n}`);
  const footnote = partial.length > 0 ? `\nscored on fewer pages: ${partial.join(', ')} (of ${report.pages})` : '';
  return `${formatTable(header, rows)}${footnote}`;
}
