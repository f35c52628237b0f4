import { test, expect, type Page } from '@playwright/test';
import { launchExtension, type ExtensionBrowser, openDashboard, readStore } from './extension';
import { startServer } from './server';

/**
 * The keyboard command and both context menus run `capture-active-tab` in the background: the tests send that
 * message because a headless browser cannot press the shortcut or open a context menu.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let extPage: Page;

test.beforeAll(async () => {
  server = await startServer();
  ext = await launchExtension();
  extPage = await openDashboard(ext);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

const captureActive = (selectionOnly: boolean) =>
  extPage.evaluate((sel) => chrome.runtime.sendMessage({ type: 'capture-active-tab', selectionOnly: sel }), selectionOnly) as Promise<
    { ok: true; clipId: string; duplicate: boolean } | { ok: false; error: { code: string; message: string } }
  >;

async function stored(clipId: string): Promise<{ title: string; published: string | null; selectionOnly: boolean; wordCount: number; markdown: string }> {
  const [clip = {}] = await readStore(extPage, 'clips', clipId);
  const [body = {}] = await readStore(extPage, 'bodies', clipId);
  return { title: clip['title'] as string, published: clip['published'] as string | null, selectionOnly: clip['selectionOnly'] as boolean, wordCount: clip['wordCount'] as number, markdown: body['markdown'] as string };
}

test('the selection menu saves only the selected part and keeps the page’s title and date', async () => {
  const f = server.fixtures.find((x) => x.name === 'extract--mojoportal')!;
  const page = await ext.context.newPage();
  await page.goto(f.url);
  const selected = await page.evaluate(() => {
    const p = document.querySelectorAll('#article_text p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return p.textContent!.trim();
  });
  await page.bringToFront();
  const response = await captureActive(true);
  expect(response.ok).toBe(true);
  if (!response.ok) return;
  const clip = await stored(response.clipId);
  expect(clip.selectionOnly).toBe(true);
  expect(clip.title).toContain('Bến Tre');
  expect(clip.published).toBe('2023-08-17T09:55:00+07:00');
  expect(clip.markdown.replace(/\s+/g, ' ')).toContain(selected.replace(/\s+/g, ' ').slice(0, 60));
  expect(clip.wordCount).toBeLessThan(200);
  await page.close();
});

test('the keyboard command and page menu save the whole active page', async () => {
  const f = server.fixtures.find((x) => x.name === 'extract--webcenter')!;
  const page = await ext.context.newPage();
  await page.goto(f.url);
  await page.bringToFront();
  const response = await captureActive(false);
  expect(response).toMatchObject({ ok: true, duplicate: false });
  if (response.ok) expect((await stored(response.clipId)).wordCount).toBeGreaterThan(300);
  await page.close();
});

test('selection menu with nothing selected says so', async () => {
  const f = server.fixtures.find((x) => x.name === 'extract--huecit')!;
  const page = await ext.context.newPage();
  await page.goto(f.url);
  await page.bringToFront();
  const response = await captureActive(true);
  expect(response).toMatchObject({ ok: false, error: { code: 'no-selection' } });
  await page.close();
});
