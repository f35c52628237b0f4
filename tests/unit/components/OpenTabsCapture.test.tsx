import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpenTabsCapture } from '../../../components/sidepanel/OpenTabsCapture';
import { freshDb, renderWithApp } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const TABS = [
  { id: 1, url: 'https://sonoivu.soctrang.gov.vn/tin-1', title: 'Tin một' },
  { id: 2, url: 'https://chinhphu.vn/tin-2', title: 'Tin hai' },
  { id: 3, url: 'https://cchc.tiengiang.gov.vn/tin-3', title: 'Tin ba' },
  { id: 4, url: 'https://baochinhphu.vn/tin-4', title: 'Tin bốn' },
  { id: 5, title: undefined, url: undefined },
  { id: 6, url: 'chrome://extensions/', title: 'Tiện ích' },
  { id: 7, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html?tabId=1`, title: 'Popup' },
];

function option(id: number): HTMLElement {
  const el = screen.getAllByTestId('tab-option').find((o) => o.dataset.tabId === String(id));
  if (!el) throw new Error(`no option for tab ${id}`);
  return el;
}

describe('OpenTabsCapture', () => {
  it('lists tabs, preselects the readable ones and disables the others', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue(TABS as never);
    renderWithApp(<OpenTabsCapture onClose={() => {}} />, freshDb());
    await waitFor(() => expect(screen.getAllByTestId('tab-option')).toHaveLength(6));
    const box = (id: number) => option(id).querySelector('input[type=checkbox]') as HTMLInputElement;
    expect([1, 2, 3, 4].map((id) => box(id).checked)).toEqual([true, true, true, true]);
    expect(box(5).disabled).toBe(true);
    expect(option(5).textContent).toContain('Chưa có quyền đọc tab này');
    expect(box(6).disabled).toBe(true);
    expect(screen.getByTestId('tabs-start').textContent).toBe('Lấy 4 tab');
    fireEvent.click(box(4));
    expect(screen.getByTestId('tabs-start').textContent).toBe('Lấy 3 tab');
  });

  it('captures two at a time, shows each result and does not stop on a failure', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue(TABS as never);
    let inFlight = 0;
    let peak = 0;
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number }) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      if (message.tabId === 1) return { ok: true, clipId: 'a', duplicate: false };
      if (message.tabId === 2) return { ok: true, clipId: 'b', duplicate: true };
      if (message.tabId === 3) return { ok: false, error: { code: 'no-article', message: 'Không tìm thấy bài viết trên trang này.' } };
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    vi.spyOn(console, 'error').mockImplementation(() => {});

    renderWithApp(<OpenTabsCapture onClose={() => {}} />, freshDb());
    await waitFor(() => expect(screen.getByTestId('tabs-start').textContent).toBe('Lấy 4 tab'));
    fireEvent.click(screen.getByTestId('tabs-start'));

    await waitFor(() => expect(screen.getAllByTestId('tab-result')).toHaveLength(4));
    const state = (id: number) => screen.getAllByTestId('tab-result').find((r) => r.dataset.tabId === String(id));
    expect(state(1)?.dataset.state).toBe('ok');
    expect(state(2)?.dataset.state).toBe('duplicate');
    expect(state(2)?.textContent).toBe('Đã có, đã cập nhật');
    expect(state(3)?.dataset.state).toBe('error');
    expect(state(3)?.textContent).toBe('Không tìm thấy bài viết trên trang này.');
    expect(state(4)?.dataset.state).toBe('error');
    expect(send).toHaveBeenCalledTimes(4);
    expect(send).toHaveBeenCalledWith({ type: 'capture-tab', tabId: 3 });
    expect(peak).toBe(2);
    const progress = screen.getByTestId('tabs-progress');
    expect(progress.dataset.done).toBe('4');
    expect(await screen.findByText('Xong: 1 tin mới, 1 tin đã có, 2 lỗi.')).toBeTruthy();
    // Only the failures stay ticked, ready for a retry.
    await waitFor(() => expect(screen.getByTestId('tabs-start').textContent).toBe('Lấy 2 tab'));
  });
});
