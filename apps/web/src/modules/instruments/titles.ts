/**
 * An instrument's title in the UI language when one is recorded (flagged official or not), else its
 * English title (`official: null`).
 */
export function titleIn(
  i: { title: string; titles: Record<string, { title: string; official: boolean }> },
  lang: string,
): { title: string; lang: string; official: boolean | null } {
  const localized = lang === 'en' ? undefined : i.titles[lang];
  return localized
    ? { title: localized.title, lang, official: localized.official }
    : { title: i.title, lang: 'en', official: null };
}
