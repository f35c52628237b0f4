import type { FailureCode } from '../db/errors';
import { translate, type Language, type MessageKey } from '../i18n/index';
import type { Failure } from '../messages';

/** What is known about a failure besides its code. */
export interface FailureContext {
  /** The HTTP status of a fetched page. */
  status?: number;
  /** The page was fetched in the background (not read from an open tab), which changes what the editor can do. */
  fetched?: boolean;
  /** The underlying error, kept for a bug report. */
  cause?: unknown;
}

/** The technical description of an error and its causes: `Name: message ← Inner: message`. */
export function describeCause(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: unknown; cause?: unknown } | null;
  const own = `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
  const inner = e?.inner ?? (e?.cause instanceof Error ? e.cause : undefined);
  return inner ? `${own} ← ${describeCause(inner)}` : own;
}

/**
 * The catalogue key of a failure's message: `error.<code>`, except that HTTP errors are told by kind (not found,
 * refused, server failing) and a fetched page outside the host permissions says which sites can be fetched.
 */
export function failureMessageKey(code: FailureCode, context: FailureContext = {}): MessageKey {
  if (code === 'http-error' && context.status !== undefined) {
    if (context.status === 404 || context.status === 410) return 'error.http-not-found';
    if (context.status === 401 || context.status === 403) return 'error.http-forbidden';
    if (context.status >= 500) return 'error.http-server';
  }
  if (code === 'no-permission' && context.fetched) return 'error.no-permission-fetch';
  return `error.${code}`;
}

/** A failure for the editor: its code, the message in the interface language, and the technical cause apart. */
export function failureOf(language: Language, code: FailureCode, context: FailureContext = {}): Failure {
  const params: Record<string, number> = context.status === undefined ? {} : { status: context.status };
  const failure: Failure = { code, message: translate(language, failureMessageKey(code, context), params) };
  if (context.cause !== undefined) failure.detail = describeCause(context.cause);
  else if (context.status !== undefined) failure.detail = `HTTP ${context.status}`;
  return failure;
}
