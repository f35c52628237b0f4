import { Badge, Box, Checkbox, Group, Loader, Text } from '@mantine/core';
import type { JobItem } from '../../lib/db/types';
import { formatVietnameseDate } from '../format';
import { useT } from '../i18n';
import type { ListingRowLink } from './listing-state';

/** Props of {@link ListingLinkRow}. */
export interface ListingLinkRowProps {
  link: ListingRowLink;
  checked: boolean;
  disabled: boolean;
  /** Already in the queue (listed so, or saved by a job since). */
  queued: boolean;
  /** This link's item in the current job, if any. */
  item: JobItem | undefined;
  onToggle: (url: string) => void;
}

/** Where one link's capture stands: waiting, fetching, saved, already there, or the error in red. */
function ItemLine({ item }: { item: JobItem }) {
  const t = useT();
  const common = { 'data-testid': 'listing-result', 'data-state': item.state } as const;
  switch (item.state) {
    case 'waiting':
      return (
        <Text size="xs" c="dimmed" {...common}>
          {t('listing.waiting')}
        </Text>
      );
    case 'working':
      return (
        <Group gap={6} {...common}>
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            {t('listing.working')}
          </Text>
        </Group>
      );
    case 'saved':
      return (
        <Badge color="green" variant="light" size="sm" tt="none" {...common}>
          {t('listing.saved')}
        </Badge>
      );
    case 'duplicate':
      return (
        <Badge color="yellow" variant="light" size="sm" tt="none" {...common}>
          {t('listing.duplicate')}
        </Badge>
      );
    case 'skipped':
      return (
        <Badge color="gray" variant="light" size="sm" tt="none" {...common}>
          {t('listing.skipped')}
        </Badge>
      );
    case 'error':
      return (
        <Text size="xs" c="red" title={item.error?.detail} {...common}>
          {item.error?.message}
        </Text>
      );
  }
}

/**
 * One article link of the listing: a checkbox with the title, the date the listing shows, "Đã có" when the queue
 * already has it, and under it the outcome once a job has run over it.
 */
export function ListingLinkRow({ link, checked, disabled, queued, item, onToggle }: ListingLinkRowProps) {
  const t = useT();
  const date = formatVietnameseDate(link.date);
  return (
    <Box py={6} px="xs" data-testid="listing-link" data-url={link.url} data-queued={queued} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Checkbox
        size="sm"
        checked={checked}
        disabled={disabled}
        onChange={() => onToggle(link.url)}
        aria-label={link.title}
        label={
          <Text size="sm" lineClamp={2} title={link.url} c={queued ? 'dimmed' : undefined}>
            {link.title}
          </Text>
        }
        description={
          (date || queued) && (
            <Group gap={6} component="span">
              {date && <span data-testid="listing-date">{date}</span>}
              {queued && (
                <Badge component="span" color="teal" variant="outline" size="xs" tt="none" data-testid="listing-queued">
                  {t('listing.queued')}
                </Badge>
              )}
            </Group>
          )
        }
        styles={{ body: { minWidth: 0 }, labelWrapper: { minWidth: 0, flex: 1 } }}
      />
      {item && (
        <Box pl={32} mt={4}>
          <ItemLine item={item} />
        </Box>
      )}
    </Box>
  );
}
