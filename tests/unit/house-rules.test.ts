import { describe, expect, it } from 'vitest';
import { checkSource } from '../../lib/house-rules/check-source';
import { countReports } from '../../lib/report-count/count-reports';

describe('house rules', () => {
  it('flags browser APIs in lib/, innerHTML writes, any, <all_urls> and undocumented lib exports', () => {
    const rules = (file: string, text: string) => checkSource(file, text).map((v) => v.rule);
    expect(rules('lib/a.ts', '/** x */\nexport const a = browser.tabs.query({});')).toEqual(['lib/ knows no browser: no browser.* / chrome.* calls']);
    expect(rules('components/a.tsx', 'el.innerHTML = html;')).toHaveLength(1);
    expect(rules('components/a.tsx', 'const same = el.innerHTML === x;')).toHaveLength(0);
    expect(rules('lib/b.ts', 'export function f(x: any) {}')).toEqual(['no `any`', 'every export of lib/ has a doc comment']);
    expect(rules('lib/c.ts', '/** Documented. */\nexport function f() {}')).toEqual([]);
    expect(rules('wxt.config.ts', "host_permissions: ['<all_urls>']")).toHaveLength(1);
  });
});

describe('CI closing line', () => {
  it('adds Vitest and Playwright counts and failed steps; a missing report is a failure', () => {
    expect(countReports({ numPassedTests: 10, numFailedTests: 1 }, { stats: { expected: 5, unexpected: 0, flaky: 1 } }, 0)).toEqual({ passed: 16, failed: 1 });
    expect(countReports({ numPassedTests: 10, numFailedTests: 0 }, null, 2)).toEqual({ passed: 10, failed: 3 });
    expect(countReports({ numPassedTests: 3, numFailedTests: 0, numFailedTestSuites: 1 }, { stats: { expected: 1, unexpected: 0 } }, 0)).toEqual({ passed: 4, failed: 1 });
  });
});
