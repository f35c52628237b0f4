import { describe, it, expect } from 'vitest';
import { containsAll, containsNone, dayOf, includesAllUrls, sameDate, sameDay, sameName, sameText } from '../../../lib/bench/match';

describe('sameText (titles, leads)', () => {
  it.each([
    { actual: '  Hội nghị\n  cải cách ', expected: 'Hội nghị cải cách', same: true },
    { actual: 'Ho\u0323\u0302i nghị', expected: 'Hội nghị', same: true },
    { actual: 'hội nghị', expected: 'Hội nghị', same: false },
    { actual: 'Hội nghị - Cổng TTĐT', expected: 'Hội nghị', same: false },
    { actual: null, expected: '', same: true },
  ])('$actual vs $expected → $same', ({ actual, expected, same }) => {
    expect(sameText(actual, expected)).toBe(same);
  });
});

describe('sameName (byline, author, source)', () => {
  it.each([
    { actual: null, expected: null, same: true },
    { actual: '  ', expected: null, same: true },
    { actual: 'Minh Anh', expected: null, same: false },
    { actual: null, expected: 'Minh Anh', same: false },
    { actual: 'MINH  ANH', expected: 'Minh Anh ', same: true },
    { actual: 'By Minh Anh', expected: 'Minh Anh', same: false },
  ])('$actual vs $expected → $same', ({ actual, expected, same }) => {
    expect(sameName(actual, expected)).toBe(same);
  });
});

describe('dates', () => {
  it.each([
    { value: '2024-02-12T08:30:00+07:00', day: '2024-02-12' },
    { value: '2024-02-12', day: '2024-02-12' },
    { value: '12/02/2024', day: null },
    { value: null, day: null },
  ])('dayOf($value) = $day', ({ value, day }) => {
    expect(dayOf(value)).toBe(day);
  });

  it.each([
    { actual: '2024-02-12T01:30:00Z', expected: '2024-02-12', same: true },
    { actual: '2024-02-11T17:30:00.000Z', expected: '2024-02-12T00:30:00+07:00', same: true },
    { actual: '2024-02-12T00:30:00+07:00', expected: '2024-02-11T17:30:00.816Z', same: true },
    { actual: '2024-02-12T00:30:01+07:00', expected: '2024-02-11T17:30:00.816Z', same: false },
    { actual: '2024-02-11T17:30:00+0000', expected: '2024-02-12T00:30:00+07:00', same: true },
    { actual: '2024-02-11T17:30:00', expected: '2024-02-12T00:30:00+07:00', same: false },
    { actual: '2024-02-13', expected: '2024-02-12', same: false },
    { actual: 'Thứ hai, 12/02/2024', expected: '2024-02-12', same: false },
    { actual: null, expected: '2024-02-12', same: false },
  ])('sameDay($actual, $expected) = $same', ({ actual, expected, same }) => {
    expect(sameDay(actual, expected)).toBe(same);
  });

  it.each([
    { actual: '2024-02-12T08:30:00+07:00', expected: '2024-02-12T08:30:00+07:00', same: true },
    { actual: '2024-02-12', expected: '2024-02-12T08:30:00+07:00', same: false },
    { actual: '2024-02-12T01:30:00Z', expected: '2024-02-12T08:30:00+07:00', same: false },
  ])('sameDate($actual, $expected) = $same', ({ actual, expected, same }) => {
    expect(sameDate(actual, expected)).toBe(same);
  });
});

describe('body checks', () => {
  const body = 'Sáng nay,\n  tỉnh tổ chức hội nghị. … Kết thúc hội nghị.';
  it.each([
    { needles: ['Sáng nay, tỉnh tổ chức', 'Kết thúc hội nghị.'], all: true },
    { needles: ['Sáng nay, tỉnh tổ chức', 'Bản quyền'], all: false },
    { needles: [], all: true },
  ])('containsAll($needles) = $all', ({ needles, all }) => {
    expect(containsAll(body, needles)).toBe(all);
  });

  it.each([
    { needles: ['Trang chủ', 'Bản quyền thuộc về'], none: true },
    { needles: ['Trang chủ', 'tổ chức hội nghị'], none: false },
    { needles: ['  '], none: true },
  ])('containsNone($needles) = $none', ({ needles, none }) => {
    expect(containsNone(body, needles)).toBe(none);
  });
});

describe('includesAllUrls', () => {
  const base = 'https://example.gov.vn/tin/bai-1.html';
  it.each([
    { actual: ['/img/a.jpg', 'https://example.gov.vn/img/b.jpg'], expected: ['https://example.gov.vn/img/a.jpg'], all: true },
    { actual: ['https://example.gov.vn/img/a.jpg#x'], expected: ['https://example.gov.vn/img/a.jpg'], all: true },
    { actual: ['a.jpg'], expected: ['https://example.gov.vn/tin/a.jpg'], all: true },
    { actual: ['/img/a.jpg'], expected: ['https://example.gov.vn/img/a.jpg', '/img/b.jpg'], all: false },
    { actual: [], expected: [], all: true },
  ])('$actual ⊇ $expected → $all', ({ actual, expected, all }) => {
    expect(includesAllUrls(actual, expected, base)).toBe(all);
  });
});
