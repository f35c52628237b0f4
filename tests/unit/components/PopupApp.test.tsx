import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { CapturePreview } from '../../../lib/messages';
import { freshDb, renderWithApp } from './helpers';

const PREVIEW: CapturePreview = {
  title: 'Cải cách hành chính tại Bộ phận Một cửa',
  published: '2024-03-17T21:01:00+07:00',
  lead: 'Huyện nâng cao chất lượng phục vụ người dân.',
  firstImage: 'https://sonoivu.soctrang.gov.vn/a.jpg',
  siteName: 'Sở Nội vụ Sóc Trăng',
  url: 'https://sonoivu.soctrang.gov.vn/tin-a',
  alreadyQueued: false,
};

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
  window.history.replaceState(null, '', '/popup.html?tabId=42');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type Reply = (message: { type: string; tabId: number }) => unknown;

function answer(reply: Reply) {
  return vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number }) => reply(message)) as never);
}

describe('PopupApp', () => {
  it('previews the tab named by ?tabId= and saves it', async () => {
    const send = answer((m) => (m.type === 'preview-tab' ? { ok: true, preview: PREVIEW } : { ok: true, clipId: 'c1', duplicate: false }));
    renderWithApp(<PopupApp />, freshDb());

    expect((await screen.findByTestId('preview-title')).textContent).toBe(PREVIEW.title);
    expect(screen.getByTestId('preview-date').textContent).toBe('17/03/2024 21:01');
    expect(screen.getByTestId('preview-lead').textContent).toBe(PREVIEW.lead);
    expect(screen.getByTestId('preview-image').getAttribute('src')).toBe(PREVIEW.firstImage);
    expect(send).toHaveBeenCalledWith({ type: 'preview-tab', tabId: 42 });

    fireEvent.click(screen.getByTestId('save-button'));
    const result = await screen.findByTestId('capture-result');
    expect(result.dataset.state).toBe('saved');
    expect(result.textContent).toBe('Đã lưu vào hàng đợi.');
    expect(send).toHaveBeenCalledWith({ type: 'capture-tab', tabId: 42 });
  });

  it('shows "already queued", no date, and a duplicate result in the warning colour', async () => {
    answer((m) =>
      m.type === 'preview-tab' ? { ok: true, preview: { ...PREVIEW, published: null, alreadyQueued: true } } : { ok: true, clipId: 'c1', duplicate: true },
    );
    renderWithApp(<PopupApp />, freshDb());
    expect((await screen.findByTestId('preview-date')).textContent).toBe('Không rõ ngày đăng');
    expect(screen.getByText('Đã có trong hàng đợi')).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-button'));
    await waitFor(() => expect(screen.getByTestId('capture-result').dataset.state).toBe('duplicate'));
  });

  it('shows the background’s error message for a failed preview or save', async () => {
    answer(() => ({ ok: false, error: { code: 'pdf', message: 'Đây là tệp PDF, không phải trang tin bài.' } }));
    renderWithApp(<PopupApp />, freshDb());
    const alert = await screen.findByTestId('preview-error');
    expect(alert.textContent).toContain('Đây là tệp PDF, không phải trang tin bài.');
    expect(screen.queryByTestId('save-button')).toBeNull();
  });

  it('says the extension is not ready when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    renderWithApp(<PopupApp />, freshDb());
    expect((await screen.findByTestId('preview-error')).textContent).toContain('Tiện ích chưa sẵn sàng');
  });
});
