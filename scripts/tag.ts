/**
 * `npm run --silent tag -- <file.html|file.txt> [--plan <plan.json>] [--learned <model.json>]`: suggests content
 * areas for an article with lib/tagging and prints `[{ "area", "score", "matched" }]`, best first.
 *
 * An HTML file is a saved page, read by our extractor first (as `npm run extract` does); a text file has the
 * title on its first line and the body below. `--plan` is a plan as `npm run plan` prints it (a Plan, a PlanDraft
 * or `{ areas: [...] }`); without it, the nine built-in areas. `--learned` is a model saved from learnFrom /
 * learnAll. Exits 2 with a Vietnamese message on stderr on bad input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../lib/extract/decode';
import { extractArticle } from '../lib/extract/index';
import { looksLikeText } from '../lib/extract/looks-like-text';
import { savedPageUrl } from '../lib/extract/saved-page-url';
import { BUILTIN_AREAS } from '../lib/plan/builtin-template';
import type { ContentArea } from '../lib/plan/types';
import { readAreas } from '../lib/tagging/read-areas';
import { readLearnedModel } from '../lib/tagging/read-learned-model';
import { suggestAreas } from '../lib/tagging/suggest';
import { taggableFromExtraction, taggableFromText } from '../lib/tagging/taggable-text';
import type { LearnedModel, TaggableText } from '../lib/tagging/types';

const USAGE = 'Cách dùng: npm run --silent tag -- <bài.html|bài.txt> [--plan <kế-hoạch.json>] [--learned <mô-hình.json>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let values: { plan?: string; learned?: string; help?: boolean };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { plan: { type: 'string' }, learned: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  }));
} catch (error) {
  fail(`Tham số không hợp lệ: ${(error as Error).message}\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(`Cần đúng một tệp bài viết.\n${USAGE}`);

/** Reads a file's bytes or exits with a message naming it. */
function readBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `Không tìm thấy ${what} ${path}.` : `Không đọc được ${what} ${path}: ${(error as Error).message}`);
  }
}

/** Reads a JSON file or exits with a message naming it. */
function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readBytes(path, what).toString('utf8'));
  } catch (error) {
    fail(`${what} ${path} không phải JSON hợp lệ: ${(error as Error).message}`);
  }
}

let areas: readonly ContentArea[] = BUILTIN_AREAS;
if (values.plan) {
  try {
    areas = readAreas(readJson(values.plan, 'tệp kế hoạch'));
  } catch (error) {
    fail(`Tệp kế hoạch ${values.plan} không dùng được: ${(error as Error).message}.`);
  }
}
let learned: LearnedModel | null = null;
if (values.learned) {
  try {
    learned = readLearnedModel(readJson(values.learned, 'tệp mô hình'));
  } catch (error) {
    fail(`Tệp mô hình ${values.learned} không dùng được: ${(error as Error).message}.`);
  }
}

/** The article of an HTML page, through the same extractor as `npm run extract`. */
function readHtml(path: string, bytes: Buffer): TaggableText {
  const html = decodeHtml(bytes);
  if (!looksLikeText(html)) fail(`${path} không phải trang HTML hay tệp văn bản.`);
  const url = savedPageUrl(html) ?? pathToFileURL(resolve(path)).href;
  // jsdom runs no page script and loads nothing: the page is only read.
  const dom = new JSDOM(html, { url });
  let extraction: ReturnType<typeof extractArticle>;
  try {
    extraction = extractArticle(dom.window.document, { url });
  } catch (error) {
    fail(`Lỗi khi đọc bài viết trong ${path}: ${(error as Error).message}`);
  }
  if (!extraction) fail(`Không tìm thấy bài viết trong ${path}.`);
  return taggableFromExtraction(extraction);
}

const bytes = readBytes(file, 'tệp bài viết');
let article: TaggableText;
if (/\.x?html?$/i.test(file)) article = readHtml(file, bytes);
else {
  const text = bytes.toString('utf8');
  if (!looksLikeText(text)) fail(`${file} không phải tệp văn bản.`);
  if (/^\s*<(!doctype|html)\b/i.test(text)) article = readHtml(file, bytes);
  else article = taggableFromText(text);
}
if (!article.title.trim() && !article.body.trim()) fail(`Tệp ${file} không có nội dung để gắn nhãn.`);

const suggestions = suggestAreas(areas, article, learned).map(({ area, score, matched }) => ({ area, score, matched }));
process.stdout.write(`${JSON.stringify(suggestions, null, 2)}\n`);
