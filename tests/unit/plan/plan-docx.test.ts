/**
 * Plans arrive as Word files more often than as text: each seed plan, made into a real .docx, reads into the same
 * draft through `npm run plan` as its .txt; files that are not what their name says are refused at the door with
 * a Vietnamese message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFileError, planFileText } from '../../../lib/plan/plan-file-text';
import { planDocx } from '../../support/plan-docx';
import { seedPath } from '../../support/shared-dir';

const repoRoot = resolve(import.meta.dirname, '../../..');
const seeds = ['ke-hoach-cai-rang-2020.txt', 'ke-hoach-soc-trang-stttt-2021.txt', 'ke-hoach-tien-giang-skhcn-2020.txt'];

function runPlan(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'plan.ts'), file], { cwd: repoRoot, encoding: 'utf8' });
}

describe.each(seeds)('%s as a Word file', (seed) => {
  it('reads into the same draft as the text file', async () => {
    const txt = seedPath(seed);
    const dir = mkdtempSync(join(tmpdir(), 'plan-docx-'));
    const docx = join(dir, seed.replace(/\.txt$/, '.docx'));
    writeFileSync(docx, await planDocx(readFileSync(txt, 'utf8')));
    const fromDocx = runPlan(docx);
    const fromTxt = runPlan(txt);
    expect(fromDocx.status, fromDocx.stderr).toBe(0);
    const draft = JSON.parse(fromDocx.stdout) as { areas: unknown[] };
    expect(draft.areas.length).toBeGreaterThan(0);
    expect(draft).toEqual(JSON.parse(fromTxt.stdout));
  }, 30_000);
});

describe('planFileText at the door', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('reads a .docx and gives NFC text', async () => {
    const text = await planFileText('kh.docx', new Uint8Array(await planDocx('KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026'.normalize('NFD'))));
    expect(text).toContain('Tuyên truyền cải cách hành chính năm 2026');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('refuses a .docx that is not a ZIP, a damaged ZIP, an old .doc, a non-UTF-8 .txt and other kinds', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['kh.docx', bytes('KẾ HOẠCH'), /không phải tệp Word \.docx hợp lệ/],
      ['kh.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /\S/],
      ['kh.doc', bytes('x'), /Word cũ \(\.doc\)/],
      ['kh.txt', new Uint8Array([0x4b, 0xca, 0x20, 0x48, 0x4f, 0xe0]), /không được mã hóa UTF-8/],
      ['kh.pdf', bytes('%PDF-1.7'), /Chỉ đọc được tệp \.docx hoặc \.txt/],
    ];
    for (const [name, content, message] of cases) {
      const error = await planFileText(name, content).then(() => null, (e: unknown) => e);
      expect(error, name).toBeInstanceOf(PlanFileError);
      expect((error as Error).message, name).toMatch(message);
    }
  });
});
