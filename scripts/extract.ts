/**
 * `npm run --silent extract -- <file.html> [--url <page-url>]`: runs lib/extract on a saved page (honouring its
 * declared charset) and prints one JSON object. Exits 2 with a message on stderr when the file has no article.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../lib/extract/decode';
import { extractArticle } from '../lib/extract/index';
import { looksLikeText } from '../lib/extract/looks-like-text';
import { savedPageUrl } from '../lib/extract/saved-page-url';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
let file: string | undefined;
let url: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write('Cách dùng / usage: npm run --silent extract -- <trang.html> [--url <địa chỉ trang>]\n');
    process.exit(0);
  } else file = args[i];
}
if (!file) fail('Thiếu tệp HTML. Cách dùng: npm run --silent extract -- <trang.html> [--url <địa chỉ trang>]', 1);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`Không đọc được tệp ${file}: ${(error as Error).message}`, 1);
}
const html = decodeHtml(bytes);
if (!looksLikeText(html)) fail(`${file} không phải trang HTML (not an HTML page: binary content).`);
if (/^%PDF-/.test(html)) fail(`${file} là tệp PDF, không phải trang HTML (a PDF, not an HTML page).`);
const pageUrl = url ?? savedPageUrl(html) ?? pathToFileURL(resolve(file)).href;
if (url) {
  try {
    new URL(url);
  } catch {
    fail(`Địa chỉ không hợp lệ: ${url}`, 1);
  }
}
// jsdom runs no page script and loads nothing: the page is only read.
const dom = new JSDOM(html, { url: pageUrl });
let result: ReturnType<typeof extractArticle>;
try {
  result = extractArticle(dom.window.document, { url: pageUrl });
} catch (error) {
  fail(`Lỗi khi đọc bài viết trong ${file}: ${(error as Error).message}`, 1);
}
if (!result) fail(`Không tìm thấy bài viết trong ${file} (no article found).`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
