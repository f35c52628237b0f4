import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardApp } from '../../../components/dashboard/DashboardApp';
import { freshDb, renderWithApp } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
  window.history.replaceState(null, '', '/dashboard.html#/settings');
});
afterEach(() => cleanup());

describe('Image size cap setting', () => {
  it('shows the default 20 MB, refuses a bad value in Vietnamese and stores a good one', async () => {
    renderWithApp(<DashboardApp />, freshDb());
    const input = (await screen.findByTestId('image-cap-input')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('20'));
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('image-cap-save'));
    expect(await screen.findByText('Hãy nhập một số lớn hơn 0 và không quá 500 MB.')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('settings.imageCapMb')).toEqual({});
    fireEvent.change(input, { target: { value: '7,5' } });
    fireEvent.click(screen.getByTestId('image-cap-save'));
    expect((await screen.findByTestId('image-cap-saved')).textContent).toBe('Đã lưu: tối đa 7,5 MB ảnh cho mỗi tin.');
    expect(await fakeBrowser.storage.local.get('settings.imageCapMb')).toEqual({ 'settings.imageCapMb': 7.5 });
  });
});
