import { describe, expect, it } from 'vitest';
import { createJobRunner, captureUrl, type JobPorts } from '../../../lib/capture/capture-job';
import type { FetchedPage } from '../../../lib/capture/fetched-page';
import { parseFetchedHtml } from '../../../lib/capture/parse-fetched-html';
import { readDocument } from '../../../lib/capture/read-document';
import { NewsDeskDb } from '../../../lib/db/database';
import type { CaptureJob } from '../../../lib/db/types';

let n = 0;
const NOW = new Date('2026-11-23T03:00:00Z');
const SITE = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/-/asset_publisher/aXfR/content';

function articleHtml(title: string): string {
  const para = `Thời gian qua, công tác cải cách hành chính trên địa bàn huyện tiếp tục được quan tâm chỉ đạo, ${title.toLowerCase()} đạt nhiều kết quả quan trọng, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp.`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
    <div class="journal-content-article"><h1>${title}</h1><p>Ngày đăng 17/03/2021 | 21:01</p>${`<p>${para}</p>`.repeat(6)}</div></body></html>`;
}

const page = (url: string, body: string, status = 200, contentType = 'text/html; charset=utf-8'): FetchedPage => ({ url, status, contentType, bytes: new TextEncoder().encode(body) });

interface Fake {
  ports: JobPorts;
  fetched: string[];
  peak: () => number;
  notified: CaptureJob[];
}

/** Ports over a fake web: `pages` maps an address to what the server answers (or an error to throw). */
function fake(pages: Record<string, FetchedPage | Error>, options: { delayMs?: number; mayFetch?: (url: string) => boolean } = {}): Fake {
  let inFlight = 0;
  let peak = 0;
  const fetched: string[] = [];
  const notified: CaptureJob[] = [];
  const ports: JobPorts = {
    db: new NewsDeskDb(`capture-job-${Date.now()}-${n++}`),
    now: () => 1_700_000_000_000 + n,
    newId: () => `id-${n++}`,
    storageFree: async () => 1e9,
    language: async () => 'vi',
    mayFetch: async (url) => (options.mayFetch ?? ((u) => new URL(u).hostname.endsWith('.gov.vn')))(url),
    fetchPage: async (url) => {
      fetched.push(url);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 5));
      inFlight--;
      const answer = pages[url] ?? page(url, '<p>Không tìm thấy trang</p>', 404);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    // happy-dom's parsed documents have a window; the offscreen document's inert frame is tested in inert-host.test.ts.
    readHtml: async (html, url) => readDocument(parseFetchedHtml(new DOMParser(), html, url), { url, now: NOW }),
    notify: (job) => notified.push(structuredClone(job)),
  };
  return { ports, fetched, peak: () => peak, notified };
}

const TITLES = ['Một cửa liên thông tại xã Đại Ân', 'Tập huấn dịch vụ công trực tuyến', 'Khảo sát sự hài lòng năm 2022', 'Số hóa hồ sơ thủ tục hành chính'];
const GOOD = TITLES.map((title, i) => ({ url: `${SITE}/tin-${i}`, title }));
const BROKEN = `${SITE}/tin-da-go`;

function web(): Record<string, FetchedPage> {
  return Object.fromEntries(GOOD.map((g) => [g.url, page(g.url, articleHtml(g.title))]));
}

async function run(f: Fake, urls: string[]): Promise<CaptureJob> {
  const runner = createJobRunner(f.ports);
  const job = await runner.start(urls, `${SITE}`);
  await runner.idle();
  return (await f.ports.db.jobs.get(job.id))!;
}

describe('capture job', () => {
  it('fetches two at a time, saves each article and reports a broken link without stopping the others', async () => {
    const f = fake(web(), { delayMs: 20 });
    const job = await run(f, [GOOD[0]!.url, GOOD[1]!.url, BROKEN, GOOD[2]!.url, GOOD[3]!.url]);
    expect(f.peak()).toBe(2);
    expect(job.state).toBe('done');
    expect(job.items.map((i) => i.state)).toEqual(['saved', 'saved', 'error', 'saved', 'saved']);
    expect(job.items[0]!.title).toBe(TITLES[0]);
    expect(job.items[2]!.error).toMatchObject({ code: 'http-error', detail: 'HTTP 404' });
    expect(job.items[2]!.error!.message).toBe('Không tìm thấy trang (lỗi HTTP 404): liên kết hỏng hoặc bài đã bị gỡ.');
    expect(await f.ports.db.clips.count()).toBe(4);
    // Progress was told as it went: items waiting, then working, then done, and the job ends done.
    expect(f.notified.some((j) => j.items.some((i) => i.state === 'working'))).toBe(true);
    expect(f.notified.at(-1)?.state).toBe('done');
  });

  it('skips addresses already queued without fetching them again', async () => {
    const f = fake(web());
    await run(f, [GOOD[0]!.url, GOOD[1]!.url]);
    f.fetched.length = 0;
    const again = await run(f, [GOOD[0]!.url, `${GOOD[1]!.url}?utm_source=zalo#top`, GOOD[2]!.url]);
    expect(again.items.map((i) => i.state)).toEqual(['skipped', 'skipped', 'saved']);
    expect(again.items[0]!.title).toBe(TITLES[0]);
    expect(f.fetched).toEqual([GOOD[2]!.url]);
  });

  it('retries only the failed items', async () => {
    const pages: Record<string, FetchedPage | Error> = { ...web(), [BROKEN]: new TypeError('Failed to fetch') };
    const f = fake(pages);
    const runner = createJobRunner(f.ports);
    const job = await runner.start([GOOD[0]!.url, BROKEN], null);
    await runner.idle();
    expect((await f.ports.db.jobs.get(job.id))!.items[1]!.error?.code).toBe('network-error');
    pages[BROKEN] = page(BROKEN, articleHtml('Bài đã sửa đường dẫn'));
    f.fetched.length = 0;
    await runner.retry(job.id);
    await runner.idle();
    const after = (await f.ports.db.jobs.get(job.id))!;
    expect(f.fetched).toEqual([BROKEN]);
    expect(after.items.map((i) => i.state)).toEqual(['saved', 'saved']);
    expect(after.state).toBe('done');
    expect(await runner.retry('gone')).toBeNull();
  });

  it('goes on with a job a stopped service worker left half done', async () => {
    const f = fake(web());
    const now = Date.now();
    await f.ports.db.jobs.add({
      id: 'left', source: null, state: 'running', createdAt: now, updatedAt: now,
      items: [
        { url: GOOD[0]!.url, state: 'saved', clipId: 'x', title: TITLES[0]!, error: null },
        { url: GOOD[1]!.url, state: 'working', clipId: null, title: null, error: null },
        { url: GOOD[2]!.url, state: 'waiting', clipId: null, title: null, error: null },
      ],
    });
    const runner = createJobRunner(f.ports);
    await runner.resume();
    await runner.idle();
    const job = (await f.ports.db.jobs.get('left'))!;
    expect(job.items.map((i) => i.state)).toEqual(['saved', 'saved', 'saved']);
    expect(f.fetched).toEqual([GOOD[1]!.url, GOOD[2]!.url]);
  });
});

