import type { ClipFilter } from '../../lib/db/clip-store';
import type { ClipStatus } from '../../lib/db/types';

/** What the queue's filter controls hold; '' means "any". */
export interface QueueFilterState {
  search: string;
  status: ClipStatus | '';
  site: string;
  /** A content area's key, {@link UNTAGGED} for items with no area yet, or '' for any. */
  area: string;
  /** `YYYY-MM-DD` from the date inputs, or ''. */
  from: string;
  to: string;
}

/** No filter at all. */
export const EMPTY_FILTER: QueueFilterState = { search: '', status: '', site: '', area: '', from: '', to: '' };

/** The area filter's value for "items with no area yet". */
export const UNTAGGED = '__untagged__';

/** Whether any control narrows the list (decides between "queue empty" and "nothing matches"). */
export function isFiltering(state: QueueFilterState): boolean {
  return state.search.trim() !== '' || state.status !== '' || state.site !== '' || state.area !== '' || state.from !== '' || state.to !== '';
}

/**
 * The store's filter for the control values, with the (debounced) search text given separately. Date bounds
 * given the wrong way round are swapped rather than matching nothing.
 */
export function toClipFilter(state: QueueFilterState, search: string): ClipFilter {
  let from = state.from || null;
  let to = state.to || null;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    search: search.trim() || undefined,
    status: state.status || null,
    site: state.site || null,
    area: state.area === UNTAGGED ? null : state.area || undefined,
    from,
    to,
  };
}
