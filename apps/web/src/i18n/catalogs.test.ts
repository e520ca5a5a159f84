import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { NAMESPACES } from './catalog-files.ts';
import { LANGUAGES } from './languages.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const catalogDir = path.join(here, 'catalogs');
const srcDir = path.resolve(here, '..');

function readCatalog(namespace: string, lang: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(catalogDir, namespace, `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

/** The argument names a message uses ({name}, {count, plural, …}), for comparing languages. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    ) {
      into.add(el.value);
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.tag) {
      argumentsOf(el.children, into);
    }
  }
  return into;
}

function pluralsWithoutOther(elements: MessageFormatElement[]): string[] {
  const missing: string[] = [];
  for (const el of elements) {
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (!('other' in el.options)) missing.push(el.value);
      for (const option of Object.values(el.options)) missing.push(...pluralsWithoutOther(option.value));
    }
  }
  return missing;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'catalogs' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('i18n catalogs', () => {
  it('has exactly the declared namespaces, each with one file per UN language', () => {
    const dirs = readdirSync(catalogDir).sort();
    assert.deepEqual(dirs, [...NAMESPACES].sort());
    for (const namespace of NAMESPACES) {
      const files = readdirSync(path.join(catalogDir, namespace)).sort();
      assert.deepEqual(files, LANGUAGES.map((l) => `${l}.json`).sort(), namespace);
    }
  });

  for (const namespace of NAMESPACES) {
    it(`${namespace}: every language has the English keys, no more, as valid ICU with the same arguments`, () => {
      const english = readCatalog(namespace, 'en');
      const englishKeys = Object.keys(english).sort();
      assert.ok(englishKeys.length > 0, `${namespace}/en.json is empty`);
      for (const lang of LANGUAGES) {
        const catalog = readCatalog(namespace, lang);
        const keys = Object.keys(catalog);
        const missing = englishKeys.filter((k) => !(k in catalog));
        const extra = keys.filter((k) => !(k in english));
        assert.deepEqual(missing, [], `${namespace}/${lang}.json is missing keys`);
        assert.deepEqual(extra, [], `${namespace}/${lang}.json has keys English lacks`);
        for (const key of keys) {
          const message = catalog[key];
          assert.equal(typeof message, 'string', `${namespace}/${lang}.json ${key}`);
          assert.ok(message.trim().length > 0, `${namespace}/${lang}.json ${key} is empty`);
          let ast: MessageFormatElement[];
          try {
            ast = parse(message);
          } catch (error) {
            assert.fail(
              `${namespace}/${lang}.json ${key}: invalid ICU message (${(error as Error).message})`,
            );
          }
          assert.deepEqual(
            pluralsWithoutOther(ast),
            [],
            `${namespace}/${lang}.json ${key}: plural without "other"`,
          );
          assert.deepEqual(
            [...argumentsOf(ast)].sort(),
            [...argumentsOf(parse(english[key]))].sort(),
            `${namespace}/${lang}.json ${key}: arguments differ from English`,
          );
        }
      }
    });
  }

  it('defines every message id the source code names literally', () => {
    const known = new Set<string>();
    for (const namespace of NAMESPACES) {
      for (const key of Object.keys(readCatalog(namespace, 'en'))) known.add(`${namespace}.${key}`);
    }
    const used = new Map<string, string>();
    // Literal ids: formatMessage({ id: 'x.y' }), summaryId: 'x.y', t('x.y') and ['selector', 'x.y'] pairs.
    const pattern = /(?:\b(?:id|[a-z]+Id):\s*|\bt\(\s*|,\s*)'((?:[a-z]+)\.[A-Za-z0-9_.]+)'/g;
    for (const file of sourceFiles(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        const id = match[1];
        if ((NAMESPACES as readonly string[]).includes(id.split('.')[0]))
          used.set(id, path.relative(srcDir, file));
      }
    }
    assert.ok(used.size > 20, `only ${used.size} message ids found: is the pattern still right?`);
    const undefinedIds = [...used].filter(([id]) => !known.has(id)).map(([id, file]) => `${id} (${file})`);
    assert.deepEqual(undefinedIds, []);
  });
});
