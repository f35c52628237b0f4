import type { FailureCode } from './db/errors';

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
  const v = value as { type?: unknown; tabId?: unknown; selectionOnly?: unknown };
  const selectionOk = v.selectionOnly === undefined || typeof v.selectionOnly === 'boolean';
  switch (v.type) {
    case 'capture-tab':
    case 'preview-tab':
      return Number.isInteger(v.tabId) && selectionOk;
    case 'capture-active-tab':
      return selectionOk;
    default:
      return false;
  }
}
