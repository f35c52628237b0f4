import { describe, it, expect } from 'vitest';
import { mean, median, p95, percentile } from '../../../lib/bench/stats';

describe('median', () => {
  const cases: { values: number[]; median: number }[] = [
    { values: [], median: Number.NaN },
    { values: [7], median: 7 },
    { values: [3, 1, 2], median: 2 },
    { values: [4, 1, 3, 2], median: 2.5 },
    { values: [10, 10, 1, 10], median: 10 },
  ];
  it.each(cases)('median($values) = $median', ({ values, median: want }) => {
    expect(median(values)).toEqual(want);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('p95 (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
  const cases: { name: string; values: number[]; p95: number }[] = [
    { name: 'empty', values: [], p95: Number.NaN },
    { name: 'one value', values: [5], p95: 5 },
    { name: '1..100 gives 95', values: hundred, p95: 95 },
    { name: 'twenty values: rank 19', values: Array.from({ length: 20 }, (_, i) => i + 1), p95: 19 },
    { name: 'twelve values: rank ceil(11.4) = 12', values: Array.from({ length: 12 }, (_, i) => i + 1), p95: 12 },
    { name: 'ten values: rank 10 (the maximum)', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 100], p95: 100 },
  ];
  it.each(cases)('$name', ({ values, p95: want }) => {
    expect(p95(values)).toEqual(want);
  });

  it('rejects a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('mean', () => {
  it.each([
    { values: [], mean: Number.NaN },
    { values: [1, 2, 3, 4], mean: 2.5 },
    { values: [0, 1], mean: 0.5 },
  ])('mean($values) = $mean', ({ values, mean: want }) => {
    expect(mean(values)).toEqual(want);
  });
});
