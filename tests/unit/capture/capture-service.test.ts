import { describe, expect, it } from 'vitest';
import { captureTab, injectionFailure, previewTab, type CapturePorts } from '../../../lib/capture/capture-service';
import { checkTabUrl } from '../../../lib/capture/page-kind';
import type { ReadResult } from '../../../lib/capture/read-page';
import { NewsDeskDb } from '../../../lib/db/database';
import type { Extraction } from '../../../lib/extract/types';

let n = 0;
const extraction: Extraction = {
  url: 'http://sonoivu.soctrang.gov.vn/tin/a',
  canonicalUrl: null,
  title: 'Một cửa liên thông',
  lead: 'Sapo',
  author: null,
  source: null,
  published: '2024-01-02',
  updated: null,
  siteName: null,
  language: 'vi',
  html: '<p>Nội dung bài viết về một cửa liên thông.</p>',
  markdown: 'Nội dung bài viết về một cửa liên thông.',
  images: [],
  attachments: [],
  wordCount: 9,
};

function ports(read: () => Promise<ReadResult>, urls: (string | undefined)[] = ['http://sonoivu.soctrang.gov.vn/tin/a']): CapturePorts {
  let call = 0;
  return {
    db: new NewsDeskDb(`capture-${Date.now()}-${n++}`),
    getTab: async () => ({ url: urls[Math.min(call++, urls.length - 1)], status: 'complete' }),
    readTab: read,
    now: () => 1000,
    newId: () => `c${n++}`,
    language: async () => 'vi',
    storageFree: async () => 1e9,
  };
}

describe('captureTab', () => {
  it('saves, then reports the duplicate', async () => {
    const p = ports(async () => ({ ok: true, extraction }));
    const first = await captureTab(p, 1);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    const second = await captureTab(p, 1);
    expect(second).toMatchObject({ ok: true, duplicate: true });
    expect(await p.db.clips.count()).toBe(1);
  });

  it.each([
    ['chrome://settings', 'unsupported-page', 'trang nội bộ'],
    ['https://chromewebstore.google.com/detail/x', 'unsupported-page', 'trang nội bộ'],
    ['http://sotp.gov.vn/files/47_KH-UBND.signed.pdf', 'pdf', 'PDF'],
    ['http://sotp.gov.vn/anh/hoi-nghi.jpg', 'image', 'hình ảnh'],
  ])('%s is refused before injecting: %s', async (url, code, words) => {
    let injected = false;
    const p = ports(async () => {
      injected = true;
      return { ok: true, extraction };
    }, [url]);
    const r = await captureTab(p, 1);
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) expect(r.error.message).toContain(words);
    expect(injected).toBe(false);
    expect(await p.db.clips.count()).toBe(0);
  });

  it('a page that navigated while being read is refused and nothing is saved', async () => {
    const p = ports(async () => ({ ok: true, extraction }), ['http://a.gov.vn/tin/1', 'http://a.gov.vn/tin/2']);
    expect(await captureTab(p, 1)).toMatchObject({ ok: false, error: { code: 'page-changed' } });
    expect(await p.db.clips.count()).toBe(0);
  });

  it('reader failures come back with Vietnamese messages', async () => {
    for (const code of ['no-article', 'login-required', 'page-changed'] as const) {
      const r = await captureTab(ports(async () => ({ ok: false, code })), 1);
      expect(r).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toMatch(/[ăâđêôơư]/);
    }
  });

  it('a hostile result (script URL, wrong types) is rejected at the door', async () => {
    const bad = { ...extraction, images: [{ src: 'javascript:alert(1)', alt: '', caption: '' }] };
    const p = ports(async () => ({ ok: true, extraction: bad }));
    expect(await captureTab(p, 1)).toMatchObject({ ok: false, error: { code: 'invalid-extraction' } });
    const p2 = ports(async () => ({ ok: true, extraction: { ...extraction, title: 42 } as unknown as Extraction }));
    expect(await captureTab(p2, 1)).toMatchObject({ ok: false, error: { code: 'invalid-extraction' } });
  });

  it('an aborted write with no room left is a full disk; with room it is an internal error', async () => {
    const aborting = (free: number) => {
      const p = ports(async () => ({ ok: true, extraction }));
      p.storageFree = async () => free;
      p.db.bodies.hook('creating', () => {
        throw Object.assign(new Error('The transaction was aborted'), { name: 'AbortError' });
      });
      return p;
    };
    const full = aborting(1000);
    expect(await captureTab(full, 1)).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await full.db.clips.count()).toBe(0);
    expect(await captureTab(aborting(1e9), 1)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('maps the browser’s injection errors', () => {
    expect(injectionFailure(new Error('Cannot access a chrome:// URL'))).toBe('unsupported-page');
    expect(injectionFailure(new Error('The extensions gallery cannot be scripted.'))).toBe('unsupported-page');
    expect(injectionFailure(new Error('No tab with id: 5.'))).toBe('tab-closed');
    expect(injectionFailure(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'))).toBe('no-permission');
    expect(injectionFailure(new Error('Frame with ID 0 was removed.'))).toBe('page-changed');
  });

  it('preview says whether the article is already queued', async () => {
    const p = ports(async () => ({ ok: true, extraction }));
    expect(await previewTab(p, 1)).toMatchObject({ ok: true, preview: { title: 'Một cửa liên thông', alreadyQueued: false } });
    await captureTab(p, 1);
    expect(await previewTab(p, 1)).toMatchObject({ ok: true, preview: { alreadyQueued: true } });
  });
});

describe('checkTabUrl', () => {
  it.each([
    ['http://sonoivu.soctrang.gov.vn/tin/a', null],
    ['about:blank', 'unsupported-page'],
    ['edge://extensions', 'unsupported-page'],
    ['file:///home/a.html', 'unsupported-page'],
    [undefined, null],
  ])('%s → %s', (url, code) => expect(checkTabUrl(url)).toBe(code));
});
