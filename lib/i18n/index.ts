import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey } from './vi';

/** Interface languages: Vietnamese first, English second. */
export type Language = 'vi' | 'en';
/** The editor's choice: a language, or 'auto' to follow the browser. */
export type LanguageSetting = Language | 'auto';

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { vi, en };

/**
 * Chooses the interface language: the editor's setting wins; 'auto' follows the browser's languages, taking
 * English only when the browser prefers English to Vietnamese, and Vietnamese otherwise.
 */
export function chooseLanguage(setting: LanguageSetting, browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'vi') return 'vi';
    if (primary === 'en') return 'en';
  }
  return 'vi';
}

/** The message for a key in a language, with `{name}` placeholders filled. */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[language][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
