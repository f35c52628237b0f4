import { test, expect } from '@playwright/test';
import { launchExtension, openDashboard, type ExtensionBrowser } from './extension';
import { seedQueue } from './seed';

/**
 * The queue at 10,000 items: the virtual list renders only a window of rows, scrolls to the last item, and
 * diacritic-free search narrows it. Timings are measured by `npm run bench:queue`, not asserted here.
 */
let ext: ExtensionBrowser;

test.beforeAll(async () => {
  ext = await launchExtension();
});

test.afterAll(async () => {
  await ext?.close();
});

test('10,000 items: windowed rendering, scroll to the end, search without diacritics', async () => {
  test.setTimeout(180_000);
  const dash = await openDashboard(ext);
  await seedQueue(dash, 10_000);
  await dash.reload();
  await expect(dash.getByTestId('queue-count')).toContainText('10.000');
  // Only a window of rows is in the DOM.
  expect(await dash.getByTestId('queue-row').count()).toBeLessThan(60);
  // Scroll to the bottom: the oldest item (number 0) appears.
  await dash.evaluate(() => {
    let el: HTMLElement | null = document.querySelector('[data-testid="queue-row"]');
    while (el && el.scrollHeight <= el.clientHeight + 1) el = el.parentElement;
    if (el) el.scrollTop = el.scrollHeight;
  });
  await expect(dash.getByTestId('queue-row').filter({ hasText: '(tin số 0)' })).toBeVisible();
  // "quang ninh" finds the items about "Quảng Ninh" (one place in ten).
  await dash.getByTestId('queue-search').fill('quang ninh');
  await expect(dash.getByTestId('queue-count')).toContainText('1.000');
  await expect(dash.getByTestId('queue-row').first()).toContainText('Quảng Ninh');
  await dash.getByTestId('queue-search').fill('tin so 9999');
  await expect(dash.getByTestId('queue-row')).toHaveCount(1);
});
