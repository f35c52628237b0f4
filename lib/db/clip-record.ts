import type { Extraction } from '../extract/types';
import { cleanText } from '../text/clean';
import { searchTokens } from '../text/fold';
import { contentHash } from './content-hash';
import { normalizeUrl } from './normalize-url';
import type { Clip, ClipBody, ClipTerms } from './types';

/** Vietnam's offset: days are counted in UTC+07:00 whatever the machine's zone. */
const VN_OFFSET_MS = 7 * 3600_000;

/** The Vietnam-time calendar day (`YYYY-MM-DD`) of an instant. */
export function vietnamDay(epochMs: number): string {
  return new Date(epochMs + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Plain text of sanitised HTML, without parsing it: tags dropped, entities for spaces and angle brackets read. */
export function textOfHtml(html: string): string {
  return cleanText(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Unique folded words of an item, the search terms ("cai cach" finds "cải cách"). */
export function termsOf(title: string, lead: string, bodyText: string): string[] {
  return Array.from(new Set(searchTokens(`${title} ${lead} ${bodyText}`)));
}

/** The extracted fields of a clip: what a re-capture refreshes; status, tags, unit and drafts are not among them. */
export type ExtractedFields = Omit<Clip, 'id' | 'status' | 'tags' | 'unit' | 'capturedAt'>;

/**
 * Turns an extraction into the stored shape: the light list row, the body and the search terms.
 * Pure: the caller gives the id and the clock.
 */
export function clipRecordFrom(
  extraction: Extraction,
  options: { id: string; now: number; selectionOnly: boolean },
): { fields: ExtractedFields; body: Omit<ClipBody, 'draft'>; terms: ClipTerms } {
  const text = textOfHtml(extraction.html);
  const urlKey = normalizeUrl(extraction.url);
  let site = '';
  try {
    site = new URL(extraction.url).hostname.replace(/^www\./, '');
  } catch {
    site = '';
  }
  const fields: ExtractedFields = {
    url: extraction.url,
    urlKey,
    canonicalKey: extraction.canonicalUrl ? normalizeUrl(extraction.canonicalUrl) : urlKey,
    contentHash: contentHash(extraction.title, text),
    canonicalUrl: extraction.canonicalUrl,
    title: extraction.title,
    lead: extraction.lead,
    author: extraction.author,
    source: extraction.source,
    published: extraction.published,
    updated: extraction.updated,
    siteName: extraction.siteName,
    site,
    language: extraction.language,
    firstImage: extraction.images[0]?.src ?? null,
    imageCount: extraction.images.length,
    attachmentCount: extraction.attachments.length,
    wordCount: extraction.wordCount,
    selectionOnly: options.selectionOnly,
    refreshedAt: options.now,
    day: extraction.published ? extraction.published.slice(0, 10) : vietnamDay(options.now),
  };
  return {
    fields,
    body: { clipId: options.id, html: extraction.html, markdown: extraction.markdown, images: extraction.images, attachments: extraction.attachments },
    terms: { clipId: options.id, words: termsOf(extraction.title, extraction.lead, text) },
  };
}
