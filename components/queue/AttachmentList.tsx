import { Anchor, List, Stack, Title } from '@mantine/core';
import type { ExtractedAttachment } from '../../lib/extract/types';
import { useT } from '../i18n';
import { safeHttpUrl } from '../safe-url';

/** The files linked from an article (decisions, plans, forms), each opening in a new tab. */
export function AttachmentList({ attachments }: { attachments: readonly ExtractedAttachment[] }) {
  const t = useT();
  if (attachments.length === 0) return null;
  return (
    <Stack gap={6} data-testid="clip-attachments">
      <Title order={5}>{t('queue.attachments')}</Title>
      <List size="sm" spacing={4}>
        {attachments.map((file, index) => {
          const href = safeHttpUrl(file.href);
          return (
            <List.Item key={`${index}-${file.href}`}>
              {href ? (
                <Anchor href={href} target="_blank" rel="noopener" size="sm">
                  {file.name || href}
                </Anchor>
              ) : (
                file.name
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
