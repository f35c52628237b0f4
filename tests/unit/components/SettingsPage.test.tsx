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

describe('Dashboard settings', () => {
  it('switches the interface to English and stores the choice', async () => {
    renderWithApp(<DashboardApp />, freshDb());
    expect(await screen.findByText('Ngôn ngữ giao diện')).toBeTruthy();
    expect(screen.getByTestId('nav-queue').textContent).toContain('Hàng đợi');
    fireEvent.click(screen.getByLabelText('English'));
    await waitFor(() => expect(screen.getByText('Interface language')).toBeTruthy());
    expect(screen.getByTestId('nav-queue').textContent).toContain('Queue');
    expect(await fakeBrowser.storage.local.get('settings.language')).toEqual({ 'settings.language': 'en' });
    expect(document.documentElement.lang).toBe('en');
  });

  it('has the queue, the plan and the settings in its navigation, in that order', async () => {
    renderWithApp(<DashboardApp />, freshDb());
    await screen.findByTestId('nav-settings');
    const nav = screen.getByTestId('nav-settings').parentElement!;
    expect(Array.from(nav.querySelectorAll('button')).map((b) => b.getAttribute('data-testid'))).toEqual(['nav-queue', 'nav-plan', 'nav-settings']);
  });
});
