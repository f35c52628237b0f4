// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClipView } from '../../../components/queue/ClipView';
import { withSavedImages } from '../../../components/queue/use-saved-images';
import { article, freshDb, renderWithApp, seed, stubMatchMedia } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  stubMatchMedia();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const A = 'https://cchc.soctrang.gov.vn/anh/a.jpg';
const B = 'https://cchc.soctrang.gov.vn/anh/b.jpg';
const C = 'https://cdn.example.com/c.jpg';

describe('the images of an item in the clip view', () => {
  it('says how many are saved, waiting and failed, why, and retries through save-images', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article({ html: `<p>Bài</p><img src="${A}"><img src="${B}"><img src="${C}">`, images: [A, B, C].map((src) => ({ src, alt: '', caption: '' })) })]);
    await db.images.update(`${id}:1`, { state: 'failed', attempts: 1, error: 'http: HTTP 404' });
    await db.images.update(`${id}:2`, { state: 'failed', attempts: 1, error: 'no-permission: No host permission for cdn.example.com' });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, clipId: id } as never);
    renderWithApp(<ClipView clipId={id!} />, db);

    const line = await screen.findByTestId('clip-images-line');
    expect(line.textContent).toBe('Ảnh lưu kèm: 0/3 đã lưu trên máy · 1 đang chờ tải · 2 lỗi');
    expect(screen.getByTestId('clip-images-reasons').textContent).toBe(
      'Lý do: máy chủ báo lỗi (ảnh không còn hoặc bị chặn); tiện ích chưa có quyền đọc máy chủ chứa ảnh.',
    );
    expect(screen.getByTestId('clip-images-grant').textContent).toBe('Cho phép đọc ảnh từ cdn.example.com');
    // Images not saved keep their original address.
    expect(screen.getByTestId('clip-body').querySelector('img')?.getAttribute('src')).toBe(A);
    fireEvent.click(screen.getByTestId('clip-images-retry'));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'save-images', clipId: id }));
  });

  it('shows nothing for an item without images', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article()]);
    renderWithApp(<ClipView clipId={id!} />, db);
    await screen.findByTestId('clip-title');
    expect(screen.queryByTestId('clip-images')).toBeNull();
  });
});

describe('withSavedImages', () => {
  it('points saved images at their object URL and leaves the others', () => {
    const html = `<figure><img src="${A}" srcset="${A} 2x" alt="Hội nghị"><figcaption>Hội nghị</figcaption></figure><img src="${B}">`;
    const out = withSavedImages(html, new Map([[A, 'blob:chrome-extension://x/1']]));
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const [first, second] = Array.from(doc.querySelectorAll('img'));
    expect(first?.getAttribute('src')).toBe('blob:chrome-extension://x/1');
    expect(first?.hasAttribute('srcset')).toBe(false);
    expect(first?.getAttribute('data-original-src')).toBe(A);
    expect(first?.getAttribute('alt')).toBe('Hội nghị');
    expect(second?.getAttribute('src')).toBe(B);
    expect(withSavedImages(html, new Map())).toBe(html);
  });
});
