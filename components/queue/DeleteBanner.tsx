import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { DeletedClips } from '../../lib/db/clip-store';
import { formatCount } from '../format';
import { useI18n } from '../i18n';

/** What the banner under the queue's toolbar reports. */
export type DeleteNotice =
  | { kind: 'deleted'; removed: DeletedClips; count: number }
  | { kind: 'restored'; count: number }
  | { kind: 'error'; message: string };

/** How long the editor can undo a deletion before the banner goes away. */
const UNDO_MS = 30_000;

/**
 * The inline banner after a deletion: "Đã xóa N tin." with "Hoàn tác", then "Đã khôi phục N tin." after an undo,
 * or the error in red. It closes itself after a while; the close button closes it at once.
 */
export function DeleteBanner({ notice, onUndo, onClose }: { notice: DeleteNotice; onUndo: () => void; onClose: () => void }) {
  const { t, language } = useI18n();

  useEffect(() => {
    const timer = window.setTimeout(onClose, notice.kind === 'deleted' ? UNDO_MS : 6000);
    return () => window.clearTimeout(timer);
  }, [notice, onClose]);

  const color = notice.kind === 'error' ? 'red' : notice.kind === 'restored' ? 'teal' : 'gray';
  return (
    <Alert
      color={color}
      variant="light"
      withCloseButton
      closeButtonLabel={t('tabs.close')}
      onClose={onClose}
      p="xs"
      role="status"
      data-testid="delete-banner"
      data-state={notice.kind}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm">
          {notice.kind === 'deleted' && t('queue.deleted', { count: formatCount(notice.count, language) })}
          {notice.kind === 'restored' && t('queue.restored', { count: formatCount(notice.count, language) })}
          {notice.kind === 'error' && notice.message}
        </Text>
        {notice.kind === 'deleted' && (
          <Button size="compact-sm" variant="white" onClick={onUndo} data-testid="undo-delete">
            {t('queue.undo')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
