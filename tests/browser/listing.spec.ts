import { test, expect, type Page } from '@playwright/test';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, tabIdOf, type ExtensionBrowser, readStore } from './extension';
import { startServer, type Route } from './server';

/**
 * Issue 3, "Lấy tin từ trang danh mục này", in Chromium with the built extension: a Liferay category page on a
 * .gov.vn host with 20 article links amid a menu, a "Tin nổi bật" box and a pager; the editor ticks five (one of
 * them broken), the background fetches them two at a time and saves four, the broken one reports its 404; "Thử
 * lại" reports it again; a second run over the same five skips the four already queued; once the portal puts the
 * missing article back, "Thử lại" saves it, and all five ticked are in the queue.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const SHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screenshots');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const HOST = 'sonoivu.soctrang.gov.vn';
const LIST_PATH = '/web/sonoivu/tin-tuc-su-kien';
/** The server answers article pages slowly, so progress and the two-at-a-time limit can be seen. */
const ARTICLE_DELAY_MS = 500;

/** Four portal fixtures, each linked from the listing under its own platform's path on the listing's host. */
const ARTICLES = ['liferay-stock', 'liferay-vnpt', 'mojoportal', 'nukeviet'].map((name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `extract--${name}`, 'expected.json'), 'utf8')) as { url: string; title: string; published: string | null; images: { src: string }[] };
  const images = expected.images.map((i) => new URL(i.src).pathname);
  return { name, path: new URL(expected.url).pathname, title: expected.title, published: expected.published, images, file: join(FIXTURES, `extract--${name}`, 'source.html') };
});
const BROKEN = { path: '/web/sonoivu/-/asset_publisher/aXfR4pQz8LmN/content/bai-viet-da-bi-go-khoi-cong-thong-tin', title: 'Bài viết đã bị gỡ khỏi cổng thông tin điện tử của Sở' };
/** The page the broken link answers once the portal has put the article back (a fifth portal fixture). */
const RESTORED = join(FIXTURES, 'extract--liferay-dxp', 'source.html');
let restored = false;
const OTHERS = [
  'Hội nghị triển khai khảo sát Chỉ số hài lòng về sự phục vụ hành chính',
  'Rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022 - 2025',
  'Kiểm tra công tác cải cách hành chính tại huyện Châu Thành',
  'Tập huấn kỹ năng sử dụng dịch vụ công trực tuyến toàn trình',
  'Thành phố Sóc Trăng ra mắt mô hình “Thứ Bảy cùng dân”',
  'Nâng cao hiệu quả thực hiện cơ chế một cửa, một cửa liên thông',
  'Hội thi tìm hiểu về cải cách hành chính năm 2023',
  'Đoàn kiểm tra của Bộ Nội vụ làm việc về cải cách chế độ công vụ',
  'Kết quả đo lường sự hài lòng của người dân năm 2022',
  'Ứng dụng chữ ký số trong giải quyết thủ tục hành chính',
  'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính',
  'Sơ kết 6 tháng đầu năm thực hiện Đề án 06 về dữ liệu dân cư',
  'Chuyển đổi số trong công tác văn thư, lưu trữ',
  'Phát động phong trào thi đua thực hiện văn hóa công sở',
  'Huyện Kế Sách tuyên dương cán bộ tiêu biểu trong cải cách hành chính',
];
const slug = (i: number) => `/web/sonoivu/-/asset_publisher/aXfR4pQz8LmN/content/tin-cai-cach-hanh-chinh-so-${i}`;

function item(path: string, title: string, date: string): string {
  // Liferay adds where the reader came from to its own article links.
  const href = path.includes('/-/') ? `${path}?redirect=%2Fweb%2Fsonoivu%2Ftin-tuc-su-kien&inheritRedirect=true` : path;
  return `<div class="asset-abstract"><h3 class="asset-title"><a href="${href}">${title}</a></h3>
    <div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${date}</span><span class="metadata-entry metadata-view-count">Lượt xem: 128</span></div></div>`;
}

