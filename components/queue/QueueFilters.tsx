import { Anchor, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { CLIP_STATUSES } from '../../lib/db/types';
import { useT } from '../i18n';
import { DayInput } from './DayInput';
import { EMPTY_FILTER, isFiltering, UNTAGGED, type QueueFilterState } from './filter-state';
import { areaKey } from '../../lib/tagging/area-key';
import { useActivePlan } from '../tagging/use-suggestions';
import { isClipStatus, STATUS_LABEL } from './status';

/** Props of {@link QueueFilters}. */
export interface QueueFiltersProps {
  value: QueueFilterState;
  onChange: (next: QueueFilterState) => void;
  /** Site host names for the site filter. */
  sites: readonly string[];
}

/**
 * The queue's filter controls: free-text search (diacritics optional), status, source site and a publication
 * date range typed day first. Native selects keep them quick, keyboard-friendly and easy to drive in tests.
 */
export function QueueFilters({ value, onChange, sites }: QueueFiltersProps) {
  const t = useT();
  const set = (patch: Partial<QueueFilterState>): void => onChange({ ...value, ...patch });
  const statusData = [
    { value: '', label: t('queue.allStatuses') },
    ...CLIP_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) })),
  ];
  const plan = useActivePlan();
  const areaData = [
    { value: '', label: t('tag.filterAll') },
    { value: UNTAGGED, label: t('tag.untagged') },
    ...(plan?.plan.areas ?? []).map((area, i) => ({ value: areaKey(area, i), label: area.title })),
  ];
  const siteData = [{ value: '', label: t('queue.allSites') }, ...sites.map((site) => ({ value: site, label: site }))];
  // Keep a chosen site selectable even after its last item was deleted, so the control never shows a blank value.
  if (value.site && !sites.includes(value.site)) siteData.push({ value: value.site, label: value.site });

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        placeholder={t('queue.search')}
        aria-label={t('queue.search')}
        data-testid="queue-search"
      />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <NativeSelect
          size="xs"
          label={t('queue.status')}
          data={statusData}
          value={value.status}
          onChange={(event) => {
            const next = event.currentTarget.value;
            set({ status: isClipStatus(next) ? next : '' });
          }}
          data-testid="status-filter"
        />
        <NativeSelect
          size="xs"
          label={t('queue.site')}
          data={siteData}
          value={value.site}
          onChange={(event) => set({ site: event.currentTarget.value })}
          data-testid="site-filter"
        />
        <NativeSelect
          size="xs"
          label={t('tag.areas')}
          data={areaData}
          value={value.area}
          onChange={(event) => set({ area: event.currentTarget.value })}
          data-testid="area-filter"
        />
        <DayInput label={t('queue.from')} value={value.from} onChange={(from) => set({ from })} testId="date-from" />
        <DayInput label={t('queue.to')} value={value.to} onChange={(to) => set({ to })} testId="date-to" />
      </SimpleGrid>
      {isFiltering(value) && (
        <Group justify="flex-end">
          <Anchor component="button" type="button" size="xs" onClick={() => onChange(EMPTY_FILTER)}>
            {t('queue.clearFilters')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
