import type { ExtractedAttachment, ExtractedImage } from '../extract/types';

/** Where an item is in the editorial flow. Stored as these codes; the interface shows Vietnamese labels. */
export const CLIP_STATUSES = ['new', 'editing', 'ready', 'published', 'skipped'] as const;
/** One of {@link CLIP_STATUSES}. */
export type ClipStatus = (typeof CLIP_STATUSES)[number];

/**
 * A queue item as listed: everything the list, search and filters need, without the article body (which lives in
 * {@link ClipBody} so that 10,000 rows stay light).
 */
export interface Clip {
  id: string;
  /** The address the editor captured. */
  url: string;
  /** {@link normalizeUrl} of the URL: the duplicate key. */
  urlKey: string;
  /** {@link normalizeUrl} of the canonical URL when the page declared one, else the urlKey. */
  canonicalKey: string;
  contentHash: string;
  canonicalUrl: string | null;
  title: string;
  lead: string;
  author: string | null;
  source: string | null;
  published: string | null;
  updated: string | null;
  siteName: string | null;
  /** Host name without `www.`, for the site filter. */
  site: string;
  language: string | null;
  firstImage: string | null;
  imageCount: number;
  attachmentCount: number;
  wordCount: number;
  /** Only the editor's selection was saved. */
  selectionOnly: boolean;
  status: ClipStatus;
  /** Content-area codes of the active plan (issue 4). */
  tags: string[];
  /** The unit (phòng, đơn vị) the item counts for. */
  unit: string | null;
  /** Epoch milliseconds. */
  capturedAt: number;
  /** Last time the extracted content was refreshed by a new capture. */
  refreshedAt: number;
  /** Publication date as `YYYY-MM-DD` (Vietnam time) for the date filter, or '' when unknown. */
  day: string;
}

/** An editor's rewrite of an item; refreshing the captured article never touches it. */
export interface Draft {
  title: string;
  lead: string;
  markdown: string;
  updatedAt: number;
}

/** The search index of one item: folded, unique words of title, lead and body (a multi-entry index). */
export interface ClipTerms {
  clipId: string;
  words: string[];
}

/** The heavy part of a queue item. */
export interface ClipBody {
  clipId: string;
  html: string;
  markdown: string;
  images: ExtractedImage[];
  attachments: ExtractedAttachment[];
  draft: Draft | null;
}
