// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify misbehaves under happy-dom (keeps <script> and onerror, drops <p>), so the
// sanitising check needs a DOM that behaves like a browser's.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClipView } from '../../../components/queue/ClipView';
import { article, freshDb, renderWithApp, seed, stubMatchMedia } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  stubMatchMedia();
  await fakeBrowser.storage.local.set({ 'settings.language': 'vi' });
});
afterEach(() => cleanup());

describe('ClipView', () => {
  it('shows title, metadata in Vietnamese order, lead, body, attachments and the original link', async () => {
    const db = freshDb();
    const [id] = await seed(db, [
      article({
        url: 'https://cchc.soctrang.gov.vn/tin/mot-cua',
        title: 'Cải cách hành chính tại Bộ phận Một cửa',
        lead: 'Huyện nâng cao chất lượng phục vụ.',
        author: 'Phương An',
        source: 'Báo Sóc Trăng',
        published: '2024-03-17T21:01:00+07:00',
        updated: '2024-03-18',
        html: '<figure><img src="https://cchc.soctrang.gov.vn/a.jpg" alt="Quang cảnh"><figcaption>Quang cảnh hội nghị</figcaption></figure><table><tr><th>Chỉ số</th><td>95%</td></tr></table>',
        attachments: [{ href: 'https://cchc.soctrang.gov.vn/qd.pdf', name: 'Quyết định 123/QĐ-UBND' }],
      }),
    ]);
    renderWithApp(<ClipView clipId={id!} />, db);

    expect((await screen.findByTestId('clip-title')).textContent).toBe('Cải cách hành chính tại Bộ phận Một cửa');
    expect(screen.getByTestId('clip-date').textContent).toBe('17/03/2024 21:01');
    expect(screen.getByTestId('clip-updated').textContent).toBe('18/03/2024');
    expect(screen.getByTestId('clip-author').textContent).toBe('Phương An');
    expect(screen.getByTestId('clip-source').textContent).toBe('Báo Sóc Trăng');
    expect(screen.getByTestId('clip-lead').textContent).toBe('Huyện nâng cao chất lượng phục vụ.');
    const body = screen.getByTestId('clip-body');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://cchc.soctrang.gov.vn/a.jpg');
    expect(body.querySelector('figcaption')?.textContent).toBe('Quang cảnh hội nghị');
    expect(body.querySelector('table td')?.textContent).toBe('95%');
    const link = screen.getByTestId('clip-original-link');
    expect(link.getAttribute('href')).toBe('https://cchc.soctrang.gov.vn/tin/mot-cua');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toBe('Mở bài gốc');
    expect(screen.getByText('Quyết định 123/QĐ-UBND').closest('a')?.getAttribute('href')).toBe('https://cchc.soctrang.gov.vn/qd.pdf');
  });

  it('renders stored HTML only after sanitising it: no script, no event handler, no javascript: link', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article({ title: 'Tin có mã độc' })]);
    // Write a hostile body straight into the store, as a damaged or imported record might hold.
    await db.bodies.update(id!, {
      html: '<p>Đoạn an toàn</p><script>window.__pwned = true</script><img src="https://x.gov.vn/a.jpg" onerror="window.__pwned = true"><a href="javascript:alert(1)">bấm</a><iframe src="https://evil.example"></iframe>',
    });
    renderWithApp(<ClipView clipId={id!} />, db);

    const body = await screen.findByTestId('clip-body');
    await waitFor(() => expect(body.textContent).toContain('Đoạn an toàn'));
    expect(document.querySelector('script')).toBeNull();
    expect(body.querySelector('[onerror]')).toBeNull();
    expect(body.innerHTML).not.toContain('onerror');
    expect(body.innerHTML).not.toContain('javascript:');
    expect(body.querySelector('iframe')).toBeNull();
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://x.gov.vn/a.jpg');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('changes the status through the selector', async () => {
    const db = freshDb();
    const [id] = await seed(db, [article()]);
    renderWithApp(<ClipView clipId={id!} />, db);
    const select = (await screen.findByTestId('clip-status')) as HTMLSelectElement;
    expect(select.value).toBe('new');
    fireEvent.change(select, { target: { value: 'ready' } });
    await waitFor(async () => expect((await db.clips.get(id!))?.status).toBe('ready'));
  });

  it('says the item is gone when it was deleted, and offers the way back', async () => {
    const db = freshDb();
    const onBack = vi.fn();
    renderWithApp(<ClipView clipId="khong-ton-tai" onBack={onBack} />, db);
    expect(await screen.findByText('Tin này không còn trong hàng đợi (có thể vừa bị xóa).')).toBeTruthy();
    fireEvent.click(screen.getByTestId('clip-back'));
    expect(onBack).toHaveBeenCalled();
  });

  it('tags the item: a suggested chip confirms, the list of other areas corrects, and tagging learns once', async () => {
    const db = freshDb();
    const [id] = await seed(db, [
      article({
        title: 'Bộ phận Một cửa huyện trả kết quả thủ tục hành chính đúng hạn',
        lead: 'Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính của huyện tiếp nhận 4.120 hồ sơ.',
        markdown: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99%. Bộ phận Một cửa tiếp tục cải tiến quy trình.',
      }),
    ]);
    renderWithApp(<ClipView clipId={id!} />, db);
    const chip = await screen.findByRole('checkbox', { name: 'Cải cách thủ tục hành chính' });
    fireEvent.click(chip);
    await waitFor(async () => expect((await db.clips.get(id!))?.tags).toEqual(['tthc']));

    // The editor adds an area nobody suggested, from the list of the plan's other areas.
    fireEvent.click(screen.getByRole('combobox', { name: 'Gắn nội dung' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Mô hình, sáng kiến, điển hình tiên tiến' }));
    await waitFor(async () => expect((await db.clips.get(id!))?.tags).toEqual(['tthc', 'dien-hinh']));
    expect(await screen.findByRole('checkbox', { name: 'Mô hình, sáng kiến, điển hình tiên tiến' })).toBeTruthy();

    const learned = (await db.meta.get('tagging.learned'))?.value as { docs: number; areas: Record<string, { docs: number }> };
    expect(learned.docs).toBe(1);
    expect(Object.keys(learned.areas).sort()).toEqual(['dien-hinh', 'tthc']);
  });
});
