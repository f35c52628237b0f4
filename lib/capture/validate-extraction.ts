import { CaptureError } from '../db/errors';
import type { ExtractedAttachment, ExtractedImage, Extraction } from '../extract/types';

const MAX_HTML = 5_000_000;
const MAX_TEXT = 20_000;
const MAX_LIST = 2_000;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/;

function str(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') throw new CaptureError('invalid-extraction', `${field} is not text`);
  if (value.length > max) throw new CaptureError('invalid-extraction', `${field} is too long`);
  return value.normalize('NFC');
}

function strOrNull(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : str(value, field);
}

function httpUrl(value: unknown, field: string): string {
  const text = str(value, field, 4_000);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CaptureError('invalid-extraction', `${field} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CaptureError('invalid-extraction', `${field} is not http(s)`);
  return url.href;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CaptureError('invalid-extraction', `${field} is not an object`);
  return value as Record<string, unknown>;
}

function list<T>(value: unknown, field: string, item: (v: unknown, i: number) => T): T[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) throw new CaptureError('invalid-extraction', `${field} is not a list`);
  return value.map(item);
}

function dateOrNull(value: unknown, field: string): string | null {
  const text = strOrNull(value, field);
  if (text !== null && !DATE.test(text)) throw new CaptureError('invalid-extraction', `${field} is not a date`);
  return text;
}

/**
 * Checks an extraction that arrives from a tab (or an import) before anything is stored: every field present with
 * its type, URLs http(s), dates in our ISO form, sizes bounded. Throws a {@link CaptureError} with code
 * `invalid-extraction` naming the first bad field. HTML is sanitised again where it is shown.
 */
export function validateExtraction(value: unknown): Extraction {
  const v = record(value, 'extraction');
  const images = list(v['images'], 'images', (item, i): ExtractedImage => {
    const r = record(item, `images[${i}]`);
    return { src: httpUrl(r['src'], `images[${i}].src`), alt: str(r['alt'] ?? '', 'alt'), caption: str(r['caption'] ?? '', 'caption') };
  });
  const attachments = list(v['attachments'], 'attachments', (item, i): ExtractedAttachment => {
    const r = record(item, `attachments[${i}]`);
    return { href: httpUrl(r['href'], `attachments[${i}].href`), name: str(r['name'], 'name', 1_000) };
  });
  const wordCount = v['wordCount'];
  if (typeof wordCount !== 'number' || !Number.isFinite(wordCount) || wordCount < 0) throw new CaptureError('invalid-extraction', 'wordCount');
  const title = str(v['title'], 'title', 2_000).trim();
  if (!title) throw new CaptureError('invalid-extraction', 'title is empty');
  return {
    url: httpUrl(v['url'], 'url'),
    canonicalUrl: v['canonicalUrl'] == null ? null : httpUrl(v['canonicalUrl'], 'canonicalUrl'),
    title,
    lead: str(v['lead'], 'lead'),
    author: strOrNull(v['author'], 'author'),
    source: strOrNull(v['source'], 'source'),
    published: dateOrNull(v['published'], 'published'),
    updated: dateOrNull(v['updated'], 'updated'),
    siteName: strOrNull(v['siteName'], 'siteName'),
    language: strOrNull(v['language'], 'language'),
    html: str(v['html'], 'html', MAX_HTML),
    markdown: str(v['markdown'], 'markdown', MAX_HTML),
    images,
    attachments,
    wordCount: Math.round(wordCount),
  };
}
