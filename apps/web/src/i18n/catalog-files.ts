import type { Language } from './languages.ts';
import { isLanguage } from './languages.ts';

/** A flat ICU message catalog: message key → ICU MessageFormat string. */
export type Catalog = Record<string, string>;

/** The namespaces every language must provide (one file each: `catalogs/<namespace>/<lang>.json`). */
export const NAMESPACES = [
  'common',
  'home',
  'countries',
  'auth',
  'process',
  'instruments',
  'sand',
  'dredging',
  'tailings',
  'exchange',
] as const;

/**
 * Reads `<namespace>/<lang>.json` from the end of a catalog file path.
 * @example parseCatalogPath('./catalogs/home/fr.json') // { namespace: 'home', lang: 'fr' }
 */
export function parseCatalogPath(path: string): { namespace: string; lang: Language } | null {
  const match = /([a-z][a-z0-9_-]*)\/([a-z]{2})\.json$/.exec(path);
  if (!match || !isLanguage(match[2])) return null;
  return { namespace: match[1], lang: match[2] };
}

/**
 * Merges per-namespace catalog files into one catalog per language; message ids are `<namespace>.<key>`.
 * @example mergeCatalogs({ './catalogs/home/en.json': { title: 'Hi' } }).en // { 'home.title': 'Hi' }
 */
export function mergeCatalogs(files: Record<string, Catalog>): Partial<Record<Language, Catalog>> {
  const merged: Partial<Record<Language, Catalog>> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const parsed = parseCatalogPath(path);
    if (!parsed) continue;
    const target = merged[parsed.lang] ?? {};
    for (const [key, message] of Object.entries(catalog)) target[`${parsed.namespace}.${key}`] = message;
    merged[parsed.lang] = target;
  }
  return merged;
}
