import { test, expect, type Page } from '@playwright/test';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { captureTab, launchExtension, openDashboard, readStore, tabIdOf, type ExtensionBrowser } from './extension';
import { photoPng, startServer } from './server';

/**
 * Issue 3: an item's images are saved with it. Once saved they are shown from the extension's own copy, so the
 * item stays complete after the source server is gone; an image that cannot be downloaded never fails the capture.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let extPage: Page;

const HOST = 'sonoivu.soctrang.gov.vn';
const paragraphs = [
  'Sáng ngày 15/3/2024, Sở Nội vụ tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.',
  'Theo báo cáo, trong quý I, các cơ quan, đơn vị đã tiếp nhận và giải quyết đúng hạn hơn 98% hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến toàn trình tiếp tục tăng so với cùng kỳ năm trước.',
  'Phát biểu chỉ đạo, Giám đốc Sở Nội vụ đề nghị các đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ tại Bộ phận Một cửa các cấp và đẩy mạnh chuyển đổi số.',
  'Hội nghị cũng thống nhất các nhiệm vụ trọng tâm trong quý II, trong đó chú trọng công tác kiểm tra cải cách hành chính và khảo sát sự hài lòng của người dân, tổ chức.',
];

/** An article page with these images, each followed by a caption. */
function articlePage(title: string, images: string[]) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    images = images.map((src) => src.replace('{port}', String(server.port)));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/">Cổng thông tin điện tử Sở Nội vụ</a></header>
<article><h1>${title}</h1><p class="date">15/03/2024 10:30</p>
<p><strong>Sở Nội vụ vừa tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2024.</strong></p>
${paragraphs.map((p, i) => `<p>${p}</p>${images[i] ? `<figure><img src="${images[i]}" alt="Ảnh ${i + 1}" width="480" height="300"><figcaption>Quang cảnh hội nghị (ảnh ${i + 1})</figcaption></figure>` : ''}`).join('\n')}
</article><footer>Sở Nội vụ tỉnh Sóc Trăng</footer></body></html>`);
  };
}

const photo = photoPng(480, 300);
const routes = {
  '/cchc/so-ket-quy-1.html': articlePage('Sơ kết công tác cải cách hành chính quý I năm 2024', ['/uploads/hoi-nghi-1.png', '/uploads/hoi-nghi-2.png']),
  '/cchc/anh-bi-mat.html': articlePage('Hội nghị triển khai Bộ phận Một cửa hiện đại', ['/uploads/mot-cua.png', '/uploads/da-xoa.png']),
  '/cchc/anh-ben-ngoai.html': articlePage('Tọa đàm chuyển đổi số trong cải cách hành chính', ['/uploads/mot-cua.png', 'http://media.bao-dia-phuong.vn:{port}/uploads/toa-dam.png']),
  '/uploads/da-xoa.png': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>404</title><p>Không tìm thấy trang</p>');
  },
  '/uploads/mot-cua.png': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(photo);
  },
};

test.beforeAll(async () => {
  server = await startServer(routes);
  ext = await launchExtension();
  extPage = await openDashboard(ext);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop().catch(() => undefined);
});

/** Opens an article of the test server in a tab and captures it through the background, as the popup does. */
async function capture(path: string) {
  const url = `http://${HOST}:${server.port}${path}`;
  const page = await ext.context.newPage();
  await page.goto(url);
  const response = await captureTab(extPage, await tabIdOf(extPage, url));
  await page.close();
  return response;
}

/** The item's image records as stored, waiting until none is still waiting. */
async function settledImages(clipId: string) {
  let rows: Record<string, unknown>[] = [];
  await expect
    .poll(async () => {
      rows = (await readStore(extPage, 'images')).filter((r) => r['clipId'] === clipId);
      return rows.length > 0 && rows.every((r) => r['state'] !== 'waiting');
    }, { timeout: 20_000 })
    .toBe(true);
  return rows.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
}

async function openClip(title: string): Promise<Page> {
  const dash = await openDashboard(ext);
  await dash.getByTestId('queue-row').filter({ hasText: title }).first().click();
  await expect(dash.getByTestId('clip-view')).toBeVisible();
  return dash;
}

