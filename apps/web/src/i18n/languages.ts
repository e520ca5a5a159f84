import { isLanguage, type Language } from '@strata/core/browser';

/** The languages, text type and direction are shared with the server. */
export { directionOf, isLanguage, LANGUAGES, type Language, type LocalizedText } from '@strata/core/browser';

/** Each language's name in that language (endonyms are not translated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/**
 * The language to start with: a `?lang=` in the link (so a shared link opens in the sender's language),
 * else the stored choice, else the first browser language Strata speaks, else English.
 * @example pickInitialLanguage(null, ['fr-CH', 'en']) // 'fr'
 */
export function pickInitialLanguage(
  stored: string | null,
  browser: readonly string[],
  fromLink: string | null = null,
): Language {
  if (isLanguage(fromLink)) return fromLink;
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
