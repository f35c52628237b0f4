import { Card, Group, Loader, Skeleton, Text } from '@mantine/core';
import { useT } from '../i18n';

/** The preview's shape while the page is being read. */
export function PreviewSkeleton() {
  const t = useT();
  return (
    <Card withBorder padding="sm" radius="md" aria-busy data-testid="preview-loading">
      <Card.Section>
        <Skeleton height={170} radius={0} />
      </Card.Section>
      <Skeleton height={10} width="40%" mt="sm" />
      <Skeleton height={16} mt="sm" />
      <Skeleton height={16} width="80%" mt={6} />
      <Skeleton height={10} mt="sm" />
      <Skeleton height={10} mt={6} />
      <Group gap="xs" mt="sm">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {t('capture.reading')}
        </Text>
      </Group>
    </Card>
  );
}
