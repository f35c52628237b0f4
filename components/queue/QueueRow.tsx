import { Box, Checkbox, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useState, type CSSProperties, type MouseEvent } from 'react';
import type { Clip } from '../../lib/db/types';
import { formatVietnameseDate } from '../format';
import { useT } from '../i18n';
import { safeHttpUrl } from '../safe-url';
import { StatusBadge } from './StatusBadge';

/** Props of {@link QueueRow}. */
export interface QueueRowProps {
  id: string;
  /** The row's data, or undefined while the visible window is still being read. */
  clip: Clip | undefined;
  /** Absolute position and height given by the virtual list. */
  style: CSSProperties;
  selected: boolean;
  /** The item shown in the item view. */
  active: boolean;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * One line of the queue: checkbox, small thumbnail, title (two lines at most), site, publication date in
 * Vietnamese order, and the status badge. A click anywhere but the checkbox opens the item.
 */
export function QueueRow({ id, clip, style, selected, active, onToggle, onOpen }: QueueRowProps) {
  const t = useT();
  const [imageFailed, setImageFailed] = useState(false);
  const published = formatVietnameseDate(clip?.published);
  const image = imageFailed ? null : safeHttpUrl(clip?.firstImage);

  return (
    <Box
      style={{
        ...style,
        display: 'flex',
        alignItems: 'center',
        gap: 'var(--mantine-spacing-sm)',
        padding: '0 var(--mantine-spacing-sm)',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        cursor: 'pointer',
        backgroundColor: active
          ? 'var(--mantine-primary-color-light)'
          : selected
            ? 'var(--mantine-color-gray-0)'
            : 'var(--mantine-color-body)',
      }}
      data-testid="queue-row"
      data-clip-id={id}
      data-active={active || undefined}
      onClick={() => onOpen(id)}
    >
      <Checkbox
        size="sm"
        checked={selected}
        aria-label={clip?.title || t('queue.selectItem')}
        onChange={() => onToggle(id)}
        onClick={(event) => event.stopPropagation()}
        wrapperProps={{ onClick: (event: MouseEvent) => event.stopPropagation() }}
      />
      <UnstyledButton
        style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 'var(--mantine-spacing-sm)' }}
        aria-current={active || undefined}
      >
        {image && (
          <img
            src={image}
            alt=""
            loading="lazy"
            referrerPolicy="no-referrer"
            onError={() => setImageFailed(true)}
            style={{ width: 56, height: 42, objectFit: 'cover', borderRadius: 4, flexShrink: 0, background: 'var(--mantine-color-gray-1)' }}
          />
        )}
        <Box style={{ flex: 1, minWidth: 0 }}>
          {clip ? (
            <>
              <Text size="sm" fw={600} lineClamp={2} lh={1.35} title={clip.title}>
                {clip.title || t('queue.untitled')}
              </Text>
              <Group gap={6} wrap="nowrap" mt={2}>
                <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
                  {clip.siteName || clip.site}
                  {' · '}
                  {published ?? t('capture.noDate')}
                </Text>
              </Group>
            </>
          ) : (
            <>
              <Skeleton height={12} radius="sm" mb={6} />
              <Skeleton height={10} width="60%" radius="sm" />
            </>
          )}
        </Box>
        {clip && <StatusBadge status={clip.status} size="sm" />}
      </UnstyledButton>
    </Box>
  );
}
