import { Badge, Box, Checkbox, Group, Loader, Text } from '@mantine/core';
import { useT } from '../i18n';
import type { TabEntry } from './tab-entry';
import type { TabResult } from './tab-result';

/** Props of {@link TabOption}. */
export interface TabOptionProps {
  tab: TabEntry;
  checked: boolean;
  disabled: boolean;
  result: TabResult | undefined;
  onToggle: (id: number) => void;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** The capture outcome under a tab: saved, already there, the error in red, or waiting / working. */
function ResultLine({ tabId, result }: { tabId: number; result: TabResult }) {
  const t = useT();
  switch (result.state) {
    case 'ok':
      return (
        <Badge color="green" variant="light" size="sm" tt="none" data-testid="tab-result" data-tab-id={tabId} data-state="ok">
          {t('tabs.ok')}
        </Badge>
      );
    case 'duplicate':
      return (
        <Badge color="yellow" variant="light" size="sm" tt="none" data-testid="tab-result" data-tab-id={tabId} data-state="duplicate">
          {t('tabs.dup')}
        </Badge>
      );
    case 'error':
      return (
        <Text size="xs" c="red" data-testid="tab-result" data-tab-id={tabId} data-state="error">
          {result.message}
        </Text>
      );
    case 'working':
      return (
        <Group gap={6}>
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            {t('tabs.working')}
          </Text>
        </Group>
      );
    case 'waiting':
      return (
        <Text size="xs" c="dimmed">
          {t('tabs.waiting')}
        </Text>
      );
  }
}

/**
 * One tab in the open-tabs list: checkbox with the tab's title and host (or why it cannot be read), and under it
 * the capture result once it has run.
 */
export function TabOption({ tab, checked, disabled, result, onToggle }: TabOptionProps) {
  const t = useT();
  const readable = tab.access === 'ok';
  const description = readable ? hostOf(tab.url) : tab.access === 'internal' ? t('tabs.internal') : t('tabs.noAccess');

  return (
    <Box py={6} px="xs" data-testid="tab-option" data-tab-id={tab.id} data-access={tab.access} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Checkbox
        size="sm"
        checked={checked}
        disabled={disabled || !readable}
        onChange={() => onToggle(tab.id)}
        aria-label={tab.title ?? t('tabs.untitled')}
        label={
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {tab.favIconUrl && <img src={tab.favIconUrl} alt="" width={16} height={16} style={{ flexShrink: 0 }} />}
            <Text size="sm" lineClamp={1} c={readable ? undefined : 'dimmed'} title={tab.title ?? undefined}>
              {tab.title ?? t('tabs.untitled')}
            </Text>
          </Group>
        }
        description={description}
        styles={{ body: { minWidth: 0 }, labelWrapper: { minWidth: 0, flex: 1 }, description: { overflowWrap: 'anywhere' } }}
      />
      {result && (
        <Box pl={32} mt={4}>
          <ResultLine tabId={tab.id} result={result} />
        </Box>
      )}
    </Box>
  );
}
