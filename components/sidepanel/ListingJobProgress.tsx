import { Button, Progress, Stack, Text } from '@mantine/core';
import type { CaptureJob } from '../../lib/db/types';
import { useI18n } from '../i18n';
import { countJob } from './listing-state';

/** Props of {@link ListingJobProgress}. */
export interface ListingJobProgressProps {
  job: CaptureJob;
  retrying: boolean;
  onRetry: () => void;
}

/**
 * A capture job's progress: a bar of items done over items ticked, "Đã xử lý 3/5", and once finished the summary
 * (new, already there, failed) with "Thử lại" for the failed ones.
 */
export function ListingJobProgress({ job, retrying, onRetry }: ListingJobProgressProps) {
  const { t, language } = useI18n();
  const counts = countJob(job);
  const running = job.state === 'running';
  const number = (n: number): string => new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  return (
    <Stack gap={4}>
      <Progress
        value={counts.total === 0 ? 100 : (counts.done / counts.total) * 100}
        animated={running}
        striped={running}
        color={!running && counts.failed > 0 ? 'orange' : undefined}
        size="md"
        aria-label={t('listing.progress', { done: counts.done, total: counts.total })}
        data-testid="listing-progress"
        data-done={counts.done}
        data-total={counts.total}
        data-state={job.state}
      />
      <Text size="xs" c="dimmed">
        {t('listing.progress', { done: number(counts.done), total: number(counts.total) })}
      </Text>
      {!running && (
        <Text size="sm" fw={500} c={counts.failed > 0 ? 'red' : 'teal'} role="status" data-testid="listing-summary">
          {t('listing.summary', { saved: number(counts.saved), skipped: number(counts.skipped), failed: number(counts.failed) })}
        </Text>
      )}
      {!running && counts.failed > 0 && (
        <Button size="xs" variant="light" color="orange" onClick={onRetry} loading={retrying} data-testid="listing-retry" style={{ alignSelf: 'flex-start' }}>
          {t('listing.retry', { count: number(counts.failed) })}
        </Button>
      )}
    </Stack>
  );
}
