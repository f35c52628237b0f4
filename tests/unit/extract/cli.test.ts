// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'extract.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('npm run extract', () => {
  it('prints the JSON object for a saved page, honouring windows-1258', () => {
    const r = run(join(root, 'tests', 'fixtures', 'extract--generic-windows1258', 'source.html'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['url', 'canonicalUrl', 'title', 'lead', 'author', 'source', 'published', 'updated', 'siteName', 'language', 'html', 'markdown', 'images', 'attachments', 'wordCount']);
    expect(out['title']).toMatch(/[ảạăâđ]/);
    expect((out['title'] as string).normalize('NFC')).toBe(out['title']);
  });

  it('takes the page address from --url', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'trang.html');
    writeFileSync(file, `<html lang="vi"><body><h1>Sở Nội vụ tổ chức hội nghị cải cách hành chính</h1><p>(21:01 | 17/03/2021)</p>${'<p>Thực hiện kế hoạch cải cách hành chính năm 2021, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ trọng tâm, nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>'.repeat(3)}<img src="/anh/a.jpg"></body></html>`);
    const r = run(file, '--url', 'http://sonoivu.soctrang.gov.vn/tin/a.html');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { url: string; published: string; images: { src: string }[] };
    expect(out.url).toBe('http://sonoivu.soctrang.gov.vn/tin/a.html');
    expect(out.published).toBe('2021-03-17T21:01:00+07:00');
    expect(out.images[0]?.src).toBe('http://sonoivu.soctrang.gov.vn/anh/a.jpg');
  });

  it('exits 2 with a message on stderr when the page has no article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'rong.html');
    writeFileSync(file, '<html><body><ul><li><a href="/a">Tin A</a></li><li><a href="/b">Tin B</a></li></ul></body></html>');
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Không tìm thấy bài viết');
  });
});

describe('npm run extract on files that are not pages', () => {
  it.each([
    ['binary', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
    ['pdf', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n')],
  ])('%s content exits 2 with a message', (_name, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'trang.html');
    writeFileSync(file, bytes);
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/không phải trang HTML/);
  });
});
