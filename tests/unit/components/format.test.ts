import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatEpochVietnam, formatVietnameseDate, parseVietnameseDay } from '../../../components/format';

describe('formatVietnameseDate', () => {
  it.each([
    ['2024-02-12T08:30:00+07:00', '12/02/2024 08:30'],
    ['2024-02-12T01:30:00Z', '12/02/2024 08:30'],
    ['2024-02-11T20:05:00-05:00', '12/02/2024 08:05'],
    ['2024-12-31T20:00:00+00:00', '01/01/2025 03:00'],
    ['2024-03-17T21:01:00.000+0700', '17/03/2024 21:01'],
    ['2024-03-17T21:01', '17/03/2024 21:01'],
    ['2024-03-17', '17/03/2024'],
    ['2025-03-12', '12/03/2025'],
    ['  2024-01-05  ', '05/01/2024'],
    ['12/03/2025', '12/03/2025'],
    ['không rõ', 'không rõ'],
    ['2024-13-01', '2024-13-01'],
    ['', null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %j', (input, expected) => {
    expect(formatVietnameseDate(input)).toBe(expected);
  });
});

describe('formatEpochVietnam', () => {
  it.each([
    [Date.UTC(2024, 1, 12, 1, 30), '12/02/2024 08:30'],
    [Date.UTC(2024, 11, 31, 17, 0), '01/01/2025 00:00'],
    [0, '01/01/1970 07:00'],
  ])('%d → %s', (input, expected) => {
    expect(formatEpochVietnam(input)).toBe(expected);
  });
});

describe('formatBytes / formatCount', () => {
  it.each([
    [0, 'vi', '0 B'],
    [512, 'vi', '512 B'],
    [1536, 'vi', '1,5 KB'],
    [12.3 * 1024 * 1024, 'vi', '12,3 MB'],
    [12.3 * 1024 * 1024, 'en', '12.3 MB'],
    [5 * 1024 ** 3, 'en', '5 GB'],
  ] as const)('%d bytes in %s → %s', (bytes, language, expected) => {
    expect(formatBytes(bytes, language)).toBe(expected);
  });

  it('groups thousands the language’s way', () => {
    expect(formatCount(10000, 'vi')).toBe('10.000');
    expect(formatCount(10000, 'en')).toBe('10,000');
  });
});

describe('parseVietnameseDay', () => {
  it.each([
    ['12/03/2025', '2025-03-12'],
    ['3/12/2025', '2025-12-03'],
    ['12-3-2025', '2025-03-12'],
    ['12.03.25', '2025-03-12'],
    ['29/02/2024', '2024-02-29'],
    ['2025-03-12', '2025-03-12'],
    [' 01/01/2024 ', '2024-01-01'],
    ['', ''],
    ['   ', ''],
    ['29/02/2025', null],
    ['31/04/2024', null],
    ['12/13/2025', null],
    ['0/1/2024', null],
    ['12/03', null],
    ['hôm qua', null],
  ])('%j → %j', (input, expected) => {
    expect(parseVietnameseDay(input)).toBe(expected);
  });
});
