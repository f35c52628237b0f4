import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_IMAGE_CAP_MB, IMAGE_CAP_SETTING_KEY, MAX_IMAGE_CAP_MB, parseImageCapMb } from '../../lib/images/image-cap';
import { useI18n } from '../i18n';

/** Reads the stored cap in MB; a missing or invalid value gives the default (stored data is checked at the door). */
export async function readImageCapMb(): Promise<number> {
  try {
    const stored = await browser.storage.local.get(IMAGE_CAP_SETTING_KEY);
    return parseImageCapMb(stored[IMAGE_CAP_SETTING_KEY]) ?? DEFAULT_IMAGE_CAP_MB;
  } catch {
    return DEFAULT_IMAGE_CAP_MB;
  }
}

/**
 * The size cap of each item's saved images, in MB: stored in `browser.storage.local` like the interface language
 * (`settings.imageCapMb`), which the background reads before saving an item's images. A value that is not a
 * number greater than 0 and at most {@link MAX_IMAGE_CAP_MB} is refused with a message and not stored.
 */
export function ImageCapSetting() {
  const { t, language } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void readImageCapMb().then((mb) => alive && setValue(String(mb).replace('.', language === 'vi' ? ',' : '.')));
    return () => {
      alive = false;
    };
    // Read once; the field is the editor's until they save.
  }, []);

  const save = async (): Promise<void> => {
    setSaved(null);
    const mb = parseImageCapMb(value);
    if (mb === null) {
      setError(t('settings.imageCapInvalid', { max: MAX_IMAGE_CAP_MB }));
      return;
    }
    setError(null);
    await browser.storage.local.set({ [IMAGE_CAP_SETTING_KEY]: mb });
    setSaved(t('settings.imageCapSaved', { value: String(mb).replace('.', language === 'vi' ? ',' : '.') }));
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('settings.imageCapTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.imageCapHint')}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('settings.imageCapLabel')}
              value={value}
              inputMode="decimal"
              w={260}
              error={error}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setError(null);
                setSaved(null);
              }}
              data-testid="image-cap-input"
            />
            <Button type="submit" mt={25} variant="light" data-testid="image-cap-save">
              {t('settings.imageCapSave')}
            </Button>
          </Group>
        </form>
        {saved && (
          <Text size="sm" c="teal.8" data-testid="image-cap-saved">
            {saved}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
