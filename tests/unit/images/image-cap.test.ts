import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_CAP_MB, imageCapBytes, parseImageCapMb } from '../../../lib/images/image-cap';

describe('image cap setting', () => {
  it.each([
    [20, 20],
    ['5', 5],
    ['2,5', 2.5],
    [' 100 ', 100],
    [500, 500],
    [0, null],
    [-3, null],
    [501, null],
    ['abc', null],
    ['', null],
    [null, null],
    [Number.NaN, null],
  ])('%j → %j', (input, expected) => {
    expect(parseImageCapMb(input)).toBe(expected);
  });
  it('falls back to the default for a missing or invalid stored value', () => {
    expect(imageCapBytes(undefined)).toBe(DEFAULT_IMAGE_CAP_MB * 1024 * 1024);
    expect(imageCapBytes('x')).toBe(20 * 1024 * 1024);
    expect(imageCapBytes(1)).toBe(1024 * 1024);
  });
});