/** A Liferay category page: banner and menu, 20 article items, a "Tin nổi bật" box and a pager to page 2. */
function listingPage(page: 1 | 2): string {
  const items =
    page === 1
      ? [
          ...ARTICLES.map((a, i) => item(a.path, a.title, `1${i}/03/2021 08:3${i}`)),
          item(BROKEN.path, BROKEN.title, '09/03/2021 10:00'),
          ...OTHERS.map((title, i) => item(slug(i), title, `0${(i % 8) + 1}/03/2021 15:00`)),
        ]
      : [item(slug(100), 'Tổng kết công tác cải cách hành chính năm 2020 của Sở Nội vụ', '28/02/2021 09:00'), item(slug(101), 'Triển khai kế hoạch cải cách hành chính năm 2021 của tỉnh', '27/02/2021 09:00')];
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Sự kiện - Sở Nội vụ tỉnh Sóc Trăng</title></head>
  <body><header id="banner"><nav id="navigation"><ul><li><a href="/web/sonoivu/trang-chu">Trang chủ</a></li>
    <li><a href="/web/sonoivu/-/gioi-thieu-chung-ve-so-noi-vu-tinh-soc-trang">Giới thiệu chung về Sở Nội vụ tỉnh Sóc Trăng</a></li>
    <li><a href="${LIST_PATH}">Tin tức - Sự kiện</a></li></ul></nav></header>
  <div id="content" class="row"><div id="column-1" class="span8"><section class="portlet-asset-publisher">
    <h1 class="portlet-title">Tin tức - Sự kiện</h1>${items.join('\n')}
    ${page === 1 ? `<ul class="lfr-pagination-buttons pager"><li><a href="javascript:;">Đầu tiên</a></li><li><a href="${LIST_PATH}?_101_INSTANCE_aXfR4pQz8LmN_cur=2">Tiếp theo</a></li></ul>` : ''}
  </section></div>
  <div id="column-2" class="span4"><section><h2>Tin nổi bật</h2><ul>
    <li><a href="${slug(200)}">Tin nổi bật: tổng kết 10 năm thực hiện cơ chế một cửa</a></li>
    <li><a href="${slug(201)}">Tin nổi bật: Sóc Trăng đứng thứ 20 về Chỉ số cải cách hành chính</a></li></ul></section></div></div>
  <footer id="footer">Sở Nội vụ tỉnh Sóc Trăng</footer></body></html>`;
}

/** Requests the server received per path, and the most article requests it was answering at once. */
const hits = new Map<string, number>();
let inFlight = 0;
let peak = 0;

function slow(answer: (res: ServerResponse) => void): Route {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      answer(res);
    }, ARTICLE_DELAY_MS);
  };
}

function routes(): Record<string, Route> {
  const out: Record<string, Route> = {
    [LIST_PATH]: (req, res) => {
      const page = new URL(req.url ?? '/', 'http://x').searchParams.get('_101_INSTANCE_aXfR4pQz8LmN_cur') === '2' ? 2 : 1;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(listingPage(page));
    },
    [BROKEN.path]: slow((res) => {
      if (restored) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(readFileSync(RESTORED));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><p>Không tìm thấy trang</p>');
    }),
  };
  for (const a of ARTICLES) {
    out[a.path] = slow((res) => {
      // Bytes as stored: the page's own <meta charset> says how to decode it.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(readFileSync(a.file));
    });
  }
  return out;
}

const row = (panel: Page, path: string) => panel.locator(`[data-testid="listing-link"][data-url$="${path}"]`);
const result = (panel: Page, path: string) => row(panel, path).getByTestId('listing-result');

async function tick(panel: Page, paths: string[]): Promise<void> {
  for (const path of paths) await row(panel, path).locator('input[type=checkbox]').check();
}

async function storedClips(panel: Page): Promise<{ url: string; title: string; published: string | null }[]> {
  return (await readStore(panel, 'clips')) as unknown as { url: string; title: string; published: string | null }[];
}

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(routes());
  ext = await launchExtension();
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

test('a listing page: five ticked, four saved with progress, the broken link reports its error, re-run skips, retry saves the fifth once it is back', async () => {
  const listUrl = `http://${HOST}:${server.port}${LIST_PATH}`;
  const listing = await ext.context.newPage();
  await listing.goto(listUrl);
  const panel = await ext.openPage('sidepanel.html');
  const tabId = await tabIdOf(panel, listUrl);
  // The real side panel works on its window's active tab; opened as a tab for the test, it is pointed at the listing.
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 1400 });

  await panel.getByTestId('listing-button').click();
  await expect(panel.getByTestId('listing-count')).toHaveAttribute('data-count', '20');
  // Menus and the "Tin nổi bật" box are not listed; dates are; nothing is queued or ticked yet.
  await expect(panel.getByTestId('listing-link').filter({ hasText: 'Giới thiệu chung' })).toHaveCount(0);
  await expect(panel.getByTestId('listing-link').filter({ hasText: 'Tin nổi bật' })).toHaveCount(0);
  await expect(row(panel, ARTICLES[0]!.path).getByTestId('listing-date')).toHaveText('10/03/2021 08:30');
  await expect(panel.getByTestId('listing-queued')).toHaveCount(0);
  await expect(panel.getByTestId('listing-start')).toHaveText('Lấy 0 tin');

  // "Trang tiếp" fetches page 2 through the background and adds its links.
  await panel.getByTestId('listing-next').click();
  await expect(panel.getByTestId('listing-count')).toHaveAttribute('data-count', '22');
  await expect(panel.getByText('Trang 2')).toBeVisible();
  await expect(panel.getByTestId('listing-next')).toHaveCount(0);

  const five = [...ARTICLES.map((a) => a.path), BROKEN.path];
  await tick(panel, five);
  await expect(panel.getByTestId('listing-start')).toHaveText('Lấy 5 tin');
  const before = server.requests.length;
  await panel.getByTestId('listing-start').click();

  // Progress while it runs: a bar over five items, some being fetched.
  const progress = panel.getByTestId('listing-progress');
  await expect(progress).toHaveAttribute('data-total', '5');
  await expect(panel.locator('[data-testid="listing-result"][data-state="working"]').first()).toBeVisible();
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('data-done', '5');
  expect(peak, 'two pages fetched at a time').toBe(2);
  // Pages are read in an inert frame: their styles, scripts and other images are not fetched. Besides the five
  // pages, only the saved articles' own images are asked for (saved with each item, and shown as thumbnails).
  const articleImages = ARTICLES.flatMap((a) => a.images);
  const during = server.requests.slice(before).filter((r) => !five.some((path) => r.endsWith(path)));
  expect(during.filter((r) => !articleImages.some((path) => r.endsWith(path))), 'nothing but the pages and their articles’ images').toEqual([]);

  for (const a of ARTICLES) await expect(result(panel, a.path), a.name).toHaveAttribute('data-state', 'saved');
  await expect(result(panel, BROKEN.path)).toHaveAttribute('data-state', 'error');
  await expect(result(panel, BROKEN.path)).toHaveText('Không tìm thấy trang (lỗi HTTP 404): liên kết hỏng hoặc bài đã bị gỡ.');
  await expect(panel.getByTestId('listing-summary')).toHaveText('Xong: 4 tin mới, 0 tin đã có, 1 lỗi.');
  // Saved ones are now marked and unticked; the broken one stays ticked.
  for (const a of ARTICLES) await expect(row(panel, a.path)).toHaveAttribute('data-queued', 'true');
  await expect(row(panel, BROKEN.path).locator('input[type=checkbox]')).toBeChecked();
  await expect(panel.getByTestId('listing-start')).toHaveText('Lấy 1 tin');

  // What the background stored is what the extractor reads in a tab: same titles and dates as the fixtures.
  const clips = await storedClips(panel);
  expect(clips).toHaveLength(4);
  for (const a of ARTICLES) {
    const clip = clips.find((c) => new URL(c.url).pathname === a.path);
    expect(clip?.title, a.name).toBe(a.title);
    expect(clip?.published, a.name).toBe(a.published);
  }
  // The picture shows the broken link's error, the saved ones above it, the progress and "Thử lại".
  await row(panel, BROKEN.path).scrollIntoViewIfNeeded();
  await panel.screenshot({ path: join(SHOTS, 'sidepanel-listing.png') });

  // "Thử lại" fetches only the failed link again, and it fails again with its message.
  await panel.getByTestId('listing-retry').click();
  await expect.poll(() => hits.get(BROKEN.path)).toBe(2);
  await expect(progress).toHaveAttribute('data-state', 'done');
  await expect(result(panel, BROKEN.path)).toHaveAttribute('data-state', 'error');
  await expect(result(panel, BROKEN.path)).toContainText('HTTP 404');
  await expect(panel.getByTestId('listing-summary')).toHaveText('Xong: 4 tin mới, 0 tin đã có, 1 lỗi.');
  for (const a of ARTICLES) expect(hits.get(a.path), a.name).toBe(1);

  // Running the same five again: the four already queued are skipped without being fetched.
  await tick(panel, ARTICLES.map((a) => a.path));
  await expect(panel.getByTestId('listing-start')).toHaveText('Lấy 5 tin');
  await panel.getByTestId('listing-start').click();
  await expect(panel.getByTestId('listing-summary')).toHaveText('Xong: 0 tin mới, 4 tin đã có, 1 lỗi.', { timeout: 30_000 });
  for (const a of ARTICLES) await expect(result(panel, a.path), a.name).toHaveAttribute('data-state', 'skipped');
  await expect(result(panel, BROKEN.path)).toHaveAttribute('data-state', 'error');
  for (const a of ARTICLES) expect(hits.get(a.path), a.name).toBe(1);
  expect(await storedClips(panel)).toHaveLength(4);
  await panel.screenshot({ path: join(SHOTS, 'sidepanel-listing-rerun.png') });

  // The portal puts the article back: "Thử lại" fetches it once more and saves it; the five ticked are all queued.
  restored = true;
  await panel.getByTestId('listing-retry').click();
  await expect(result(panel, BROKEN.path)).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(row(panel, BROKEN.path)).toHaveAttribute('data-queued', 'true');
  await expect(panel.getByTestId('listing-summary')).toHaveText('Xong: 1 tin mới, 4 tin đã có, 0 lỗi.');
  expect(hits.get(BROKEN.path)).toBe(4);
  for (const a of ARTICLES) expect(hits.get(a.path), a.name).toBe(1);
  const all = await storedClips(panel);
  expect(all).toHaveLength(5);
  expect(all.some((c) => new URL(c.url).pathname === BROKEN.path)).toBe(true);
  await Promise.all([panel.close(), listing.close()]);
});

test('a listing page outside the host permissions cannot be read without the toolbar button', async () => {
  // hanoimoi.vn resolves to the test server too, but the extension has no host permission for it.
  const page = await ext.context.newPage();
  await page.goto(`http://hanoimoi.vn:${server.port}${LIST_PATH}`);
  const panel = await ext.openPage('sidepanel.html');
  const tabId = await tabIdOf(panel, page.url());
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('listing-button').click();
  await expect(panel.getByTestId('listing-error')).toContainText('chưa có quyền đọc trang này');
  await Promise.all([panel.close(), page.close()]);
});
