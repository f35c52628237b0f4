// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../lib/extract/decode';
import { extractArticle } from '../../../lib/extract/index';
import { savedPageUrl } from '../../../lib/extract/saved-page-url';

/**
 * Golden fixtures: each tests/fixtures/extract--<case>/ holds a realistic portal page (source.html, its URL in the
 * first line), the hand-checked truth (expected.json) and the expected Markdown (expected.md). A missing
 * expected.md fails unless UPDATE_FIXTURES=1.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = new Date('2026-11-23T03:00:00Z');
const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('extract--') && existsSync(join(FIXTURES, d, 'expected.json')));

const squash = (s: string) => s.replace(/[\s*_\\]+/g, ' ').trim();

describe('extraction fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const html = decodeHtml(readFileSync(join(dir, 'source.html')));
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown> & {
        bodyStart: string;
        bodyEnd: string;
        furniture: string[];
      };
      const url = savedPageUrl(html)!;
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      const result = extractArticle(dom.window.document, { url, now: NOW });
      expect(result).not.toBeNull();
      if (!result) return;
      for (const key of ['url', 'canonicalUrl', 'title', 'lead', 'author', 'source', 'published', 'updated', 'siteName', 'language', 'images', 'attachments']) {
        expect(result[key as keyof typeof result], `${name}: ${key}`).toEqual(expected[key]);
      }
      expect(squash(result.markdown), `${name}: body start`).toContain(squash(expected.bodyStart));
      expect(squash(result.markdown), `${name}: body end`).toContain(squash(expected.bodyEnd));
      for (const furniture of expected.furniture) expect(result.markdown, `${name}: furniture`).not.toContain(furniture);
      const mdPath = join(dir, 'expected.md');
      if (!existsSync(mdPath)) {
        if (process.env.UPDATE_FIXTURES !== '1') throw new Error(`${name}: expected.md is missing (run with UPDATE_FIXTURES=1 after checking the output)`);
        writeFileSync(mdPath, `${result.markdown}\n`);
      }
      expect(result.markdown).toBe(readFileSync(mdPath, 'utf8').replace(/\n$/, ''));
    });
  }
});
