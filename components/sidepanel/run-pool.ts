/**
 * Runs `worker` over `items` with at most `limit` running at once, in order of the list. A worker that throws
 * does not stop the others: every item is attempted, and the pool resolves when all have finished.
 */
export async function runPool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await worker(item);
      } catch (error) {
        console.error('[Trợ lý tin bài CCHC] pool worker failed', error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
