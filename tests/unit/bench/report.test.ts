import { describe, it, expect } from 'vitest';
import { formatMs, formatScore, formatTable } from '../../../lib/bench/report';

describe('formatTable', () => {
  it('pads to fixed widths, first column left, others right', () => {
    const table = formatTable(['extractor', 'F1'], [['ours', '0.912'], ['readability', '1.000']]);
    expect(table.split('\n')).toEqual([
      'extractor       F1',
      '-----------  -----',
      'ours         0.912',
      'readability  1.000',
    ]);
  });
});

describe('formatScore / formatMs', () => {
  it.each([
    { value: 0.9125, format: 'percent' as const, text: '91.3%' },
    { value: 1, format: 'percent' as const, text: '100.0%' },
    { value: 0.91249, format: 'ratio' as const, text: '0.912' },
    { value: Number.NaN, format: 'percent' as const, text: '—' },
  ])('$value as $format → $text', ({ value, format, text }) => {
    expect(formatScore(value, format)).toBe(text);
  });

  it('formats milliseconds', () => {
    expect(formatMs(12.345)).toBe('12.3');
    expect(formatMs(Number.NaN)).toBe('—');
  });
});