test('a clip’s images are still shown after the source server is stopped', async () => {
  const response = await capture('/cchc/so-ket-quy-1.html');
  expect(response).toMatchObject({ ok: true, duplicate: false });
  if (!response.ok) return;
  const rows = await settledImages(response.clipId);
  expect(rows.map((r) => [r['id'], r['state'], r['type']])).toEqual([
    [`${response.clipId}:0`, 'saved', 'image/png'],
    [`${response.clipId}:1`, 'saved', 'image/png'],
  ]);
  expect(rows.every((r) => r['bytes'] === photo.length)).toBe(true);

  await server.stop();
  const before = server.requests.length;
  const dash = await openClip('Sơ kết công tác cải cách hành chính quý I năm 2024');
  const images = dash.getByTestId('clip-body').locator('img');
  await expect(images).toHaveCount(2);
  await expect
    .poll(() =>
      images.evaluateAll((nodes) =>
        (nodes as HTMLImageElement[]).map((img) => ({ blob: img.src.startsWith('blob:'), width: img.complete ? img.naturalWidth : 0 })),
      ),
    )
    .toEqual([
      { blob: true, width: 480 },
      { blob: true, width: 480 },
    ]);
  await expect(dash.getByTestId('clip-images')).toHaveAttribute('data-saved', '2');
  await expect(dash.getByTestId('clip-images-line')).toHaveText('Ảnh lưu kèm: 2/2 đã lưu trên máy');
  await dash.screenshot({ path: 'reports/images-offline.png', fullPage: true });
  expect(server.requests.length).toBe(before);
  await dash.close();
});

test('an image that answers 404 fails alone: the capture succeeds and the clip view tells one failed', async () => {
  // The previous test stopped the server; serve again on a new port.
  server = await startServer(routes);
  const response = await capture('/cchc/anh-bi-mat.html');
  expect(response).toMatchObject({ ok: true, duplicate: false });
  if (!response.ok) return;
  const rows = await settledImages(response.clipId);
  expect(rows.map((r) => r['state'])).toEqual(['saved', 'failed']);
  expect(rows[1]!['error']).toBe('http: HTTP 404');
  const [clip] = await readStore(extPage, 'clips', response.clipId);
  expect(clip?.['title']).toBe('Hội nghị triển khai Bộ phận Một cửa hiện đại');

  const dash = await openClip('Hội nghị triển khai Bộ phận Một cửa hiện đại');
  await expect(dash.getByTestId('clip-images')).toHaveAttribute('data-failed', '1');
  await expect(dash.getByTestId('clip-images-line')).toHaveText('Ảnh lưu kèm: 1/2 đã lưu trên máy · 1 lỗi');
  await expect(dash.getByTestId('clip-images-reasons')).toContainText('máy chủ báo lỗi');
  const srcs = await dash.getByTestId('clip-body').locator('img').evaluateAll((nodes) => (nodes as HTMLImageElement[]).map((img) => img.src));
  expect(srcs[0]).toMatch(/^blob:/);
  expect(srcs[1]).toMatch(/\/uploads\/da-xoa\.png$/);
  // "Tải lại ảnh lỗi" asks again; the image is still gone, so it stays failed with one more attempt.
  await dash.getByTestId('clip-images-retry').click();
  await expect.poll(async () => (await readStore(extPage, 'images', `${response.clipId}:1`))[0]?.['attempts']).toBe(2);
  await expect(dash.getByTestId('clip-images')).toHaveAttribute('data-failed', '1');
  await dash.close();
});

test('an image on a host the extension may not read fails with a reason and a button to grant that host', async () => {
  const response = await capture('/cchc/anh-ben-ngoai.html');
  expect(response).toMatchObject({ ok: true, duplicate: false });
  if (!response.ok) return;
  const rows = await settledImages(response.clipId);
  expect(rows.map((r) => r['state'])).toEqual(['saved', 'failed']);
  expect(rows[1]!['error']).toMatch(/^no-permission: .*media\.bao-dia-phuong\.vn/);
  const dash = await openClip('Tọa đàm chuyển đổi số trong cải cách hành chính');
  await expect(dash.getByTestId('clip-images-reasons')).toContainText('tiện ích chưa có quyền đọc máy chủ chứa ảnh');
  await expect(dash.getByTestId('clip-images-grant')).toHaveText('Cho phép đọc ảnh từ media.bao-dia-phuong.vn');
  const manifest = await extPage.evaluate(() => chrome.runtime.getManifest() as { optional_host_permissions?: string[]; host_permissions?: string[] });
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  expect(manifest.host_permissions).not.toContain('*://*/*');
  await dash.close();
});
