import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { AppProviders } from '../../../components/AppProviders';
import { DbProvider } from '../../../components/DbProvider';
import { saveCapture } from '../../../lib/db/clip-store';
import { NewsDeskDb } from '../../../lib/db/database';
import type { Extraction } from '../../../lib/extract/types';

let dbCounter = 0;
let idCounter = 0;

/** A database of its own for one test case. */
export function freshDb(): NewsDeskDb {
  return new NewsDeskDb(`test-components-${Date.now()}-${dbCounter++}`);
}

/** A plausible extraction of a Vietnamese reform article; override what the case is about. */
export function article(overrides: Partial<Extraction> = {}): Extraction {
  const n = idCounter++;
  return {
    url: `https://sonoivu.soctrang.gov.vn/web/guest/-/tin-${n}`,
    canonicalUrl: null,
    title: `Tin số ${n}`,
    lead: 'Năm 2024, huyện tập trung nâng cao chất lượng phục vụ người dân.',
    author: 'Phương An',
    source: null,
    published: '2024-03-17T21:01:00+07:00',
    updated: null,
    siteName: 'Sở Nội vụ Sóc Trăng',
    language: 'vi',
    html: `<p>Nội dung bài viết số ${n} về công tác của huyện.</p>`,
    markdown: `Nội dung bài viết số ${n} về công tác của huyện.`,
    images: [],
    attachments: [],
    wordCount: 10,
    ...overrides,
  };
}

/** Saves extractions into the queue, the way the background does, and returns their ids in order. */
export async function seed(db: NewsDeskDb, items: Extraction[]): Promise<string[]> {
  const ids: string[] = [];
  let now = 1_710_000_000_000;
  for (const item of items) {
    const result = await saveCapture(db, item, { now: now++, newId: () => `clip-${idCounter++}` });
    ids.push(result.clipId);
  }
  return ids;
}

/** Renders a component with the extension's providers (Mantine in test mode, language, this test's database). */
export function renderWithApp(ui: ReactNode, db: NewsDeskDb): RenderResult {
  return render(
    <AppProviders env="test">
      <DbProvider db={db}>{ui}</DbProvider>
    </AppProviders>,
  );
}

/**
 * happy-dom does no layout, so every element is 0 px tall and a virtual list would show no row at all. Give
 * elements a viewport-like size (the virtualizer reads `clientHeight` / `clientWidth` of its scroll element).
 */
export function stubLayout(): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
}

/** jsdom has no `matchMedia`, which Mantine reads; answer "no match" like a plain desktop browser would. */
export function stubMatchMedia(): void {
  // Mantine's dropdowns (Select, TagsInput) watch their size; jsdom has no layout, so a watcher that never fires.
  if (typeof window.ResizeObserver !== 'function') {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (typeof window.matchMedia === 'function') return;
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
