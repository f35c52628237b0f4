import { NewsDeskDb } from '../../../lib/db/database';
import type { Extraction } from '../../../lib/extract/types';

let counter = 0;
/** A database of its own for each test. */
export const freshDb = () => new NewsDeskDb(`test-images-${Date.now()}-${counter++}`);

/** The first bytes of a PNG followed by filler, `size` bytes in all. */
export function pngBytes(size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** An article with images at these addresses. */
export function article(srcs: string[], overrides: Partial<Extraction> = {}): Extraction {
  return {
    url: 'http://sonoivu.soctrang.gov.vn/web/guest/-/tin-anh',
    canonicalUrl: null,
    title: 'Hội nghị tổng kết công tác cải cách hành chính',
    lead: 'Sáng nay, Sở Nội vụ tổ chức hội nghị tổng kết.',
    author: null,
    source: null,
    published: '2024-03-17T21:01:00+07:00',
    updated: null,
    siteName: null,
    language: 'vi',
    html: `<p>Hội nghị cải cách hành chính.</p>${srcs.map((s) => `<img src="${s}">`).join('')}`,
    markdown: 'Hội nghị cải cách hành chính.',
    images: srcs.map((src) => ({ src, alt: '', caption: '' })),
    attachments: [],
    wordCount: 5,
    ...overrides,
  };
}