describe('captureUrl errors', () => {
  const one = async (url: string, pages: Record<string, FetchedPage | Error> = {}, mayFetch?: (u: string) => boolean) => {
    const f = fake(pages, { mayFetch });
    return { outcome: await captureUrl(f.ports, url), fetched: f.fetched };
  };

  it.each([
    ['ftp://sonoivu.soctrang.gov.vn/tin.html', 'bad-url', 'http hoặc https'],
    ['không phải địa chỉ', 'bad-url', 'http hoặc https'],
    ['https://example.com/tin-bai.html', 'no-permission', '.gov.vn'],
    ['http://sotp.gov.vn/files/47_KH-UBND.signed.pdf', 'pdf', 'PDF'],
  ])('%s fails before fetching: %s', async (url, code, words) => {
    const { outcome, fetched } = await one(url);
    expect(outcome).toMatchObject({ state: 'error', error: { code } });
    expect(outcome.error!.message).toContain(words);
    expect(fetched).toEqual([]);
  });

  it.each([
    [500, 'http-server', 'HTTP 500'],
    [403, 'http-forbidden', 'HTTP 403'],
    [429, 'http-error', 'HTTP 429'],
  ])('HTTP %s is told with its status', async (status, _key, words) => {
    const url = `${SITE}/x`;
    const { outcome } = await one(url, { [url]: page(url, 'lỗi', status) });
    expect(outcome.error?.code).toBe('http-error');
    expect(outcome.error?.message).toContain(words);
  });

  it('a network error, a PDF served from an article address, a page with no article and a sign-in page', async () => {
    const url = `${SITE}/x`;
    expect((await one(url, { [url]: new TypeError('Failed to fetch') })).outcome.error).toMatchObject({ code: 'network-error', detail: 'TypeError: Failed to fetch' });
    expect((await one(url, { [url]: page(url, '%PDF-1.7', 200, 'application/pdf') })).outcome.error?.code).toBe('pdf');
    const home = '<html lang="vi"><head><title>Trang chủ</title></head><body><ul><li><a href="/a">Giới thiệu</a></li><li><a href="/b">Liên hệ</a></li></ul></body></html>';
    expect((await one(url, { [url]: page(url, home) })).outcome.error?.code).toBe('no-article');
    const login = '<html><body><form><input name="u"><input type="password" name="p"><button>Đăng nhập</button></form></body></html>';
    expect((await one(url, { [url]: page(url, login) })).outcome.error?.code).toBe('login-required');
  });

  it('a reader that answers nonsense is an internal error, not a crash', async () => {
    const url = `${SITE}/x`;
    const f = fake({ [url]: page(url, articleHtml('Tin')) });
    f.ports.readHtml = async () => ({ ok: 'yes' });
    expect((await captureUrl(f.ports, url)).error?.code).toBe('internal');
    f.ports.readHtml = async () => ({ ok: true, extraction: { title: '' } });
    expect((await captureUrl(f.ports, url)).error?.code).toBe('invalid-extraction');
  });
});
