/** Small summary statistics for benchmark figures. Empty input gives NaN. */

/** Returns a sorted copy, leaving the input untouched. */
function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Arithmetic mean of `values`, or NaN when there are none. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Median of `values`: the middle value, or the mean of the two middle values
 * when the count is even. NaN when there are none.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const mid = Math.floor(ordered.length / 2);
  const upper = ordered[mid] as number;
  return ordered.length % 2 === 1 ? upper : ((ordered[mid - 1] as number) + upper) / 2;
}

/**
 * The `p`-th percentile (0 < p <= 100) by the nearest-rank method: the
 * smallest value such that at least p % of the values are less than or equal
 * to it. Always one of the inputs. NaN when there are none.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const ordered = sorted(values);
  const rank = Math.ceil((p / 100) * ordered.length);
  return ordered[rank - 1] as number;
}

/** 95th percentile of `values` (nearest rank, see {@link percentile}); NaN when empty. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}
