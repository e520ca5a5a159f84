/** The six official UN languages, in the order the UN lists them. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in several languages, keyed by language code. */
export type LocalizedText = Record<Language, string>;

/** Writing direction of a UI language: Arabic is right-to-left. */
export function directionOf(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
