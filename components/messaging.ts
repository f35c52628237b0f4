import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { LanguageSetting } from '../lib/i18n';
import type { Protocol, ResponseOf } from '../lib/messages';

/**
 * Sends a typed request to the background and returns its typed response. The request's `type` picks the
 * response type, so `sendMessage({ type: 'preview-tab', tabId })` resolves to the preview response. Rejects when
 * no background answers (for instance while the extension reloads); callers turn that into a message for the editor.
 */
export async function sendMessage<K extends keyof Protocol>(request: Protocol[K]['request'] & { type: K }): Promise<ResponseOf<K>> {
  const response: unknown = await browser.runtime.sendMessage(request);
  if (typeof response !== 'object' || response === null || typeof (response as { ok?: unknown }).ok !== 'boolean') {
    throw new Error(`No valid answer to "${request.type}" from the background`);
  }
  return response as ResponseOf<K>;
}

/** The `browser.storage.local` key of the interface language. */
export const LANGUAGE_SETTING_KEY = 'settings.language';

/** Whether a stored value is a valid language setting (stored data is checked at the door). */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || value === 'vi' || value === 'en';
}

/** Reads the interface language setting; anything missing or invalid means 'auto'. */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  try {
    const stored = await browser.storage.local.get(LANGUAGE_SETTING_KEY);
    const value: unknown = stored[LANGUAGE_SETTING_KEY];
    return isLanguageSetting(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** Stores the interface language setting; every open extension page follows it through `storage.onChanged`. */
export async function writeLanguageSetting(setting: LanguageSetting): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_SETTING_KEY]: setting });
}

/** The state of {@link useLanguageSetting}. */
export interface LanguageSettingState {
  /** The current setting ('auto' until loaded). */
  setting: LanguageSetting;
  /** False until the stored value has been read, so pages can avoid flashing the wrong language. */
  loaded: boolean;
  /** Saves a new setting. */
  setSetting: (next: LanguageSetting) => Promise<void>;
}

/**
 * The interface language setting from `browser.storage.local` (`settings.language`: 'auto' | 'vi' | 'en',
 * default 'auto'), kept in sync when another extension page changes it.
 */
export function useLanguageSetting(): LanguageSettingState {
  const [setting, setLocal] = useState<LanguageSetting>('auto');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let alive = true;
    void readLanguageSetting().then((value) => {
      if (!alive) return;
      setLocal(value);
      setLoaded(true);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[LANGUAGE_SETTING_KEY];
      if (area !== 'local' || !change) return;
      setLocal(isLanguageSetting(change.newValue) ? change.newValue : 'auto');
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const setSetting = useCallback(async (next: LanguageSetting) => {
    setLocal(next);
    await writeLanguageSetting(next);
  }, []);

  return { setting, loaded, setSetting };
}
