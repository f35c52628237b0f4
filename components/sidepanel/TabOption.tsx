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
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * One tab in the open-tabs list: checkbox with the tab's title and host (or why it cannot be read), and the
 * capture result once it has run: saved, already there, or the error in red.
 */
export function TabOption({ tab, checked, disabled, result, onToggle }: TabOptionProps) {
  const t = useT();
  const readable = tab.access === 'ok';
  const description = readable ? hostOf(tab.url) : tab.access === 'internal' ? t('tabs.internal') : t('tabs.noAccess');

  return (
    <Box py={6} px="xs" data-testid="tab-option" data-tab-id={tab.id} data-access={tab.access} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group wrap="nowrap" gap="xs" align="flex-start">
        <Checkbox
          size="sm"
          mt={2}
          checked={checked}
          disabled={disabled || !readable}
          onChange={() => onToggle(tab.id)}
          aria-label={tab.title ?? t('tabs.untitled')}
          style={{ flex: 1, minWidth: 0 }}
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
        {result?.state === 'ok' && (
          <Badge color="green" variant="light" size="sm" data-testid="tab-result" data-tab-id={tab.id} data-state="ok" style={{ flexShrink: 0 }}>
            {t('tabs.ok')}
          </Badge>
        )}
        {result?.state === 'duplicate' && (
          <Badge color="yellow" variant="light" size="sm" data-testid="tab-result" data-tab-id={tab.id} data-state="duplicate" style={{ flexShrink: 0 }}>
            {t('tabs.dup')}
          </Badge>
        )}
        {result?.state === 'working' && <Loader size={14} mt={4} aria-label={t('tabs.working')} />}
        {result?.state === 'waiting' && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {t('tabs.waiting')}
          </Text>
        )}
      </Group>
      {result?.state === 'error' && (
        <Text size="xs" c="red" mt={4} pl={30} data-testid="tab-result" data-tab-id={tab.id} data-state="error">
          {result.message}
        </Text>
      )}
    </Box>
  );
}
