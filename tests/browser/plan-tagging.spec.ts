import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planDocx } from '../support/plan-docx';
import { captureTab, launchExtension, openDashboard, readStore, tabIdOf, type ExtensionBrowser } from './extension';
import { startServer, type ServedFixture } from './server';
import { seedPath } from '../support/shared-dir';

/**
 * Issue 4 end to end: the coordinator imports a plan document and makes it active; an editor captures a page,
 * accepts the suggested area in the popup, and the dashboard's plan page counts one more item for that area.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const SEED = seedPath('ke-hoach-cai-rang-2020.txt');
const TIEN_GIANG = seedPath('ke-hoach-tien-giang-skhcn-2020.txt');
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
  await popup.screenshot({ path: join(SHOTS, 'popup-tag-chips.png'), fullPage: true });
  // The other areas open in a list that fits the popup.
  await popup.getByRole('combobox', { name: 'Gắn nội dung' }).click();
  await expect(popup.getByRole('listbox', { name: 'Gắn nội dung' })).toBeVisible();
  await popup.screenshot({ path: join(SHOTS, 'popup-tag-pick.png'), fullPage: true });
  await popup.keyboard.press('Escape');
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

test('a Word plan is read and edited before saving, edited again once kept, and an item tagged from the queue counts', async () => {
  const dashboard = await openDashboard(ext);
  await dashboard.getByTestId('nav-plan').click();
  await dashboard.getByTestId('plan-import-toggle').click();
  const chooser = dashboard.waitForEvent('filechooser');
  await dashboard.getByTestId('plan-file').click();
  const word = await planDocx(readFileSync(TIEN_GIANG, 'utf8'));
  await (await chooser).setFiles({ name: 'ke-hoach-tien-giang-2020.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: word });
  const draft = dashboard.getByTestId('plan-draft');
  await expect(draft).toBeVisible();
  await expect(draft.getByTestId('draft-area')).toHaveCount(6);
  await expect(draft.getByTestId('edit-unit')).toHaveCount(2);
  await expect(draft.getByTestId('edit-quota')).toHaveCount(1);

  // The coordinator shortens the first area's title and adds a keyword to the last one before saving.
  await draft.getByTestId('draft-area').first().fill('Kế hoạch CCHC giai đoạn 2016–2020');
  const keywords = draft.getByTestId('area-keywords').nth(5);
  await keywords.fill('dịch vụ công trực tuyến');
  await keywords.press('Enter');
  await dashboard.getByTestId('plan-save').click();
  await expect(dashboard.getByTestId('plan-draft')).toHaveCount(0);
  await expect(dashboard.getByTestId('plan-select')).toHaveValue(/^2020 · /);
  await expect(dashboard.getByTestId('area-row')).toHaveCount(6);
  await expect(dashboard.locator('[data-testid="area-row"][data-area="area-1"]')).toContainText('Kế hoạch CCHC giai đoạn 2016–2020');
  const saved = (await readStore(dashboard, 'plans')).find((p) => (p['plan'] as { areas: unknown[] }).areas.length === 6)!;
  const areas = (saved['plan'] as { areas: { code: string; keywords?: string[] }[] }).areas;
  expect(areas.map((a) => a.code)).toEqual(['area-1', 'area-2', 'area-3', 'area-4', 'area-5', 'area-6']);
  expect(areas[5]!.keywords).toEqual(['dịch vụ công trực tuyến']);

  // Editing the kept plan: removing the fourth area leaves the others' keys (and so their items) where they were.
  await dashboard.getByTestId('plan-edit-toggle').click();
  const edit = dashboard.getByTestId('plan-edit');
  await edit.screenshot({ path: join(SHOTS, 'dashboard-plan-editor.png') });
  await edit.getByRole('button', { name: 'Bỏ nội dung này' }).nth(3).click();
  await expect(edit.getByTestId('draft-area')).toHaveCount(5);
  await edit.getByTestId('plan-edit-save').click();
  await expect(dashboard.getByTestId('plan-edit')).toHaveCount(0);
  await expect(dashboard.getByTestId('area-row')).toHaveCount(5);
  expect(await dashboard.getByTestId('area-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')))).toEqual(['area-1', 'area-2', 'area-3', 'area-5', 'area-6']);
  expect(await areaCount(dashboard, 'area-6')).toBe('0');

  // An editor captures a page without the popup (the page menu), then tags it from the queue's item view.
  const f = fixture('mojoportal');
  const article = await ext.context.newPage();
  await article.goto(f.url);
  const result = await captureTab(dashboard, await tabIdOf(dashboard, f.url));
  expect(result.ok).toBe(true);
  await dashboard.getByTestId('nav-queue').click();
  const title = (await readStore(dashboard, 'clips', result.ok ? result.clipId : ''))[0]!['title'] as string;
  await dashboard.getByTestId('queue-row').filter({ hasText: title }).first().click();
  const view = dashboard.getByTestId('clip-view');
  await expect(view.getByTestId('tag-chips')).toBeVisible();
  await view.getByRole('combobox', { name: 'Gắn nội dung' }).click();
  await dashboard.getByRole('listbox', { name: 'Gắn nội dung' }).getByRole('option', { name: /Chính quyền điện tử/ }).click();
  // Mantine puts the chip's data attributes on its (visually hidden) checkbox.
  await expect(view.locator('[data-testid="tag-chip"][data-area="area-6"]')).toBeChecked();
  const [clip] = await readStore(dashboard, 'clips', result.ok ? result.clipId : '');
  expect(clip!['tags']).toEqual(['area-6']);

  await dashboard.getByTestId('nav-plan').click();
  await expect(dashboard.locator('[data-area="area-6"] [data-testid="area-captured"]')).toHaveText('1');
  await dashboard.screenshot({ path: join(SHOTS, 'dashboard-plan-edited.png'), fullPage: true });

  // The built-in template is no longer needed: deleting it asks first, and the items keep their areas.
  const template = dashboard.getByTestId('other-plan').filter({ hasText: 'Mẫu có sẵn' });
  await expect(dashboard.getByTestId('other-plan')).toHaveCount(2);
  await template.getByTestId('plan-delete').click();
  await template.getByTestId('plan-delete-confirm').click();
  await expect(dashboard.getByTestId('other-plan')).toHaveCount(1);
  expect(await readStore(dashboard, 'plans')).toHaveLength(2);
  expect((await readStore(dashboard, 'clips', result.ok ? result.clipId : ''))[0]!['tags']).toEqual(['area-6']);
  await article.close();
});
