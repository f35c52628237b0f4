import { Box, Button, Center, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { deleteClips, listSites, queryClipIds, restoreClips } from '../../lib/db/clip-store';
import { useDb } from '../DbProvider';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { DeleteBanner, type DeleteNotice } from './DeleteBanner';
import { EMPTY_FILTER, isFiltering, toClipFilter, type QueueFilterState } from './filter-state';
import { QueueFilters } from './QueueFilters';
import { QueueRow } from './QueueRow';
import { useVisibleClips } from './use-visible-clips';

/** Props of {@link QueueView}. */
export interface QueueViewProps {
  /** Tighter rows for the side panel. */
  compact?: boolean;
  /** The item currently shown in the item view, highlighted in the list. */
  selectedId?: string | null;
  /** Called when the editor opens an item. */
  onOpen: (id: string) => void;
}

const NO_IDS: readonly string[] = [];
const NO_SITES: readonly string[] = [];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The queue: filters, result count, multi-select with delete and undo, and a virtual list of items. Only the
 * matching ids are read for the whole queue; rows are read for the visible window, so 10,000 items scroll
 * smoothly. Fills its parent's height (the parent must give it one).
 */
export function QueueView({ compact = false, selectedId = null, onOpen }: QueueViewProps) {
  const db = useDb();
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<QueueFilterState>(EMPTY_FILTER);
  const [search] = useDebouncedValue(filter.search, 150);
  const clipFilter = useMemo(
    () => toClipFilter(filter, search),
    // The raw search text is left out on purpose: only its debounced value starts a query.
    [filter.status, filter.site, filter.from, filter.to, search],
  );
  const filterKey = JSON.stringify(clipFilter);
  const ids = useLiveQuery(() => queryClipIds(db, clipFilter), [db, filterKey]);
  const total = useLiveQuery(() => db.clips.count(), [db]);
  const sites = useLiveQuery(() => listSites(db), [db]) ?? NO_SITES;
  const list = ids ?? NO_IDS;

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<DeleteNotice | null>(null);
  const [deleting, setDeleting] = useState(false);
  // Only items the editor can see count as selected: changing a filter never deletes hidden items.
  const selectedIds = useMemo(() => list.filter((id) => selected.has(id)), [list, selected]);

  const parentRef = useRef<HTMLDivElement>(null);
  const rowHeight = compact ? 68 : 76;
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => list[index] ?? index,
    overscan: 8,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const rows = useVisibleClips(db, list, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
    // Back to the top whenever the filter changes, not when rows change under a live update.
  }, [filterKey]);

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const allSelected = list.length > 0 && selectedIds.length === list.length;
  const someSelected = selectedIds.length > 0 && !allSelected;
  const toggleAll = (): void => {
    setSelected((current) => {
      const next = new Set(current);
      if (allSelected) for (const id of list) next.delete(id);
      else for (const id of list) next.add(id);
      return next;
    });
  };

  const remove = async (): Promise<void> => {
    if (selectedIds.length === 0) return;
    setDeleting(true);
    try {
      const removed = await deleteClips(db, selectedIds);
      setSelected((current) => {
        const next = new Set(current);
        for (const id of selectedIds) next.delete(id);
        return next;
      });
      setNotice({ kind: 'deleted', removed, count: removed.clips.length });
    } catch (error) {
      setNotice({ kind: 'error', message: t('queue.deleteFailed', { message: messageOf(error) }) });
    } finally {
      setDeleting(false);
    }
  };

  const undo = async (): Promise<void> => {
    if (notice?.kind !== 'deleted') return;
    try {
      await restoreClips(db, notice.removed);
      setNotice({ kind: 'restored', count: notice.count });
    } catch (error) {
      setNotice({ kind: 'error', message: t('queue.restoreFailed', { message: messageOf(error) }) });
    }
  };

  const closeNotice = useCallback(() => setNotice(null), []);

  let placeholder: string | null = null;
  if (ids !== undefined && list.length === 0) {
    placeholder = total === 0 || !isFiltering(filter) ? t('queue.empty') : t('queue.noMatch');
  }

  return (
    <Stack gap="xs" h="100%" style={{ minHeight: 0 }}>
      <QueueFilters value={filter} onChange={setFilter} sites={sites} />

      <Group justify="space-between" wrap="nowrap" gap="xs" px={4}>
        <Group gap="xs" wrap="nowrap">
          <Checkbox
            size="sm"
            checked={allSelected}
            indeterminate={someSelected}
            disabled={list.length === 0}
            onChange={toggleAll}
            aria-label={t('queue.selectAll')}
            data-testid="select-all"
          />
          <Text size="sm" c="dimmed" data-testid="queue-count" data-count={ids === undefined ? undefined : list.length}>
            {ids === undefined ? t('queue.loading') : t('queue.count', { count: formatCount(list.length, language) })}
            {selectedIds.length > 0 && ` · ${t('queue.selected', { count: formatCount(selectedIds.length, language) })}`}
          </Text>
        </Group>
        <Button
          size="compact-sm"
          color="red"
          variant={selectedIds.length > 0 ? 'filled' : 'light'}
          disabled={selectedIds.length === 0}
          loading={deleting}
          onClick={() => void remove()}
          data-testid="delete-selected"
        >
          {selectedIds.length > 0 ? `${t('queue.delete')} (${formatCount(selectedIds.length, language)})` : t('queue.delete')}
        </Button>
      </Group>

      {notice && <DeleteBanner notice={notice} onUndo={() => void undo()} onClose={closeNotice} />}

      <Box
        ref={parentRef}
        style={{
          flex: 1,
          minHeight: 160,
          overflowY: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-md)',
          background: 'var(--mantine-color-body)',
        }}
        role="list"
        aria-label={t('queue.title')}
        aria-busy={ids === undefined}
      >
        {ids === undefined ? (
          <Center h={120}>
            <Loader size="sm" />
          </Center>
        ) : placeholder ? (
          <Center h="100%" mih={120} p="lg">
            <Text c="dimmed" ta="center" size="sm" maw={320} data-testid="queue-placeholder">
              {placeholder}
            </Text>
          </Center>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), width: '100%', position: 'relative' }}>
            {items.map((item) => {
              const id = list[item.index];
              if (id === undefined) return null;
              return (
                <div key={item.key} role="listitem">
                  <QueueRow
                    id={id}
                    clip={rows.get(id)}
                    style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: item.size, transform: `translateY(${item.start}px)` }}
                    selected={selected.has(id)}
                    active={id === selectedId}
                    onToggle={toggle}
                    onOpen={onOpen}
                  />
                </div>
              );
            })}
          </div>
        )}
      </Box>
    </Stack>
  );
}
