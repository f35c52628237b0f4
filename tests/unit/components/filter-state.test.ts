import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, isFiltering, toClipFilter } from '../../../components/queue/filter-state';
import { tabIdFromSearch } from '../../../components/popup/target-tab';

describe('toClipFilter / isFiltering', () => {
  it('turns empty controls into no filter', () => {
    expect(toClipFilter(EMPTY_FILTER, '  ')).toEqual({ search: undefined, status: null, site: null, from: null, to: null });
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
  });

  it('passes the debounced search, not the raw text, and swaps reversed dates', () => {
    const state = { ...EMPTY_FILTER, search: 'cai cach h', status: 'ready' as const, site: 'a.gov.vn', from: '2024-05-01', to: '2024-01-01' };
    expect(toClipFilter(state, 'cai cach')).toEqual({ search: 'cai cach', status: 'ready', site: 'a.gov.vn', from: '2024-01-01', to: '2024-05-01' });
    expect(isFiltering(state)).toBe(true);
    expect(isFiltering({ ...EMPTY_FILTER, to: '2024-01-01' })).toBe(true);
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=42', 42],
    ['?x=1&tabId=7', 7],
    ['', null],
    ['?tabId=', null],
    ['?tabId=abc', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
  ])('%s → %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});
