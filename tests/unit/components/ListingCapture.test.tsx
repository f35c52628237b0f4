import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListingCapture } from '../../../components/sidepanel/ListingCapture';
import type { NewsDeskDb } from '../../../lib/db/database';
import type { CaptureJob } from '../../../lib/db/types';
import type { ListedPage } from '../../../lib/messages';
import { freshDb, renderWithApp } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LIST = 'http://sonoivu.soctrang.gov.vn/web/sonoivu/cai-cach-hanh-chinh';
const url = (i: number) => `http://sonoivu.soctrang.gov.vn/web/sonoivu/-/asset_publisher/a/content/tin-${i}`;
const PAGE1: ListedPage = {
  url: LIST,
  links: [
    { url: url(1), title: 'Mỹ Xuyên nâng cao chất lượng một cửa', date: '2021-03-17T21:01:00+07:00', queued: false },
    { url: url(2), title: 'Công bố Chỉ số cải cách hành chính', date: null, queued: true },
    { url: url(3), title: 'Đẩy mạnh số hóa hồ sơ thủ tục hành chính', date: '2021-03-16', queued: false },
  ],
  nextPages: [`${LIST}?page=2`],
};
const PAGE2: ListedPage = { url: `${LIST}?page=2`, links: [{ url: url(4), title: 'Tập huấn dịch vụ công trực tuyến', date: null, queued: false }], nextPages: [] };

function row(i: number): HTMLElement {
  const el = screen.getAllByTestId('listing-link').find((r) => r.dataset.url === url(i));
  if (!el) throw new Error(`no row for ${i}`);
  return el;
}
const box = (i: number) => row(i).querySelector('input[type=checkbox]') as HTMLInputElement;

/** A fake background: answers the listing messages and, for capture-urls, stores a job the test then moves on. */
function background(db: NewsDeskDb) {
  const sent: { type: string; [k: string]: unknown }[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; urls?: string[] }) => {
    sent.push(message);
    if (message.type === 'list-links') return { ok: true, page: PAGE1 };
    if (message.type === 'list-page') return { ok: true, page: PAGE2 };
    if (message.type === 'capture-urls') {
      const job: CaptureJob = { id: 'job-1', source: LIST, state: 'running', createdAt: 1, updatedAt: 1, items: message.urls!.map((u) => ({ url: u, state: 'waiting', clipId: null, title: null, error: null })) };
      await db.jobs.put(job);
      return { ok: true, jobId: job.id };
    }
    if (message.type === 'retry-job') return { ok: true, jobId: 'job-1' };
    throw new Error(`unexpected ${message.type}`);
  }) as never);
  return sent;
}

describe('ListingCapture', () => {
  it('lists the links with their dates, marks the queued one and leaves everything unticked', async () => {
    const db = freshDb();
    background(db);
    renderWithApp(<ListingCapture onClose={() => {}} />, db);
    await waitFor(() => expect(screen.getAllByTestId('listing-link')).toHaveLength(3));
    expect(row(1).textContent).toContain('17/03/2021 21:01');
    expect(row(2).dataset.queued).toBe('true');
    expect(within(row(2)).getByTestId('listing-queued').textContent).toBe('Đã có');
    expect([1, 2, 3].map((i) => box(i).checked)).toEqual([false, false, false]);
    expect(screen.getByTestId('listing-start').textContent).toBe('Lấy 0 tin');
    fireEvent.click(screen.getByLabelText('Chọn tất cả tin chưa có'));
    expect([1, 2, 3].map((i) => box(i).checked)).toEqual([true, false, true]);
    expect(screen.getByTestId('listing-start').textContent).toBe('Lấy 2 tin');
  });

  it('"Trang tiếp" adds the next page’s links', async () => {
    const db = freshDb();
    const sent = background(db);
    renderWithApp(<ListingCapture onClose={() => {}} />, db);
    fireEvent.click(await screen.findByTestId('listing-next'));
    await waitFor(() => expect(screen.getAllByTestId('listing-link')).toHaveLength(4));
    expect(sent.find((m) => m.type === 'list-page')).toEqual({ type: 'list-page', url: `${LIST}?page=2` });
    expect(screen.getByText('Trang 2')).toBeTruthy();
    expect(screen.queryByTestId('listing-next')).toBeNull();
  });

  it('starts a job with the ticked links, shows its progress and each outcome, and retries the failures', async () => {
    const db = freshDb();
    const sent = background(db);
    renderWithApp(<ListingCapture onClose={() => {}} />, db);
    await waitFor(() => expect(screen.getAllByTestId('listing-link')).toHaveLength(3));
    fireEvent.click(box(1));
    fireEvent.click(box(3));
    fireEvent.click(screen.getByTestId('listing-start'));
    await waitFor(() => expect(sent.find((m) => m.type === 'capture-urls')).toEqual({ type: 'capture-urls', urls: [url(1), url(3)], source: LIST }));
    const progress = await screen.findByTestId('listing-progress');
    expect(progress.dataset.total).toBe('2');
    expect(within(row(1)).getByTestId('listing-result').textContent).toBe('Đang chờ');

    await db.jobs.update('job-1', {
      updatedAt: 2,
      items: [
        { url: url(1), state: 'saved', clipId: 'c1', title: 'Mỹ Xuyên', error: null },
        { url: url(3), state: 'working', clipId: null, title: null, error: null },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('listing-progress').dataset.done).toBe('1'));
    expect(within(row(3)).getByTestId('listing-result').textContent).toBe('Đang lấy…');

    await db.jobs.update('job-1', {
      updatedAt: 3,
      state: 'done',
      items: [
        { url: url(1), state: 'saved', clipId: 'c1', title: 'Mỹ Xuyên', error: null },
        { url: url(3), state: 'error', clipId: null, title: null, error: { code: 'http-error', message: 'Không tìm thấy trang (lỗi HTTP 404).' } },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('listing-summary').textContent).toBe('Xong: 1 tin mới, 0 tin đã có, 1 lỗi.'));
    expect(within(row(3)).getByTestId('listing-result').textContent).toContain('404');
    // The saved one is now marked queued and unticked; the failure stays ticked for another go.
    expect(row(1).dataset.queued).toBe('true');
    await waitFor(() => expect([box(1).checked, box(3).checked]).toEqual([false, true]));
    fireEvent.click(screen.getByTestId('listing-retry'));
    await waitFor(() => expect(sent.at(-1)).toEqual({ type: 'retry-job', jobId: 'job-1' }));
  });

  it('follows the job from the background’s progress messages too', async () => {
    const db = freshDb();
    background(db);
    renderWithApp(<ListingCapture onClose={() => {}} />, db);
    await waitFor(() => expect(screen.getAllByTestId('listing-link')).toHaveLength(3));
    fireEvent.click(box(1));
    fireEvent.click(screen.getByTestId('listing-start'));
    await screen.findByTestId('listing-progress');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'job-progress', job: { id: 'job-1', source: LIST, state: 'done', createdAt: 1, updatedAt: 9, items: [{ url: url(1), state: 'skipped', clipId: 'c', title: 'x', error: null }] } },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await waitFor(() => expect(screen.getByTestId('listing-summary').textContent).toBe('Xong: 0 tin mới, 1 tin đã có, 0 lỗi.'));
  });

  it('tells why the page cannot be listed', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: { code: 'unsupported-page', message: 'Không thể lưu trang nội bộ của trình duyệt.' } } as never);
    renderWithApp(<ListingCapture onClose={() => {}} />, freshDb());
    expect((await screen.findByTestId('listing-error')).textContent).toContain('Không thể lưu trang nội bộ');
  });
});
