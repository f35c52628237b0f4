import { NewsDeskDb } from '../../../lib/db/database';
import type { Extraction } from '../../../lib/extract/types';

let counter = 0;
/** A new, empty database (fake-indexeddb), named so that tests never share one. */
export const freshDb = (prefix: string): NewsDeskDb => new NewsDeskDb(`test-${prefix}-${Date.now()}-${counter++}`);

let ids = 0;
/** Unique ids for saved records. */
export const newId = (): string => `id-${ids++}`;

/** A one-stop-shop news item numbered `n` (a distinct address and text for each n), as an extraction. */
export function oneStopArticle(n: number): Extraction {
  return {
    url: `https://sonoivu.tiengiang.gov.vn/tin-${n}`,
    canonicalUrl: null,
    title: `Bộ phận Một cửa huyện ${n} trả kết quả đúng hạn`,
    lead: 'Bộ phận tiếp nhận và trả kết quả thủ tục hành chính huyện giải quyết đúng hạn 99% hồ sơ.',
    author: null,
    source: null,
    published: '2026-11-20T08:00:00+07:00',
    updated: null,
    siteName: null,
    language: 'vi',
    html: `<p>Hồ sơ số ${n} được giải quyết trước hạn.</p>`,
    markdown: `Hồ sơ số ${n} được giải quyết trước hạn.`,
    images: [],
    attachments: [],
    wordCount: 8,
  };
}
