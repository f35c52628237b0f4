import { describe, expect, it } from 'vitest';
import { runPool } from '../../../components/sidepanel/run-pool';

describe('runPool', () => {
  it('runs every item, never more than the limit at once, in list order', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await runPool([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (6 - n)));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('keeps going after a worker throws', async () => {
    const done: number[] = [];
    const quiet = console.error;
    console.error = () => {};
    try {
      await runPool([1, 2, 3], 2, async (n) => {
        if (n === 1) throw new Error('hỏng');
        done.push(n);
      });
    } finally {
      console.error = quiet;
    }
    expect(done.sort()).toEqual([2, 3]);
  });

  it('resolves at once for an empty list', async () => {
    await expect(runPool([], 2, async () => {})).resolves.toBeUndefined();
  });
});
