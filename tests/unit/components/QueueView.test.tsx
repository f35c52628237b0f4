import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QueueView } from '../../../components/queue/QueueView';
import { setClipStatus } from '../../../lib/db/clip-store';
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

async function rowTitles(): Promise<string[]> {
  const rows = await screen.findAllByTestId('queue-row');
  return rows.map((row) => row.textContent ?? '');
}

describe('QueueView', () => {
  it('shows the empty-queue text when nothing is saved', async () => {
    const db = freshDb();
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    expect(await screen.findByText('Chưa có tin nào. Mở một bài trên cổng thông tin rồi bấm nút tiện ích để lưu.')).toBeTruthy();
    expect(screen.getByTestId('queue-count').textContent).toContain('0 tin');
  });

  it('lists items newest first with site, Vietnamese date and status', async () => {
    const db = freshDb();
    await seed(db, [article({ title: 'Tin cũ hơn', published: '2024-02-12T08:30:00+07:00' }), article({ title: 'Tin mới hơn', published: '2024-02-13' })]);
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    await waitFor(async () => expect((await rowTitles())[1]).toContain('Tin cũ hơn'));
    const [first, second] = await rowTitles();
    expect(first).toContain('Tin mới hơn');
    expect(first).toContain('13/02/2024');
    expect(first).not.toContain('13/02/2024 ');
    expect(second).toContain('12/02/2024 08:30');
    expect(second).toContain('Sở Nội vụ Sóc Trăng');
    expect(second).toContain('Mới');
    expect(screen.getByTestId('queue-count').textContent).toContain('2 tin');
  });

  it('finds "Cải cách hành chính…" when the editor types "cai cach" without diacritics', async () => {
    const db = freshDb();
    await seed(db, [
      article({ title: 'Cải cách hành chính tại Bộ phận Một cửa huyện Mỹ Tú' }),
      article({ title: 'Hội nghị sơ kết công tác thi đua khen thưởng', html: '<p>Sơ kết 6 tháng.</p>', lead: 'Tổng kết.' }),
    ]);
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    await waitFor(async () => expect(await rowTitles()).toHaveLength(2));

    fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'cai cach' } });
    await waitFor(async () => {
      const titles = await rowTitles();
      expect(titles).toHaveLength(1);
      expect(titles[0]).toContain('Cải cách hành chính tại Bộ phận Một cửa huyện Mỹ Tú');
    });
    expect(screen.getByTestId('queue-count').textContent).toContain('1 tin');

    fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'khong co tu nay' } });
    expect(await screen.findByText('Không có tin nào khớp bộ lọc.')).toBeTruthy();
  });

  it('filters by status', async () => {
    const db = freshDb();
    const [a, b] = await seed(db, [article({ title: 'Tin đang biên tập' }), article({ title: 'Tin đã đăng' })]);
    await setClipStatus(db, a!, 'editing');
    await setClipStatus(db, b!, 'published');
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    await waitFor(async () => expect(await rowTitles()).toHaveLength(2));

    const select = within(screen.getByTestId('status-filter').closest('div')!.parentElement!).getByRole('combobox');
    fireEvent.change(select, { target: { value: 'published' } });
    await waitFor(async () => {
      const titles = await rowTitles();
      expect(titles).toHaveLength(1);
      expect(titles[0]).toContain('Tin đã đăng');
      expect(titles[0]).toContain('Đã đăng');
    });

    fireEvent.change(select, { target: { value: 'ready' } });
    expect(await screen.findByText('Không có tin nào khớp bộ lọc.')).toBeTruthy();
  });

  it('filters by publication day typed day first', async () => {
    const db = freshDb();
    await seed(db, [
      article({ title: 'Tin ngày 3 tháng 12', published: '2024-12-03T09:00:00+07:00' }),
      article({ title: 'Tin ngày 12 tháng 3', published: '2024-03-12' }),
    ]);
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    await waitFor(async () => expect(await rowTitles()).toHaveLength(2));

    fireEvent.change(screen.getByTestId('date-from'), { target: { value: '03/12/2024' } });
    await waitFor(async () => {
      const titles = await rowTitles();
      expect(titles).toHaveLength(1);
      expect(titles[0]).toContain('Tin ngày 3 tháng 12');
    });

    fireEvent.change(screen.getByTestId('date-from'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('date-to'), { target: { value: '31/03/2024' } });
    await waitFor(async () => {
      const titles = await rowTitles();
      expect(titles).toHaveLength(1);
      expect(titles[0]).toContain('Tin ngày 12 tháng 3');
    });
  });

  it('deletes the selected items and "Hoàn tác" puts them back', async () => {
    const db = freshDb();
    const [keep, gone] = await seed(db, [article({ title: 'Tin giữ lại' }), article({ title: 'Tin sẽ xóa' })]);
    renderWithApp(<QueueView onOpen={() => {}} />, db);
    await waitFor(async () => expect(await rowTitles()).toHaveLength(2));

    const row = screen.getAllByTestId('queue-row').find((r) => r.dataset.clipId === gone)!;
    fireEvent.click(within(row).getByRole('checkbox'));
    fireEvent.click(screen.getByTestId('delete-selected'));

    expect(await screen.findByText('Đã xóa 1 tin.')).toBeTruthy();
    await waitFor(async () => expect(await rowTitles()).toHaveLength(1));
    expect(await db.clips.get(gone!)).toBeUndefined();
    expect(await db.bodies.get(gone!)).toBeUndefined();

    fireEvent.click(screen.getByTestId('undo-delete'));
    await waitFor(async () => expect(await rowTitles()).toHaveLength(2));
    expect((await db.clips.get(gone!))?.title).toBe('Tin sẽ xóa');
    expect(await db.bodies.get(gone!)).toBeDefined();
    expect(await db.clips.get(keep!)).toBeDefined();
    expect(await screen.findByText('Đã khôi phục 1 tin.')).toBeTruthy();
  });

  it('opens an item when its row is clicked, but not when its checkbox is', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article({ title: 'Tin để mở' })]);
    const onOpen = vi.fn();
    renderWithApp(<QueueView onOpen={onOpen} />, db);
    const row = await screen.findByTestId('queue-row');
    await within(row).findByText('Tin để mở');
    fireEvent.click(within(row).getByRole('checkbox'));
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.click(row);
    expect(onOpen).toHaveBeenCalledWith(id);
  });
});
