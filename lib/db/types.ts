import type { ExtractedAttachment, ExtractedImage } from '../extract/types';
import type { FailureCode } from './errors';
import type { Plan } from '../plan/types';

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
  /**
   * The areas this item last taught tagging (set by `setClipTags`), so that a correction takes that lesson back
   * before teaching the new one. Absent while the item taught nothing.
   */
  learnedAreas?: string[];
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

/**
 * Where one address of a background capture job stands: waiting, being fetched, saved as a new item, found to be an
 * item already queued after fetching (refreshed, editor's work kept), skipped without fetching because its
 * address is already queued, or failed.
 */
export const JOB_ITEM_STATES = ['waiting', 'working', 'saved', 'duplicate', 'skipped', 'error'] as const;
/** One of {@link JOB_ITEM_STATES}. */
export type JobItemState = (typeof JOB_ITEM_STATES)[number];

/** One address of a capture job. */
export interface JobItem {
  url: string;
  state: JobItemState;
  /** The queue item it became or already was (saved, duplicate, skipped), else null. */
  clipId: string | null;
  /** The saved article's title, once known. */
  title: string | null;
  /** Why it failed, in the interface language, with the technical cause apart; null unless `state` is 'error'. */
  error: { code: FailureCode; message: string; detail?: string } | null;
}

/**
 * A background capture of many addresses (a listing page's ticked links), stored so that its progress survives the
 * service worker being stopped and every extension page can show it.
 */
export interface CaptureJob {
  id: string;
  /** The listing page the addresses came from, when known. */
  source: string | null;
  /** 'running' while an item waits or is being fetched; 'done' when every item has an outcome. */
  state: 'running' | 'done';
  createdAt: number;
  updatedAt: number;
  items: JobItem[];
}

/**
 * Where one saved image of an item stands: waiting to be downloaded, saved (its bytes are in `blob`), failed (tried
 * again later, up to a limit), or left out because the item's size cap was reached.
 */
export const IMAGE_STATES = ['waiting', 'saved', 'failed', 'over-cap'] as const;
/** One of {@link IMAGE_STATES}. */
export type ImageState = (typeof IMAGE_STATES)[number];

/** One image of an item, saved with it so the clip stays complete when the source changes or goes offline. */
export interface ClipImage {
  /** `<clipId>:<index>`, the index being the image's place in the article. */
  id: string;
  clipId: string;
  /** The image's address in the article (absolute). */
  src: string;
  state: ImageState;
  /** The image's bytes once saved. */
  blob: Blob | null;
  /** MIME type the server gave (checked to be an image), '' until saved. */
  type: string;
  bytes: number;
  attempts: number;
  /** Epoch milliseconds of the last download attempt, or null. */
  lastTriedAt: number | null;
  /** Why the last attempt failed (technical, for the log), or null. */
  error: string | null;
}

/** A plan kept on this install (several: one per year or agency); which one is active is a {@link MetaEntry}. */
export interface StoredPlan {
  id: string;
  plan: Plan;
  createdAt: number;
  updatedAt: number;
}

/**
 * A small named value: the active plan's id, what tagging learned. (The image size cap is a setting in the
 * extension's local storage, beside the interface language, where the background and every page read it.)
 */
export interface MetaEntry {
  key: string;
  value: unknown;
}
