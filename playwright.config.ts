import { defineConfig } from '@playwright/test';

/** Browser tests run the built extension (.output/chrome-mv3) in Debian's Chromium, one worker on two cores. */
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { trace: 'off' },
});
