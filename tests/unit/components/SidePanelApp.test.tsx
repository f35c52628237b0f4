import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { article, freshDb, renderWithApp, seed, stubLayout } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  stubLayout();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SidePanelApp', () => {
  it('opens an item from the queue and comes back to the same list', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article({ title: 'Tin trong bảng bên' })]);
    renderWithApp(<SidePanelApp />, db);
    expect(await screen.findByText('Trợ lý tin bài CCHC')).toBeTruthy();
    fireEvent.change(await screen.findByTestId('queue-search'), { target: { value: 'bang ben' } });
    const row = await screen.findByTestId('queue-row');
    await waitFor(() => expect(row.textContent).toContain('Tin trong bảng bên'));
    fireEvent.click(row);
    expect((await screen.findByTestId('clip-title')).textContent).toBe('Tin trong bảng bên');
    expect(screen.getByTestId('clip-view').dataset.clipId).toBe(id);
    fireEvent.click(screen.getByTestId('clip-back'));
    await waitFor(() => expect(screen.queryByTestId('clip-view')).toBeNull());
    expect((screen.getByTestId('queue-search') as HTMLInputElement).value).toBe('bang ben');
  });

  it('the open-tabs button shows and hides the tab picker', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    renderWithApp(<SidePanelApp />, freshDb());
    fireEvent.click(await screen.findByTestId('open-tabs-button'));
    expect(await screen.findByText('Không có tab nào khác đang mở.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('open-tabs-button'));
    await waitFor(() => expect(screen.queryByTestId('open-tabs-panel')).toBeNull());
  });

  it('the listing button shows and hides "Lấy tin từ trang danh mục này"', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, page: { url: 'http://a.gov.vn/tin', links: [], nextPages: [] } } as never);
    renderWithApp(<SidePanelApp />, freshDb());
    fireEvent.click(await screen.findByTestId('listing-button'));
    expect((await screen.findByTestId('listing-none')).textContent).toContain('Không thấy liên kết bài viết nào');
    fireEvent.click(screen.getByTestId('listing-button'));
    await waitFor(() => expect(screen.queryByTestId('listing-panel')).toBeNull());
  });
});
