import { checkJob } from './db/check-job';
import type { FailureCode } from './db/errors';
import type { CaptureJob } from './db/types';
import type { ListingLink } from './listing/types';

/** A failure as it crosses between the extension's parts. */
export interface Failure {
  code: FailureCode;
  /** Vietnamese (or the interface language's) message for the editor. */
  message: string;
  /** The technical cause (error name and message), for a bug report; never shown as the main message. */
  detail?: string;
}

/** What the capture preview shows before the editor saves. */
export interface CapturePreview {
  title: string;
  published: string | null;
  lead: string;
  firstImage: string | null;
  siteName: string | null;
  url: string;
  alreadyQueued: boolean;
}

/** An article link of a listing page as the side panel shows it: with whether the queue already has it. */
export interface ListedLink extends ListingLink {
  queued: boolean;
}

/** The article links of one listing page and the pages after it. */
export interface ListedPage {
  /** The listing page's address. */
  url: string;
  links: ListedLink[];
  nextPages: string[];
}

/**
 * Every message the extension's parts send to the background, keyed by `type`. The map gives each request its
 * response; {@link MessageHandlers} makes the background handle every one of them.
 */
export interface Protocol {
  /** Capture a tab into the queue (toolbar, context menu, keyboard command, open tabs and tests all use it). */
  'capture-tab': {
    request: { type: 'capture-tab'; tabId: number; selectionOnly?: boolean };
    response: { ok: true; clipId: string; duplicate: boolean } | { ok: false; error: Failure };
  };
  /** Extract a tab without saving, for the popup's preview. */
  'preview-tab': {
    request: { type: 'preview-tab'; tabId: number };
    response: { ok: true; preview: CapturePreview } | { ok: false; error: Failure };
  };
  /** What the keyboard command and context menus do, for tests that cannot press them. */
  'capture-active-tab': {
    request: { type: 'capture-active-tab'; selectionOnly?: boolean };
    response: { ok: true; clipId: string; duplicate: boolean } | { ok: false; error: Failure };
  };
  /** The article links of the listing page open in a tab ("Lấy tin từ trang danh mục này"). */
  'list-links': {
    request: { type: 'list-links'; tabId: number };
    response: { ok: true; page: ListedPage } | { ok: false; error: Failure };
  };
  /** The article links of another listing page (the next page), fetched in the background. */
  'list-page': {
    request: { type: 'list-page'; url: string };
    response: { ok: true; page: ListedPage } | { ok: false; error: Failure };
  };
  /** Starts a background job that fetches and saves these addresses, two at a time; answers once it is stored. */
  'capture-urls': {
    request: { type: 'capture-urls'; urls: string[]; source?: string };
    response: { ok: true; jobId: string } | { ok: false; error: Failure };
  };
  /** Fetches a job's failed items again ("Thử lại"). */
  'retry-job': {
    request: { type: 'retry-job'; jobId: string };
    response: { ok: true; jobId: string } | { ok: false; error: Failure };
  };
  /**
   * Downloads an item's images that are not saved yet, failed ones too whatever their back-off (the clip view's
   * "Thử lại", after the editor granted a host permission); answers when each has an outcome.
   */
  'save-images': {
    request: { type: 'save-images'; clipId: string };
    response: { ok: true; clipId: string } | { ok: false; error: Failure };
  };
}

/** Any request. */
export type Request = Protocol[keyof Protocol]['request'];
/** The response to a request of type K. */
export type ResponseOf<K extends keyof Protocol> = Protocol[K]['response'];
/** One handler per message type. */
export type MessageHandlers = { [K in keyof Protocol]: (request: Protocol[K]['request']) => Promise<Protocol[K]['response']> };

/** Whether a value received from `runtime.onMessage` is one of our requests (the door check on messages). */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; tabId?: unknown; selectionOnly?: unknown; url?: unknown; urls?: unknown; source?: unknown; jobId?: unknown; clipId?: unknown };
  const selectionOk = v.selectionOnly === undefined || typeof v.selectionOnly === 'boolean';
  switch (v.type) {
    case 'capture-tab':
    case 'preview-tab':
      return Number.isInteger(v.tabId) && selectionOk;
    case 'capture-active-tab':
      return selectionOk;
    case 'list-links':
      return Number.isInteger(v.tabId);
    case 'list-page':
      return isAddress(v.url);
    case 'capture-urls':
      return Array.isArray(v.urls) && v.urls.length > 0 && v.urls.length <= MAX_JOB_URLS && v.urls.every(isAddress) && (v.source === undefined || isAddress(v.source));
    case 'retry-job':
      return typeof v.jobId === 'string' && v.jobId.length > 0 && v.jobId.length <= 100;
    case 'save-images':
      return typeof v.clipId === 'string' && v.clipId.length > 0 && v.clipId.length <= 100;
    default:
      return false;
  }
}

/** The most addresses one capture job takes (a listing page has 10–50; five pages of them is plenty). */
export const MAX_JOB_URLS = 500;

function isAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4_000;
}

/** What the background tells every open extension page while a capture job runs: the job as stored. */
export interface JobProgressMessage {
  type: 'job-progress';
  job: CaptureJob;
}

/** The door check on a 'job-progress' message; returns the checked job, or null for any other message. */
export function jobFromProgress(value: unknown): CaptureJob | null {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'job-progress') return null;
  return checkJob((value as { job?: unknown }).job);
}

/**
 * What the background asks the offscreen document (Chrome; the service worker has no DOM): extract the article
 * of fetched HTML, find the article links of a fetched listing page, or finish (sanitise, convert) what a tab's
 * reader returned. Never sent by extension pages.
 */
export type OffscreenRequest =
  | { type: 'extract-html'; html: string; url: string }
  | { type: 'find-links-html'; html: string; url: string }
  | { type: 'finish-draft'; result: unknown };

/** The door check on messages the offscreen document receives (a draft's fields are checked when it is finished). */
export function isOffscreenRequest(value: unknown): value is OffscreenRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; html?: unknown; url?: unknown; result?: unknown };
  if (v.type === 'finish-draft') return typeof v.result === 'object' && v.result !== null;
  return (v.type === 'extract-html' || v.type === 'find-links-html') && typeof v.html === 'string' && isAddress(v.url);
}
