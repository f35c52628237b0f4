import { Badge } from '@mantine/core';
import type { ClipStatus } from '../../lib/db/types';
import { useT } from '../i18n';
import { STATUS_COLOR, STATUS_LABEL } from './status';

/** The editorial status of an item as a small coloured badge with its Vietnamese (or English) label. */
export function StatusBadge({ status, size = 'sm' }: { status: ClipStatus; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size={size} radius="sm" tt="none" fw={600} style={{ flexShrink: 0 }} data-status={status}>
      {t(STATUS_LABEL[status])}
    </Badge>
  );
}
