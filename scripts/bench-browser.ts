/**
 * The `--browser` mode of `npm run bench:extract`: every page is loaded in headless Chromium (Debian's) at its own
 * address, and each extractor runs on the live document as a content script would. Sub-resources are not
 * fetched (the machine has no network), so only the extraction is measured. Returns the timed results by page and
 * extractor; scoring is shared with the jsdom mode.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { BenchOutput } from '../lib/bench/extractors';
import { summarizeHtml } from '../lib/bench/html';
import type { BenchPage } from '../lib/bench/pages';
import type { Attempt } from '../lib/bench/run';
import type { BrowserResult } from './bench-browser-entry';

/** Suffix of the extractor names whose timings are of the first run in a renderer (see {@link measureInBrowser}). */
export const COLD_SUFFIX = ' (1st run)';

/** Where a page is served in the browser: its own URL, with the corpus cases told apart by a query. */
function servedUrl(page: BenchPage<unknown>, set: string, port: number): string {
  const url = new URL(page.url);
  url.protocol = 'http:';
  url.port = String(port);
  if (set === 'corpus') url.searchParams.set('case', page.id);
  return url.href;
}

/** Gives URLs on the test server back the page's real origin (scheme and no port), so images compare. */
function realOrigin(url: string, page: BenchPage<unknown>, port: number): string {
  try {
    const u = new URL(url);
    const real = new URL(page.url);
    if (u.port === String(port) && u.hostname === real.hostname) return `${real.protocol}//${real.host}${u.pathname}${u.search}${u.hash}`;
  } catch {
    /* not a URL: leave it */
  }
  return url;
}

function toAttempt(r: BrowserResult, fix: (url: string) => string): { ms: number; result: Attempt } {
  if (r.status === 'threw') return { ms: r.ms, result: { status: 'threw', error: r.error ?? '' } };
  if (r.status === 'null') return { ms: r.ms, result: { status: 'null' } };
  const body = summarizeHtml(r.html ?? '');
  const output: BenchOutput = {
    title: r.title ?? '',
    byline: r.byline ?? null,
    published: r.published ?? null,
    lead: r.lead ?? '',
    source: r.source ?? null,
    bodyText: body.text,
    images: (r.images ?? body.images).map(fix),
    attachments: (r.attachments ?? body.links).map(fix),
  };
  return { ms: r.ms, result: { status: 'ok', output } };
}

/**
 * Runs the named extractors on every page of the given sets in Chromium. The key of the returned map is
 * `<set>|<page id>|<extractor>`.
 */
export async function measureInBrowser(
  sets: { set: string; pages: readonly BenchPage<unknown>[] }[],
  extractors: readonly string[],
  now: Date,
  onPage?: (set: string, done: number, total: number) => void,
): Promise<Map<string, { ms: number; result: Attempt }>> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'bench-browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Minified like the extension's build ships extractor.js (every extractor in the bundle alike): the first
    // capture's cost includes compiling the code, and minified code is what the browser compiles.
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const code = bundle.outputFiles[0]!.text;
  const byKey = new Map<string, string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const html = byKey.get(`${url.hostname}${url.pathname}${url.search}`);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP * 127.0.0.1', '--js-flags=--expose-gc'],
  });
  // Page scripts stay on (a content script meets a live page, and DOMPurify's Trusted Types policy needs them);
  // nothing but the document itself is fetched.
  const newContext = async () => {
    const context = await browser.newContext();
    await context.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
    return context;
  };
  const results = new Map<string, { ms: number; result: Attempt }>();
  try {
    for (const { set, pages } of sets) {
      for (const [i, p] of pages.entries()) {
        const url = servedUrl(p, set, port);
        const u = new URL(url);
        byKey.set(`${u.hostname}${u.pathname}${u.search}`, p.html);
        for (const name of extractors) {
          // Three runs, each on a fresh document: the first with a source this renderer has never compiled (the first
          // capture on a portal), then twice with the same source again (every later capture on that portal: V8
          // reuses the compiled code and regular expressions). Fields are scored on the faster of the later two.
          // Each extractor gets a browser context of its own, so a new renderer: the bundle holds every extractor,
          // and a renderer in which another extractor has run already holds compiled regular expressions and code
          // they share (ours runs Readability).
          const context = await newContext();
          try {
            const page = await context.newPage();
            const source = `${code}\n// ${set} ${p.id} ${name} ${Date.now()}`;
            for (const run of [COLD_SUFFIX, '', ''] as const) {
              await page.goto(url, { waitUntil: 'load' });
              // Let the first layout and paint finish, so that whichever extractor runs first does not pay for them.
              await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
              await page.evaluate(source);
              // The garbage the page load and earlier runs left is collected first: each run pays for its own only.
              await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
              const r = (await page.evaluate(([n, t, u]) => (globalThis as unknown as { __bench: (a: string, b: string, c: string) => unknown }).__bench(n, t, u), [name, now.toISOString(), p.url] as const)) as BrowserResult;
              const key = `${set}|${p.id}|${name}${run}`;
              const attempt = toAttempt(r, (u) => realOrigin(u, p, port));
              // Later captures: the faster of two runs (a run can only be slowed by the machine, never sped up).
              const earlier = results.get(key);
              if (!earlier || attempt.ms < earlier.ms) results.set(key, attempt);
            }
          } finally {
            await context.close();
          }
        }
        onPage?.(set, i + 1, pages.length);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
