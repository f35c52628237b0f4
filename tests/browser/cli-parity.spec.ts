import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { captureTab, launchExtension, openDashboard, tabIdOf, type ExtensionBrowser, readStore } from './extension';
import { listFixtures, startServer } from './server';

/** `npm run extract` on a saved copy of a page gives what the extension stores when it captures that page. */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let extPage: Page;
const root = join(import.meta.dirname, '..', '..');

test.beforeAll(async () => {
  server = await startServer();
  ext = await launchExtension();
  extPage = await openDashboard(ext);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

async function stored(clipId: string): Promise<Record<string, unknown>> {
  const [clip = {}] = await readStore(extPage, 'clips', clipId);
  const [body = {}] = await readStore(extPage, 'bodies', clipId);
  return { ...clip, ...body };
}

const squash = (s: unknown) => String(s).replace(/\s+/g, ' ').trim();

for (const name of ['extract--liferay-stock', 'extract--generic-windows1258', 'extract--baochinhphu', 'extract--nukeviet']) {
  test(`${name}: the command line and the extension agree`, async () => {
    const fixture = server.fixtures.find((f) => f.name === name)!;
    const file = listFixtures().find((f) => f.name === name)!.file;
    const page = await ext.context.newPage();
    await page.goto(fixture.url);
    const response = await captureTab(extPage, await tabIdOf(extPage, fixture.url));
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const inBrowser = await stored(response.clipId);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'extract.ts'), file, '--url', fixture.url], { cwd: root, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as Record<string, unknown>;
    for (const key of ['title', 'lead', 'author', 'source', 'published', 'updated', 'canonicalUrl', 'siteName', 'images', 'attachments', 'wordCount']) {
      expect(inBrowser[key], `${name}: ${key}`).toEqual(fromCli[key]);
    }
    expect(squash(inBrowser['markdown'])).toBe(squash(fromCli['markdown']));
    await page.close();
  });
}
