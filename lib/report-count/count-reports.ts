/** Counts of a test run. */
export interface TestCounts {
  passed: number;
  failed: number;
}

function vitestCounts(report: unknown): TestCounts {
  const r = report as { numPassedTests?: number; numFailedTests?: number; numFailedTestSuites?: number } | null;
  if (!r || typeof r.numPassedTests !== 'number') return { passed: 0, failed: 1 };
  // A suite that fails to load has no failed test but is a failure.
  return { passed: r.numPassedTests, failed: (r.numFailedTests ?? 0) + (r.numFailedTests ? 0 : (r.numFailedTestSuites ?? 0)) };
}

function playwrightCounts(report: unknown): TestCounts {
  const r = report as { stats?: { expected?: number; unexpected?: number; flaky?: number }; errors?: unknown[] } | null;
  if (!r?.stats) return { passed: 0, failed: 1 };
  return { passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0), failed: (r.stats.unexpected ?? 0) + (r.errors?.length ?? 0) };
}

/**
 * Adds up the Vitest and Playwright JSON reports (null when a runner wrote none, which counts as a failure) and
 * the steps that failed outside any runner.
 */
export function countReports(vitest: unknown, playwright: unknown, failedSteps: number): TestCounts {
  const v = vitestCounts(vitest);
  const p = playwrightCounts(playwright);
  return { passed: v.passed + p.passed, failed: v.failed + p.failed + failedSteps };
}
