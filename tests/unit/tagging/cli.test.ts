/**
 * `npm run tag`: the CLI prints the suggestions as JSON for a text file and for a saved page (through the
 * extractor), reads a plan's areas (a seed plan read by lib/plan, whose areas have no codes), and exits 2 with a
 * Vietnamese message on bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanText } from '../../../lib/plan/read-plan-text';
import { learnAll } from '../../../lib/tagging/learn';
import { seedPath } from '../../support/shared-dir';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'tag-cli-'));

interface Printed {
  area: string;
  score: number;
  matched: string[];
}

function runTag(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'tag.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
}

const oneStop = join(dir, 'mot-cua.txt');
writeFileSync(
  oneStop,
  'Bộ phận một cửa phường tiếp nhận hơn 1.200 hồ sơ thủ tục hành chính\n' +
    'Năm 2024, Bộ phận tiếp nhận và trả kết quả của phường đã giải quyết 1.200 hồ sơ thủ tục hành chính theo cơ chế ' +
    'một cửa, một cửa liên thông, 100% đúng hạn.\nCông chức một cửa hướng dẫn người dân nộp hồ sơ.\n',
);

describe('npm run tag', () => {
  it('prints the suggestions for a .txt article as JSON, best first', () => {
    const run = runTag(oneStop);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed[];
    expect(printed[0]?.area).toBe('tthc');
    expect(Object.keys(printed[0] ?? {})).toEqual(['area', 'score', 'matched']);
    expect(printed[0]?.matched).toContain('thủ tục hành chính');
    expect(printed.map((p) => p.score)).toEqual(printed.map((p) => p.score).sort((a, b) => b - a));
    expect(printed.every((p) => p.score > 0)).toBe(true);
  });

  it('reads a saved HTML page through the extractor', () => {
    const run = runTag(join(repoRoot, 'tests/fixtures/extract--liferay-stock/source.html'));
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed[];
    expect(printed.length).toBeGreaterThan(0);
    expect(printed[0]?.matched.length).toBeGreaterThan(0);
  });

  it('tags with the areas of a plan read from a seed: keys area-N', () => {
    const draft = readPlanText(readFileSync(seedPath('ke-hoach-cai-rang-2020.txt'), 'utf8').normalize('NFC'));
    expect(draft.areas.every((a) => a.code === undefined)).toBe(true);
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify(draft));
    const run = runTag(oneStop, '--plan', plan);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Printed[];
    expect(printed.every((p) => /^area-\d+$/.test(p.area))).toBe(true);
    // Area 4 of that plan is "cơ chế một cửa, cơ chế một cửa liên thông".
    expect(printed[0]?.area).toBe('area-4');
  });

  it('reads a learned model', () => {
    const model = join(dir, 'model.json');
    writeFileSync(model, JSON.stringify(learnAll([{ title: 'Mô hình hay', body: 'Một cửa tận nhà.', areas: ['dien-hinh'] }])));
    const run = runTag(oneStop, '--learned', model);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Printed[]).length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', [join(dir, 'khong-co.txt')], /Không tìm thấy tệp bài viết/],
    ['a plan that is not JSON', [oneStop, '--plan', oneStop], /không phải JSON/],
    ['a plan without areas', [oneStop, '--plan', join(repoRoot, 'package.json')], /không có danh sách nội dung/],
    ['no file', [], /Cần đúng một tệp/],
  ])('exits 2 with a Vietnamese message on %s', (_, args, message) => {
    const run = runTag(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
