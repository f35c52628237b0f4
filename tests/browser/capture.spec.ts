import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureTab, launchExtension, tabIdOf, type ExtensionBrowser, openDashboard, readStore } from './extension';
import { startServer, type ServedFixture } from './server';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let extPage: Page;

interface Expected {
  title: string;
  lead: string;
  author: string | null;
  published: string | null;
  images: { src: string }[];
}

const isGovernmentHost = (host: string) => /(\.gov\.vn|\.chinhphu\.vn|^baochinhphu\.vn)$/.test(host) || host === 'chinhphu.vn';

function expectedOf(fixture: ServedFixture): Expected {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', fixture.name, 'expected.json'), 'utf8')) as Expected;
}

/** An image address without scheme and port: pages are served on the test server's port over plain HTTP. */
function pathOf(src: string): string {
  const u = new URL(src);
  return `${u.hostname}${u.pathname}${u.search}`;
}

test.beforeAll(async () => {
  server = await startServer();
  ext = await launchExtension();
  extPage = await openDashboard(ext);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

async function storedClip(clipId: string) {
  const [clip = {}] = await readStore(extPage, 'clips', clipId);
  const [body = {}] = await readStore(extPage, 'bodies', clipId);
  return { clip, body };
}

test('every portal fixture is captured through capture-tab with the right title, date, lead, author and images', async () => {
  expect(server.fixtures.length).toBeGreaterThan(0);
  for (const fixture of server.fixtures) {
    const expected = expectedOf(fixture);
    const page = await ext.context.newPage();
    await page.goto(fixture.url);
    const tabId = await tabIdOf(extPage, fixture.url);
    const response = await captureTab(extPage, tabId);
    if (!isGovernmentHost(new URL(fixture.url).hostname)) {
      // Outside the host permissions a page is read only after the editor clicks the toolbar (activeTab).
      expect(response, fixture.name).toMatchObject({ ok: false, error: { code: 'no-permission' } });
      await page.close();
      continue;
    }
    expect(response, fixture.name).toMatchObject({ ok: true, duplicate: false });
    if (!response.ok) continue;
    const { clip, body } = await storedClip(response.clipId);
    expect(clip['title'], fixture.name).toBe(expected.title);
    expect(clip['published'], fixture.name).toBe(expected.published);
    expect(clip['lead'], fixture.name).toBe(expected.lead);
    expect(clip['author'], fixture.name).toBe(expected.author);
    const images = (body['images'] as { src: string }[]).map((i) => pathOf(i.src));
    expect(images, fixture.name).toEqual(expected.images.map((i) => pathOf(i.src)));
    if (expected.published && expected.published.length > 10) expect(expected.published).toMatch(/\+07:00$/);
    // Capturing again does not make a second item.
    const again = await captureTab(extPage, tabId);
    expect(again, fixture.name).toEqual({ ok: true, clipId: response.clipId, duplicate: true });
    await page.close();
  }
});
