/** The six official UN languages, in the order the UN lists them. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in each UI language (the API's localized fields). */
export type LocalizedText = Record<Language, string>;

/** Each language's name in that language (endonyms are not translated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** Writing direction of a UI language: Arabic is right-to-left. */
export function directionOf(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

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
