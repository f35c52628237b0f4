import { test, expect, type Page } from '@playwright/test';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureTab, launchExtension, tabIdOf, type ExtensionBrowser, openDashboard, readStore } from './extension';
import { startServer } from './server';

/**
 * One test per failure class: each gets a clear Vietnamese message and leaves nothing half-saved.
 */
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let extPage: Page;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const html = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng TTĐT</title></head><body>${body}</body></html>`);
};

const routes = {
  '/van-ban/47_KH-UBND.signed.pdf': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(PDF);
  },
  '/van-ban/tai-ve.aspx': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(PDF);
  },
  '/anh/hoi-nghi.png': (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  },
  '/dang-nhap': html(
    '<header><h1>Hệ thống quản lý văn bản và điều hành</h1></header><form action="/dang-nhap" method="post"><label>Tên đăng nhập <input name="u"></label><label>Mật khẩu <input type="password" name="p"></label><button>Đăng nhập</button></form><footer>Sở Nội vụ tỉnh Sóc Trăng</footer>',
  ),
  '/trang-chu': html(
    `<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức - Sự kiện</a> <a href="/cchc">Cải cách hành chính</a></nav><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/tin-${i}">Tin cải cách hành chính số ${i}</a> (2${i % 9}/03/2024)</li>`).join('')}</ul>`,
  ),
  '/dang-tai': (_req: IncomingMessage, res: ServerResponse) => {
    // A page that never finishes loading and keeps changing.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đang tải</title></head><body><h1>Bản tin trực tiếp hội nghị cải cách hành chính</h1>');
    let n = 0;
    const timer = setInterval(() => {
      n++;
      res.write(`<p>Cập nhật ${n}: Hội nghị tiếp tục thảo luận về cải cách thủ tục hành chính, chuyển đổi số và nâng cao chất lượng phục vụ người dân.</p>`);
      if (n > 150) {
        clearInterval(timer);
        res.end('</body></html>');
      }
    }, 100);
    res.on('close', () => clearInterval(timer));
  },
};

test.beforeAll(async () => {
  server = await startServer(routes);
  ext = await launchExtension();
  extPage = await openDashboard(ext);
});

test.afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

async function clipCount(): Promise<number> {
  return (await readStore(extPage, 'clips')).length;
}

async function captureUrl(url: string, waitUntil: 'load' | 'commit' = 'load') {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil }).catch(() => undefined);
  const tabId = await tabIdOf(extPage, url);
  const response = await captureTab(extPage, tabId);
  await page.close();
  return response;
}

const gov = (path: string) => `http://sonoivu.soctrang.gov.vn:${server.port}${path}`;

for (const [name, url, code, words] of [
  ['a browser-internal page', 'chrome://version/', 'unsupported-page', 'trang nội bộ'],
  ['a PDF file', '/van-ban/47_KH-UBND.signed.pdf', 'pdf', 'PDF'],
  ['an image file', '/anh/hoi-nghi.png', 'image', 'hình ảnh'],
  ['a page behind a login', '/dang-nhap', 'login-required', 'đăng nhập'],
  ['a page with no article', '/trang-chu', 'no-article', 'Không tìm thấy bài viết'],
] as const) {
  test(`${name} is refused with a Vietnamese message and nothing is saved`, async () => {
    const before = await clipCount();
    const response = await captureUrl(url.startsWith('/') ? gov(url) : url);
    expect(response).toMatchObject({ ok: false, error: { code } });
    if (!response.ok) expect(response.error.message).toContain(words);
    expect(await clipCount()).toBe(before);
  });
}

test('a PDF served from an address without .pdf is recognised by its content', async () => {
  const response = await captureUrl(gov('/van-ban/tai-ve.aspx'));
  expect(response.ok).toBe(false);
  if (!response.ok) expect(['pdf', 'unsupported-page']).toContain(response.error.code);
});

test('a page that keeps changing while being read is refused', async () => {
  const before = await clipCount();
  const response = await captureUrl(gov('/dang-tai'), 'commit');
  expect(response).toMatchObject({ ok: false, error: { code: 'page-changed' } });
  if (!response.ok) expect(response.error.message).toContain('thay đổi');
  expect(await clipCount()).toBe(before);
});

test('a full disk is told and nothing is half-written', async () => {
  // A real full disk: a second browser whose profile lives on a small tmpfs that we fill up.
  const dir = mkdtempSync(join(tmpdir(), 'full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]);
  let small: ExtensionBrowser | null = null;
  try {
    small = await launchExtension({ userDataDir: join(dir, 'profile') });
    const page = await openDashboard(small);
    const fixture = server.fixtures.find((f) => f.name === 'extract--liferay-stock')!;
    const tab = await small.context.newPage();
    await tab.goto(fixture.url);
    const tabId = await tabIdOf(page, fixture.url);
    // Fill what is left of the disk.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=1M', 'count=100'], { stdio: 'ignore' });
    } catch {
      /* dd stops with "No space left on device": that is the point */
    }
    const response = await captureTab(page, tabId);
    expect(response).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    if (!response.ok) expect(response.error.message).toContain('Bộ nhớ đầy');
    rmSync(join(dir, 'filler'), { force: true });
    const count = (await readStore(page, 'clips')).length;
    expect(count).toBe(0);
  } finally {
    await small?.close();
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
