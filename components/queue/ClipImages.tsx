import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ClipImage } from '../../lib/db/types';
import { summarizeImages } from '../../lib/images/image-summary';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { sendMessage } from '../messaging';

/** Props of {@link ClipImages}. */
export interface ClipImagesProps {
  clipId: string;
  records: readonly ClipImage[];
}

/**
 * The line under an item's metadata that says how its images are kept ("Ảnh lưu kèm: 2/3 đã lưu trên máy · 1 lỗi"),
 * why some failed, a retry button when some did, and, for images on a host the extension may not read, a button
 * that asks the browser for that one host (the permission prompt needs the editor's click) and then retries.
 */
export function ClipImages({ clipId, records }: ClipImagesProps) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (records.length === 0) return null;
  const s = summarizeImages(records);
  const n = (count: number) => formatCount(count, language);
  const parts = [t('images.saved', { saved: n(s.saved), total: n(s.total) })];
  if (s.waiting) parts.push(t('images.waiting', { count: n(s.waiting) }));
  if (s.failed) parts.push(t('images.failed', { count: n(s.failed) }));
  if (s.overCap) parts.push(t('images.overCap', { count: n(s.overCap) }));

  const retry = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await sendMessage({ type: 'save-images', clipId });
      if (!answer.ok) setProblem(t('images.retryFailed', { message: answer.error.message }));
    } catch (error) {
      setProblem(t('images.retryFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const grant = (host: string): void => {
    setProblem(null);
    // Asked straight from the click: the browser shows its prompt only during the editor's gesture.
    browser.permissions
      .request({ origins: [`*://${host}/*`] })
      .then((granted) => (granted ? retry() : setProblem(t('images.grantRefused', { host }))))
      .catch((error: unknown) => setProblem(t('images.retryFailed', { message: error instanceof Error ? error.message : String(error) })));
  };

  return (
    <Stack gap={6} data-testid="clip-images" data-saved={s.saved} data-waiting={s.waiting} data-failed={s.failed} data-over-cap={s.overCap}>
      <Text size="sm" c={s.failed ? 'orange.8' : 'dimmed'} data-testid="clip-images-line">
        {parts.join(' · ')}
      </Text>
      {s.failed > 0 && (
        <Text size="xs" c="dimmed" data-testid="clip-images-reasons">
          {t('images.reasons', { reasons: s.failures.map((code) => t(`images.reason.${code}`)).join('; ') })}
        </Text>
      )}
      {s.failed > 0 && (
        <Group gap="xs">
          {s.hostsWithoutPermission.map((host) => (
            <Button key={host} size="compact-sm" variant="light" onClick={() => grant(host)} loading={busy} data-testid="clip-images-grant">
              {t('images.grant', { host })}
            </Button>
          ))}
          <Button size="compact-sm" variant="default" onClick={() => void retry()} loading={busy} data-testid="clip-images-retry">
            {t('images.retry')}
          </Button>
        </Group>
      )}
      {problem && (
        <Alert color="orange" variant="light" p="xs">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
