import type { MantineColor } from '@mantine/core';
import { CLIP_STATUSES, type ClipStatus } from '../../lib/db/types';
import type { MessageKey } from '../../lib/i18n';

/** The catalogue key of each status's label (Mới, Đang biên tập, Sẵn sàng, Đã đăng, Bỏ qua). */
export const STATUS_LABEL: Record<ClipStatus, MessageKey> = {
  new: 'status.new',
  editing: 'status.editing',
  ready: 'status.ready',
  published: 'status.published',
  skipped: 'status.skipped',
};

/** The badge colour of each status: blue for new work, orange while editing, teal when ready, green once published. */
export const STATUS_COLOR: Record<ClipStatus, MantineColor> = {
  new: 'reformBlue',
  editing: 'orange',
  ready: 'teal',
  published: 'green',
  skipped: 'gray',
};

/** Whether a value from a form control is one of the stored status codes. */
export function isClipStatus(value: unknown): value is ClipStatus {
  return typeof value === 'string' && (CLIP_STATUSES as readonly string[]).includes(value);
}
