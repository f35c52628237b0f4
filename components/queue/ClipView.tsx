import './article.css';
import { Alert, Badge, Box, Button, Divider, Group, NativeSelect, Skeleton, Stack, Text, Title, Typography } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { setClipStatus } from '../../lib/db/clip-store';
import { CLIP_STATUSES } from '../../lib/db/types';
import { sanitizeHtmlString } from '../../lib/extract/sanitize';
import { useDb } from '../DbProvider';
import { formatCount, formatEpochVietnam, formatVietnameseDate } from '../format';
import { useI18n } from '../i18n';
import { safeHttpUrl } from '../safe-url';
import { AttachmentList } from './AttachmentList';
import { ClipImages } from './ClipImages';
import { TagChips } from '../tagging/TagChips';
import { MetaItem } from './MetaItem';
import { isClipStatus, STATUS_COLOR, STATUS_LABEL } from './status';
import { useSavedImages, withSavedImages } from './use-saved-images';

/** Props of {@link ClipView}. */
export interface ClipViewProps {
  clipId: string;
  /** Shows a "back to the list" button when given (side panel, narrow dashboard). */
  onBack?: () => void;
}

/**
 * One queue item in full: title, metadata (site, dates, author, source, time saved), status selector, link to
 * the original, lead in bold, the article body and its attachments. The stored HTML is sanitised again right
 * before it is shown, whatever wrote it.
 */
export function ClipView({ clipId, onBack }: ClipViewProps) {
  const db = useDb();
  const { t, language } = useI18n();
  const [statusError, setStatusError] = useState<string | null>(null);
  const loaded = useLiveQuery(
    async () => ({ id: clipId, clip: (await db.clips.get(clipId)) ?? null, body: (await db.bodies.get(clipId)) ?? null }),
    [db, clipId],
  );
  // The live query keeps the previous item while the next one loads; never show it under the new id.
  const current = loaded?.id === clipId ? loaded : undefined;
  const storedHtml = current?.body?.html ?? '';
  const sanitized = useMemo(() => (storedHtml ? sanitizeHtmlString(storedHtml, window) : ''), [storedHtml]);
  // Saved images are shown from their Blobs, so the item stays complete when the source is offline.
  const savedImages = useSavedImages(clipId);
  const html = useMemo(() => withSavedImages(sanitized, savedImages.urls), [sanitized, savedImages.urls]);

  const back = onBack && (
    <Button variant="subtle" size="compact-sm" onClick={onBack} leftSection={<span aria-hidden>←</span>} data-testid="clip-back">
      {t('queue.back')}
    </Button>
  );

  if (!current) {
    return (
      <Stack gap="sm" data-testid="clip-view" aria-busy>
        {back && <Group>{back}</Group>}
        <Skeleton height={28} width="85%" />
        <Skeleton height={14} width="60%" />
        <Skeleton height={14} />
        <Skeleton height={14} />
        <Skeleton height={180} />
      </Stack>
    );
  }

  const { clip, body } = current;
  if (!clip) {
    return (
      <Stack gap="sm" data-testid="clip-view" data-missing>
        {back && <Group>{back}</Group>}
        <Alert color="gray" variant="light">
          {t('queue.notFound')}
        </Alert>
      </Stack>
    );
  }

  const original = safeHttpUrl(clip.url);
  const published = formatVietnameseDate(clip.published);
  const updated = formatVietnameseDate(clip.updated);
  const statusData = CLIP_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) }));

  const changeStatus = (value: string): void => {
    if (!isClipStatus(value)) return;
    setStatusError(null);
    setClipStatus(db, clip.id, value).catch((error: unknown) => {
      setStatusError(t('queue.statusFailed', { message: error instanceof Error ? error.message : String(error) }));
    });
  };

  return (
    <Stack gap="md" data-testid="clip-view" data-clip-id={clip.id}>
      {back && <Group>{back}</Group>}

      <Stack gap={6}>
        <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: 0.4 }}>
          {clip.siteName || clip.site}
        </Text>
        <Title order={2} size="h3" lh={1.3} data-testid="clip-title">
          {clip.title || t('queue.untitled')}
        </Title>
        <Group gap="md" style={{ rowGap: 4 }}>
          <MetaItem label={t('queue.published')} testId="clip-date">
            {published ?? t('capture.noDate')}
          </MetaItem>
          {updated && (
            <MetaItem label={t('queue.updated')} testId="clip-updated">
              {updated}
            </MetaItem>
          )}
          {clip.author && (
            <MetaItem label={t('queue.author')} testId="clip-author">
              {clip.author}
            </MetaItem>
          )}
          {clip.source && (
            <MetaItem label={t('queue.source')} testId="clip-source">
              {clip.source}
            </MetaItem>
          )}
          <MetaItem label={t('queue.captured')} testId="clip-captured">
            {formatEpochVietnam(clip.capturedAt)}
          </MetaItem>
        </Group>
      </Stack>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('queue.status')}
          size="sm"
          w={180}
          data={statusData}
          value={clip.status}
          onChange={(event) => changeStatus(event.currentTarget.value)}
          data-testid="clip-status"
          styles={{ input: { borderColor: `var(--mantine-color-${STATUS_COLOR[clip.status]}-5)` } }}
        />
        {original && (
          <Button component="a" href={original} target="_blank" rel="noopener" variant="light" data-testid="clip-original-link">
            {t('queue.original')}
          </Button>
        )}
        <Group gap={6}>
          {clip.selectionOnly && (
            <Badge variant="outline" color="orange" size="sm" tt="none">
              {t('queue.selectionOnly')}
            </Badge>
          )}
          {clip.wordCount > 0 && (
            <Badge variant="default" size="sm" tt="none" fw={500}>
              {t('queue.words', { count: formatCount(clip.wordCount, language) })}
            </Badge>
          )}
          {clip.imageCount > 0 && (
            <Badge variant="default" size="sm" tt="none" fw={500}>
              {t('queue.images', { count: formatCount(clip.imageCount, language) })}
            </Badge>
          )}
        </Group>
      </Group>
      <TagChips clipId={clip.id} />
      {savedImages.records && <ClipImages clipId={clip.id} records={savedImages.records} />}
      {statusError && (
        <Alert color="red" variant="light">
          {statusError}
        </Alert>
      )}

      <Divider />

      {clip.lead && (
        <Text fw={700} size="md" lh={1.6} data-testid="clip-lead">
          {clip.lead}
        </Text>
      )}

      {html ? (
        <Typography>
          {/* The only place stored HTML is rendered: it has just been through sanitizeHtmlString. */}
          <Box className="cchc-article" data-testid="clip-body" dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      ) : (
        <Text c="dimmed" size="sm" data-testid="clip-body">
          {t('queue.noBody')}
        </Text>
      )}

      {body && <AttachmentList attachments={body.attachments} />}
    </Stack>
  );
}
