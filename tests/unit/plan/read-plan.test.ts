/**
 * Issue 4: the three real plans in ../shared/seeds/ are read, through the CLI, into drafts a coordinator would
 * accept. Expectations are tests/fixtures/plan--<case>/expected.json, written by reading each plan; the seed text
 * is read in place, not copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../../support/shared-dir';

const repoRoot = resolve(import.meta.dirname, '../../..');

interface CliDraft {
  title: string | null;
  year: number | null;
  issuer: string | null;
  number: string | null;
  areas: { title: string; text: string }[];
  units: { name: string }[];
  quotas: { unit: string | null; count: number; period: string; what: string[] }[];
}

interface Expected extends CliDraft {
  source: string;
}

function runPlan(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'plan.ts'), file], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
}

// A long first clause is shortened for display ("…"); the shortened title must still start the expected one.
function sameTitle(actual: string, expected: string): boolean {
  return actual === expected || (actual.endsWith('…') && expected.startsWith(actual.slice(0, -1)));
}

describe.each(['plan--soc-trang-2021', 'plan--tien-giang-2020', 'plan--cai-rang-2020'])('%s', (fixture) => {
  const expected = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures', fixture, 'expected.json'), 'utf8')) as Expected;
  const run = runPlan(seedPath(expected.source.replace(/^\.\.\/shared\/seeds\//, '')));
  const draft = JSON.parse(run.stdout) as CliDraft;

  it('reads the header', () => {
    expect(run.status).toBe(0);
    expect({ title: draft.title, year: draft.year, issuer: draft.issuer, number: draft.number }).toEqual({
      title: expected.title,
      year: expected.year,
      issuer: expected.issuer,
      number: expected.number,
    });
  });

  it('reads the content areas, in order, by title and text', () => {
    expect(draft.areas.map((a) => a.text)).toEqual(expected.areas.map((a) => a.text));
    draft.areas.forEach((a, i) => {
      expect(sameTitle(a.title, expected.areas[i]?.title ?? ''), `${a.title} ≠ ${expected.areas[i]?.title}`).toBe(true);
    });
  });

  it('names the responsible units', () => {
    expect(draft.units.map((u) => u.name).sort()).toEqual(expected.units.map((u) => u.name).sort());
  });

  it('finds exactly the quotas', () => {
    expect(draft.quotas).toEqual(expected.quotas);
  });
});

describe('plan CLI errors', () => {
  it('exits 2 with a Vietnamese message when the file is missing', () => {
    const run = runPlan(join(repoRoot, 'tests/fixtures/plan--none/missing.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Không đọc được tệp/);
  });

  it('exits 2 when the text holds no plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Biên bản họp giao ban tuần.\n');
    const run = runPlan(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Không tìm thấy kế hoạch/);
  });
});
