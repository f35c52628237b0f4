/**
 * House rules a reviewer would otherwise have to remember (HOUSE_STYLE.md): lib/ knows no browser, no HTML is
 * written with innerHTML outside the sanitiser, no `any`, no registry host names, no <all_urls>.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSource, type RuleViolation } from '../lib/house-rules/check-source';

const root = join(import.meta.dirname, '..');
const dirs = ['lib', 'components', 'entrypoints', 'scripts', 'tests/unit', 'tests/browser'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const violations: RuleViolation[] = [];
for (const dir of dirs) {
  for (const file of walk(join(root, dir))) {
    violations.push(...checkSource(relative(root, file), readFileSync(file, 'utf8')));
  }
}
violations.push(...checkSource('wxt.config.ts', readFileSync(join(root, 'wxt.config.ts'), 'utf8')));
for (const v of violations) console.error(`${v.file}:${v.line}: ${v.rule}`);
console.log(violations.length ? `${violations.length} house-rule violation(s)` : 'house rules: ok');
process.exit(violations.length ? 1 : 0);
