/**
 * Reads the Vitest and Playwright JSON reports and prints the closing line CI reads:
 * `tests: N passed, N failed`. A failed step (typecheck, build, rules) counts as one failure each; a missing report
 * counts as a failure; zero tests is a failure. Exits 1 on any failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { countReports } from '../lib/report-count/count-reports';

const [vitestPath = 'reports/vitest.json', playwrightPath = 'reports/playwright.json', failedSteps = '0'] = process.argv.slice(2);
const read = (path: string): unknown => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : null);
const { passed, failed } = countReports(read(vitestPath), read(playwrightPath), Number(failedSteps) || 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
