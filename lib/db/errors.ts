/** Codes of failures the editor is told about; each has a Vietnamese and an English message in lib/i18n. */
export type FailureCode =
  | 'unsupported-page'
  | 'pdf'
  | 'image'
  | 'not-html'
  | 'login-required'
  | 'no-article'
  | 'no-selection'
  | 'page-changed'
  | 'storage-full'
  | 'no-permission'
  | 'tab-closed'
  | 'invalid-extraction'
  | 'bad-url'
  | 'http-error'
  | 'network-error'
  | 'internal';

/** A failure with a code the interface can explain, and the original cause for the console. */
export class CaptureError extends Error {
  /** Creates an error with a user-facing code; `cause` keeps the underlying error. */
  constructor(
    readonly code: FailureCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CaptureError';
  }
}

/** Whether an IndexedDB / Dexie error means the disk or the quota is full. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: string }).name ?? '';
    const message = (e as { message?: string }).message ?? '';
    if (/QuotaExceeded/i.test(name) || /quota|disk.*full|no space/i.test(message)) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
