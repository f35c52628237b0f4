import type { FailureCode } from './errors';
import { JOB_ITEM_STATES, type CaptureJob, type JobItem, type JobItemState } from './types';

const MAX_ITEMS = 2_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function checkItem(value: unknown): JobItem | null {
  if (!isRecord(value)) return null;
  const { url, state, clipId, title, error } = value;
  if (typeof url !== 'string' || !JOB_ITEM_STATES.includes(state as JobItemState)) return null;
  if (!stringOrNull(clipId) || !stringOrNull(title)) return null;
  let checkedError: JobItem['error'] = null;
  if (error !== null && error !== undefined) {
    if (!isRecord(error) || typeof error['code'] !== 'string' || typeof error['message'] !== 'string') return null;
    checkedError = { code: error['code'] as FailureCode, message: error['message'] };
    if (typeof error['detail'] === 'string') checkedError.detail = error['detail'];
  }
  return { url, state: state as JobItemState, clipId, title, error: checkedError };
}

/**
 * Checks a capture job read from the database or received in a 'job-progress' message (data from outside the
 * code that reads it): every field present with its type. Returns the job, or null when anything is off.
 */
export function checkJob(value: unknown): CaptureJob | null {
  if (!isRecord(value)) return null;
  const { id, source, state, createdAt, updatedAt, items } = value;
  if (typeof id !== 'string' || !stringOrNull(source) || (state !== 'running' && state !== 'done')) return null;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null;
  if (!Array.isArray(items) || items.length > MAX_ITEMS) return null;
  const checked: JobItem[] = [];
  for (const item of items) {
    const one = checkItem(item);
    if (!one) return null;
    checked.push(one);
  }
  return { id, source, state, createdAt, updatedAt, items: checked };
}
