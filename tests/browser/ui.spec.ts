import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureTab, launchExtension, tabIdOf, type ExtensionBrowser, openDashboard } from './extension';
import { startServer, type ServedFixture } from './server';

/** The popup, the side panel (with "Lấy tin từ các tab đang mở") and the dashboard, driven as an editor would. */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const SHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');

const fixture = (name: string): ServedFixture => server.fixtures.find((f) => f.name === `extract--${name}`)!;
const expectedOf = (f: ServedFixture) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', f.name, 'expected.json'), 'utf8')) as {
    title: string;
    author: string | null;
    published: string | null;
    lead: string;
  };

async function openTab(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  ext = await launchExtension();
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

test('popup previews the page, saves it, and says so when it is already queued', async () => {
  const f = fixture('liferay-vnpt');
  const expected = expectedOf(f);
  const article = await openTab(f.url);
  const helper = await openDashboard(ext);
  const tabId = await tabIdOf(helper, f.url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('preview-title')).toHaveText(expected.title);
  await expect(popup.getByTestId('preview-date')).toContainText('31/05/2023');
  await expect(popup.getByTestId('preview-lead')).toContainText(expected.lead.slice(0, 40));
  await expect(popup.getByTestId('preview-image')).toBeVisible();
  await popup.screenshot({ path: join(SHOTS, 'popup.png') });
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('capture-result')).toHaveAttribute('data-state', 'saved');
  await expect(popup.getByTestId('capture-result')).toContainText('Đã lưu');
  await popup.screenshot({ path: join(SHOTS, 'popup-saved.png') });
  await popup.reload();
  await expect(popup.getByTestId('preview-already-queued')).toBeVisible();
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('capture-result')).toHaveAttribute('data-state', 'duplicate');
  await expect(popup.getByTestId('capture-result')).toContainText('đã có trong hàng đợi');
  await Promise.all([popup.close(), article.close(), helper.close()]);
});

test('side panel captures the ticked open tabs with progress and per-tab errors', async () => {
  const pages = await Promise.all([openTab(fixture('mojoportal').url), openTab(fixture('huecit').url), openTab(fixture('3cms').url)]);
  const internal = await ext.context.newPage();
  await internal.goto('chrome://version/');
  const panel = await ext.openPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.getByTestId('open-tabs-button').click();
  const options = panel.getByTestId('tab-option');
  await expect(options.first()).toBeVisible();
  // Readable portal tabs are preselected; the browser's own page cannot be ticked.
  const ids = await Promise.all(pages.map((p) => tabIdOf(panel, p.url())));
  for (const id of ids) await expect(panel.locator(`[data-testid="tab-option"][data-tab-id="${id}"] input[type=checkbox]`)).toBeChecked();
  // The browser's own page shows no address to the extension: listed, greyed out, not selectable.
  await expect(panel.locator('[data-testid="tab-option"]:not([data-access="ok"]) input[type=checkbox]').first()).toBeDisabled();
  await panel.screenshot({ path: join(SHOTS, 'sidepanel-tabs.png') });
  await panel.getByTestId('tabs-start').click();
  for (const id of ids) await expect(panel.locator(`[data-testid="tab-result"][data-tab-id="${id}"]`)).toHaveAttribute('data-state', 'ok');
  await expect(panel.getByTestId('tabs-progress')).toBeVisible();
  // The queue below shows them.
  for (const name of ['mojoportal', 'huecit', '3cms']) {
    await expect(panel.getByTestId('queue-row').filter({ hasText: expectedOf(fixture(name)).title }).first()).toBeVisible();
  }
  await panel.screenshot({ path: join(SHOTS, 'sidepanel.png') });
  await Promise.all([...pages.map((p) => p.close()), internal.close(), panel.close()]);
});

test('dashboard: item view with metadata, diacritic-free search, filters, delete and undo', async () => {
  const dash = await openDashboard(ext);
  for (const name of ['liferay-stock', 'nukeviet', 'sharepoint']) {
    const page = await openTab(fixture(name).url);
    const r = await captureTab(dash, await tabIdOf(dash, fixture(name).url));
    expect(r.ok).toBe(true);
    await page.close();
  }
  const nuke = expectedOf(fixture('nukeviet'));
  await dash.reload();
  await expect(dash.getByTestId('queue-row').first()).toBeVisible();
  await dash.getByTestId('queue-row').filter({ hasText: nuke.title }).first().click();
  const view = dash.getByTestId('clip-view');
  await expect(view.getByTestId('clip-title')).toHaveText(nuke.title);
  await expect(view).toContainText('28/10/2019');
  await expect(view).toContainText(nuke.author!);
  await expect(view.getByTestId('clip-lead')).toContainText(nuke.lead.slice(0, 30));
  await expect(view.getByTestId('clip-body').locator('img').first()).toBeVisible();
  await expect(view.getByTestId('clip-original-link')).toHaveAttribute('href', fixture('nukeviet').url);
  await dash.screenshot({ path: join(SHOTS, 'dashboard.png') });

  // "ly lich tu phap" finds "lý lịch tư pháp"; typing without diacritics is how editors search.
  await dash.getByTestId('queue-search').fill('ly lich tu phap');
  await expect(dash.getByTestId('queue-row')).toHaveCount(1);
  await expect(dash.getByTestId('queue-row').first()).toContainText(nuke.title);
  await dash.getByTestId('queue-search').fill('');
  await expect(dash.getByTestId('queue-row').nth(1)).toBeVisible();

  // Delete with undo.
  const before = await dash.getByTestId('queue-row').count();
  const row = dash.getByTestId('queue-row').filter({ hasText: nuke.title }).first();
  await row.locator('input[type=checkbox]').check();
  await dash.getByTestId('delete-selected').click();
  await expect(dash.getByTestId('queue-row')).toHaveCount(before - 1);
  await dash.getByTestId('undo-delete').click();
  await expect(dash.getByTestId('queue-row')).toHaveCount(before);
  await dash.close();
});
