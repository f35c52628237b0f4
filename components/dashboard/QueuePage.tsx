import { Box, Center, Grid, Paper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useT } from '../i18n';
import { ClipView } from '../queue/ClipView';
import { QueueView } from '../queue/QueueView';

/** Height of the dashboard header plus the main area's padding, taken from the viewport for the two panes. */
const CHROME_HEIGHT = 'calc(100dvh - var(--app-shell-header-offset, 56px) - 2 * var(--mantine-spacing-md))';

/**
 * The dashboard's queue: the list on the left and the chosen item on the right on wide screens; on narrow
 * screens the item replaces the list, with a back button.
 */
export function QueuePage() {
  const t = useT();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [openId, setOpenId] = useState<string | null>(null);

  if (!wide) {
    return (
      <Box h={CHROME_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
        {openId ? (
          <Paper withBorder p="md" radius="md" style={{ overflowY: 'auto' }}>
            <ClipView clipId={openId} onBack={() => setOpenId(null)} />
          </Paper>
        ) : (
          <QueueView onOpen={setOpenId} />
        )}
      </Box>
    );
  }

  return (
    <Grid gap="md">
      <Grid.Col span={5}>
        <Box h={CHROME_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
          <QueueView selectedId={openId} onOpen={setOpenId} />
        </Box>
      </Grid.Col>
      <Grid.Col span={7}>
        <Paper withBorder radius="md" p="lg" h={CHROME_HEIGHT} style={{ overflowY: 'auto' }}>
          {openId ? (
            <ClipView clipId={openId} />
          ) : (
            <Center h="100%">
              <Text c="dimmed" size="sm">
                {t('queue.pick')}
              </Text>
            </Center>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
