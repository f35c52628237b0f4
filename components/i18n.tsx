import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { chooseLanguage, translate, type Language, type LanguageSetting, type MessageKey } from '../lib/i18n';
import { useLanguageSetting } from './messaging';

/** Translates a catalogue key in the interface language, filling `{name}` placeholders from `params`. */
export type TranslateFn = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What the interface-language context holds. */
export interface I18nContextValue {
  /** The language in use. */
  language: Language;
  /** The editor's setting ('auto' follows the browser). */
  setting: LanguageSetting;
  /** Saves a new setting (shared by every extension page). */
  setSetting: (next: LanguageSetting) => Promise<void>;
  t: TranslateFn;
}

function contextFor(language: Language, setting: LanguageSetting, setSetting: (next: LanguageSetting) => Promise<void>): I18nContextValue {
  return { language, setting, setSetting, t: (key, params) => translate(language, key, params) };
}

const I18nContext = createContext<I18nContextValue>(contextFor('vi', 'auto', async () => {}));

/**
 * Provides the interface language: the stored setting, or the browser's languages when it is 'auto'
 * (Vietnamese unless the browser prefers English). Renders nothing until the setting is read (a few
 * milliseconds) so a page never flashes in the wrong language.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { setting, loaded, setSetting } = useLanguageSetting();
  const language = chooseLanguage(setting, typeof navigator === 'undefined' ? [] : navigator.languages);
  const value = useMemo(() => contextFor(language, setting, setSetting), [language, setting, setSetting]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (!loaded) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function of the interface language. */
export function useT(): TranslateFn {
  return useContext(I18nContext).t;
}

/** The whole language context: language in use, the setting and its setter (for the settings page). */
export function useI18n(): I18nContextValue {
  return useContext(I18nContext);
}
