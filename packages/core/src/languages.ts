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

/**
 * Fields of a record in some of the six languages, each language flagged `official` (the publisher's own
 * text in that language) or not (a translation made for Strata).
 */
export type Translations<F extends object> = Partial<Record<Language, F & { official: boolean }>>;

/**
 * The form of a record to show a reader of `lang`: that language's, else the official one, else English,
 * else any. `language` says which one was picked so that the page can mark it (lang attribute, "unofficial
 * translation").
 */
export function pickTranslation<F extends object>(
  translations: Translations<F> | null | undefined,
  lang: Language,
): (F & { official: boolean; language: Language }) | null {
  if (!translations) return null;
  const order: Language[] = [lang];
  for (const l of LANGUAGES) if (translations[l]?.official) order.push(l);
  order.push('en', ...LANGUAGES);
  for (const l of order) {
    const t = translations[l];
    if (t) return { ...t, language: l };
  }
  return null;
}
