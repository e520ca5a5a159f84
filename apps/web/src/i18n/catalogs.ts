import { type Catalog, mergeCatalogs } from './catalog-files.ts';
import type { Language } from './languages.ts';

// Every namespace in every language, bundled: all six languages together are a few tens of kB.
const files = import.meta.glob<Catalog>('./catalogs/*/*.json', { eager: true, import: 'default' });
const catalogs = mergeCatalogs(files);

/** All UI messages of a language, keyed `<namespace>.<key>`. */
export function messagesFor(lang: Language): Catalog {
  return catalogs[lang] ?? {};
}
