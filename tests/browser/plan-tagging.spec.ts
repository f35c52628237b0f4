import { test, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { launchExtension, openDashboard, readStore, tabIdOf, type ExtensionBrowser } from './extension';
import { startServer, type ServedFixture } from './server';

/**
 * Issue 4 end to end: the coordinator imports a plan document and makes it active; an editor captures a page,
 * accepts the suggested area in the popup, and the dashboard's plan page counts one more item for that area.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', 'ke-hoach-cai-rang-2020.txt');
const SHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');

const fixture = (name: string): ServedFixture => server.fixtures.find((f) => f.name === `extract--${name}`)!;

test.beforeAll(async () => {
  server = await startServer();
  ext = await launchExtension();
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

async function areaCount(dashboard: Page, area: string): Promise<string> {
  return (await dashboard.locator(`[data-testid="area-row"][data-area="${area}"] [data-testid="area-captured"]`).textContent()) ?? '';
}

test('import a plan, make it active, capture, accept the suggested area, and the area count rises', async () => {
  const dashboard = await openDashboard(ext);
  await dashboard.getByTestId('nav-plan').click();
  // A new install starts with the built-in nine areas.
  await expect(dashboard.getByTestId('area-row')).toHaveCount(9);
  await expect(dashboard.locator('[data-area="tthc"]')).toBeVisible();

  await dashboard.getByTestId('plan-import-toggle').click();
  const chooser = dashboard.waitForEvent('filechooser');
  await dashboard.getByTestId('plan-file').click();
  await (await chooser).setFiles(SEED);
  await expect(dashboard.getByTestId('plan-draft')).toBeVisible();
  await expect(dashboard.getByTestId('draft-title')).toHaveValue(/cải cách hành chính năm 2020/);
  await expect(dashboard.getByTestId('draft-area')).toHaveCount(9);
  await dashboard.getByTestId('plan-save').click();
  await expect(dashboard.getByTestId('plan-draft')).toHaveCount(0);
  await expect(dashboard.getByTestId('plan-select')).toHaveValue(/2020 · .*cải cách hành chính năm 2020/);
  // The imported plan's areas have no codes: they are keyed area-1 … area-9.
  await expect(dashboard.getByTestId('area-row')).toHaveCount(9);
  await expect(dashboard.locator('[data-area="area-8"]')).toContainText('hiện đại hóa hành chính');
  expect(await areaCount(dashboard, 'area-8')).toBe('0');

  // An article about online public services, captured through the popup.
  const f = fixture('nukeviet');
  const article = await ext.context.newPage();
  await article.goto(f.url);
  const tabId = await tabIdOf(dashboard, f.url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('capture-result')).toHaveAttribute('data-state', 'saved');
  // Mantine's chip is a label over a visually hidden checkbox.
  const chip = popup.locator('[data-testid="tag-chips"] input[type="checkbox"]').first();
  await expect(popup.locator('[data-testid="tag-chips"] label').first()).toBeVisible();
  await expect(chip).not.toBeChecked();
  await popup.screenshot({ path: join(SHOTS, 'popup-tag-chips.png') });
  const chipArea = await popup.locator('[data-testid="tag-chip"]').first().getAttribute('data-area');
  expect(chipArea).toBe('area-8');
  await popup.locator('[data-testid="tag-chips"] label').first().click();
  await expect(chip).toBeChecked();

  const [clip] = await readStore(dashboard, 'clips');
  expect(clip!['tags']).toEqual(['area-8']);
  const learned = await readStore(dashboard, 'meta', 'tagging.learned');
  expect(learned).toHaveLength(1);
  await expect(dashboard.locator('[data-area="area-8"] [data-testid="area-captured"]')).toHaveText('1');
  await dashboard.screenshot({ path: join(SHOTS, 'dashboard-plan.png'), fullPage: true });
});
