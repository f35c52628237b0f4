import { describe, expect, it } from 'vitest';
import type { ClipImage } from '../../../lib/db/types';
import { backoffMs, FIRST_BACKOFF_MS, isDue, MAX_IMAGE_ATTEMPTS } from '../../../lib/images/retry-policy';

const image = (over: Partial<ClipImage>): ClipImage => ({
  id: 'c:0', clipId: 'c', src: 'http://x.gov.vn/a.png', state: 'failed', blob: null, type: '', bytes: 0, attempts: 1, lastTriedAt: 0, error: 'http: HTTP 500', ...over,
});

describe('retry policy', () => {
  it('waits longer after each failure', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([FIRST_BACKOFF_MS, 4 * FIRST_BACKOFF_MS, 16 * FIRST_BACKOFF_MS, 64 * FIRST_BACKOFF_MS]);
  });
  it('a waiting image is always due; saved and over-cap ones never', () => {
    expect(isDue(image({ state: 'waiting', attempts: 0, lastTriedAt: null }), 0)).toBe(true);
    expect(isDue(image({ state: 'saved' }), 1e12, true)).toBe(false);
    expect(isDue(image({ state: 'over-cap' }), 1e12, true)).toBe(false);
  });
  it('a failed image is due only after its back-off', () => {
    const failed = image({ attempts: 2, lastTriedAt: 1000 });
    expect(isDue(failed, 1000 + backoffMs(2) - 1)).toBe(false);
    expect(isDue(failed, 1000 + backoffMs(2))).toBe(true);
  });
  it(`stops after ${MAX_IMAGE_ATTEMPTS} attempts unless the editor asks`, () => {
    const spent = image({ attempts: MAX_IMAGE_ATTEMPTS, lastTriedAt: 0 });
    expect(isDue(spent, 1e12)).toBe(false);
    expect(isDue(spent, 1, true)).toBe(true);
  });
});
