import { Badge, Card, Group, Image, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CapturePreview } from '../../lib/messages';
import { formatVietnameseDate } from '../format';
import { useT } from '../i18n';
import { safeHttpUrl } from '../safe-url';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What the popup found on the page before saving: first image, site, date, title and lead. */
export function PreviewCard({ preview }: { preview: CapturePreview }) {
  const t = useT();
  const [imageFailed, setImageFailed] = useState(false);
  const image = imageFailed ? null : safeHttpUrl(preview.firstImage);
  const date = formatVietnameseDate(preview.published);

  return (
    <Card withBorder padding="sm" radius="md" data-testid="preview-card">
      {image && (
        <Card.Section>
          <Image src={image} alt="" h={170} fit="cover" referrerPolicy="no-referrer" onError={() => setImageFailed(true)} data-testid="preview-image" />
        </Card.Section>
      )}
      <Group justify="space-between" gap="xs" mt={image ? 'sm' : 0} wrap="nowrap">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" truncate style={{ minWidth: 0 }}>
          {preview.siteName || hostOf(preview.url)}
        </Text>
        <Text size="xs" c={date ? 'dimmed' : 'orange'} style={{ flexShrink: 0 }} data-testid="preview-date">
          {date ?? t('capture.noDate')}
        </Text>
      </Group>
      <Title order={2} size="h5" lh={1.35} mt={6} lineClamp={3} data-testid="preview-title">
        {preview.title || t('queue.untitled')}
      </Title>
      {preview.lead && (
        <Text size="sm" c="dimmed" mt={6} lineClamp={4} data-testid="preview-lead">
          {preview.lead}
        </Text>
      )}
      {preview.alreadyQueued && (
        <Badge color="yellow" variant="light" mt="sm" tt="none" size="md" data-testid="preview-already-queued">
          {t('capture.alreadyQueued')}
        </Badge>
      )}
    </Card>
  );
}
