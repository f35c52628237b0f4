import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n';
import { ClipView } from '../queue/ClipView';
import { QueueView } from '../queue/QueueView';
import { ListingCapture } from './ListingCapture';
import { OpenTabsCapture } from './OpenTabsCapture';

/**
 * The side panel: the app name, "Lấy tin từ các tab đang mở", "Lấy tin từ trang danh mục này", and the queue in
 * compact form. Opening an item
 * shows it in place with a back button; the list stays mounted (only hidden) so its filters and scroll position
 * survive the round trip.
 */
export function SidePanelApp() {
  const t = useT();
  const [openId, setOpenId] = useState<string | null>(null);
  const [showTabs, setShowTabs] = useState(false);
  const [showListing, setShowListing] = useState(false);

  return (
    <Box style={{ height: '100dvh', display: 'flex', flexDirection: 'column', background: 'var(--mantine-color-gray-0)' }}>
      <Stack component="header" gap={8} px="sm" pt="sm" pb="xs" bg="var(--mantine-color-body)" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Box>
          <Title order={1} size="h4" c="var(--mantine-primary-color-filled)">
            {t('app.name')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('queue.title')}
          </Text>
        </Box>
        <Button variant={showTabs ? 'filled' : 'light'} fullWidth onClick={() => setShowTabs((open) => !open)} data-testid="open-tabs-button" aria-expanded={showTabs}>
          {t('tabs.button')}
        </Button>
        <Button variant={showListing ? 'filled' : 'light'} fullWidth onClick={() => setShowListing((open) => !open)} data-testid="listing-button" aria-expanded={showListing}>
          {t('listing.button')}
        </Button>
      </Stack>

      <Box component="main" p="sm" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)', overflowY: 'auto' }}>
        {showTabs && <OpenTabsCapture onClose={() => setShowTabs(false)} />}
        {showListing && <ListingCapture onClose={() => setShowListing(false)} />}
        {openId && (
          <Box bg="var(--mantine-color-body)" p="sm" style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' }}>
            <ClipView clipId={openId} onBack={() => setOpenId(null)} />
          </Box>
        )}
        <Box style={{ flex: 1, minHeight: 360, display: openId ? 'none' : 'flex', flexDirection: 'column' }}>
          <QueueView compact onOpen={setOpenId} />
        </Box>
      </Box>
    </Box>
  );
}
