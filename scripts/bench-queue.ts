/**
 * `npm run bench:queue`: the queue at 10,000 items in the built extension, in headless Chromium. Seeds the
 * database, then measures in the dashboard: diacritic-free search through the word index against a plain scan of
 * every item (the peer a hand-made queue would use), the time until the list shows the result, and frame times
 * while scrolling the virtual list. Prints the figures; asserts nothing.
 */
import { launchExtension, openDashboard } from '../tests/browser/extension';
import { seedQueue } from '../tests/browser/seed';
import { median, percentile } from '../lib/bench/stats';

const COUNT = Number(process.env.BENCH_ITEMS ?? 10_000);

async function main(): Promise<void> {
  const ext = await launchExtension();
  const page = await openDashboard(ext);
  // tsx keeps function names with a `__name` helper that the page does not have.
  const defineName = 'globalThis.__name = (f) => f';
  await page.addInitScript({ content: defineName });
  await page.evaluate(defineName);
  await page.waitForSelector('[data-testid="queue-search"]');
  const t0 = Date.now();
  await seedQueue(page, COUNT);
  const seedMs = Date.now() - t0;
  await page.reload();
  await page.waitForSelector('[data-testid="queue-row"]');

  const queries = ['quang ninh', 'soc trang', 'can tho', 'chuyen doi so', 'tin so 4242', 'thua thien hue'];
  const searchTimes = await page.evaluate(async (qs) => {
    const open = indexedDB.open('tin-bai-cchc');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const req = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const indexed: number[] = [];
    const scan: number[] = [];
    for (const q of qs) {
      const tokens = fold(q).split(/\s+/);
      let t = performance.now();
      let result: Set<IDBValidKey> | null = null;
      for (const [i, tok] of tokens.entries()) {
        const index = db.transaction('terms').objectStore('terms').index('words');
        const range = i === tokens.length - 1 ? IDBKeyRange.bound(tok, tok + '\uffff') : IDBKeyRange.only(tok);
        const keys = new Set<IDBValidKey>(await req(index.getAllKeys(range)));
        const previous: Set<IDBValidKey> | null = result;
        result = previous ? new Set([...previous].filter((k: IDBValidKey) => keys.has(k))) : keys;
      }
      indexed.push(performance.now() - t);
      t = performance.now();
      const clips = await req(db.transaction('clips').objectStore('clips').getAll()) as { title: string; lead: string }[];
      const bodies = await req(db.transaction('bodies').objectStore('bodies').getAll()) as { markdown: string }[];
      const needle = fold(q);
      clips.filter((c, i) => fold(`${c.title} ${c.lead} ${bodies[i]?.markdown ?? ''}`).includes(needle));
      scan.push(performance.now() - t);
      void result;
    }
    db.close();
    return { indexed, scan };
  }, queries);

  // Search as the editor does: type, wait until the count changes.
  const uiTimes: number[] = [];
  const all = await page.locator('[data-testid="queue-count"]').textContent();
  for (const q of queries) {
    const t = Date.now();
    await page.fill('[data-testid="queue-search"]', q);
    await page.waitForFunction((b) => document.querySelector('[data-testid="queue-count"]')?.textContent !== b, all);
    uiTimes.push(Date.now() - t);
    await page.fill('[data-testid="queue-search"]', '');
    await page.waitForFunction((b) => document.querySelector('[data-testid="queue-count"]')?.textContent === b, all);
  }

  // Scroll the list for 3 s and record frame intervals.
  const frames = await page.evaluate(async () => {
    const rows = document.querySelector('[data-testid="queue-row"]');
    let scroller: HTMLElement | null = rows?.parentElement ?? null;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (!scroller) return [] as number[];
    const times: number[] = [];
    let last = performance.now();
    const end = last + 3000;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        times.push(now - last);
        last = now;
        scroller!.scrollTop += 400;
        if (now < end) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return times.slice(1);
  });

  const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`Queue benchmark, ${COUNT} items (seeded in ${(seedMs / 1000).toFixed(1)} s)`);
  console.log(`  search, word index (ours)        ${fmt(searchTimes.indexed)}`);
  console.log(`  search, scan of every item (peer) ${fmt(searchTimes.scan)}`);
  console.log(`  search, typing → list updated    ${fmt(uiTimes)}`);
  console.log(`  scrolling, frame interval        ${fmt(frames)}  (${frames.length} frames, ${frames.filter((f) => f > 50).length} over 50 ms)`);
  await ext.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
