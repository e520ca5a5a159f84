import type { Catalog } from './catalog-files.ts';
import type { Language } from './languages.ts';

// One lazily loaded chunk per language (all its namespaces), so a page carries only the messages it shows.
const bundles: Record<Language, () => Promise<{ default: Catalog }>> = {
  ar: () => import('./bundles/ar.ts'),
  zh: () => import('./bundles/zh.ts'),
  en: () => import('./bundles/en.ts'),
  fr: () => import('./bundles/fr.ts'),
  ru: () => import('./bundles/ru.ts'),
  es: () => import('./bundles/es.ts'),
};

const loaded = new Map<Language, Catalog>();

/** All UI messages of a language, keyed `<namespace>.<key>` (fetched once, then cached). */
export async function loadMessages(lang: Language): Promise<Catalog> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const messages = (await bundles[lang]()).default;
  loaded.set(lang, messages);
  return messages;
}
