import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDb } from '../DbProvider';
import { formatBytes, formatCount } from '../format';
import { useI18n } from '../i18n';
import { isLanguageSetting } from '../messaging';
import { ImageCapSetting } from './ImageCapSetting';

/**
 * Settings: the interface language (follow the browser, Vietnamese, English), the size cap of each item's saved
 * images, and how much the queue takes on this computer (`navigator.storage.estimate()`).
 */
export function SettingsPage() {
  const db = useDb();
  const { t, language, setting, setSetting } = useI18n();
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined);
  const clipCount = useLiveQuery(() => db.clips.count(), [db]);

  useEffect(() => {
    let alive = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.estimate) {
      setEstimate(null);
      return;
    }
    storage
      .estimate()
      .then((value) => alive && setEstimate(value))
      .catch(() => alive && setEstimate(null));
    return () => {
      alive = false;
    };
  }, [clipCount]);

  return (
    <Stack gap="md" maw={640}>
      <Title order={2} size="h3">
        {t('nav.settings')}
      </Title>

      <Paper withBorder radius="md" p="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('settings.language')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.languageHint')}
          </Text>
          <SegmentedControl
            value={setting}
            onChange={(value) => {
              if (isLanguageSetting(value)) void setSetting(value);
            }}
            data={[
              { value: 'auto', label: t('settings.auto') },
              { value: 'vi', label: t('settings.vi') },
              { value: 'en', label: t('settings.en') },
            ]}
            data-testid="language-setting"
            maw={460}
          />
        </Stack>
      </Paper>

      <ImageCapSetting />

      <Paper withBorder radius="md" p="lg">
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('settings.storageTitle')}
          </Title>
          {clipCount !== undefined && <Text size="sm">{t('settings.clipCount', { count: formatCount(clipCount, language) })}</Text>}
          {estimate === null && (
            <Text size="sm" c="dimmed">
              {t('settings.storageUnknown')}
            </Text>
          )}
          {estimate && (
            <>
              <Text size="sm" data-testid="storage-used">
                {t('settings.storage', { used: formatBytes(estimate.usage ?? 0, language) })}
              </Text>
              {estimate.quota !== undefined && (
                <Text size="sm" c="dimmed">
                  {t('settings.quota', { quota: formatBytes(estimate.quota, language) })}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
