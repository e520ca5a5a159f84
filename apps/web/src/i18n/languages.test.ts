import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeCatalogs, parseCatalogPath } from './catalog-files.ts';
import { directionOf, pickInitialLanguage } from './languages.ts';

describe('pickInitialLanguage', () => {
  it('prefers the stored choice, then the first browser language Strata speaks, then English', () => {
    assert.equal(pickInitialLanguage('ru', ['fr-FR']), 'ru');
    assert.equal(pickInitialLanguage('xx', ['de-DE', 'zh-Hans-CN', 'fr']), 'zh');
    assert.equal(pickInitialLanguage(null, ['AR-EG']), 'ar');
    assert.equal(pickInitialLanguage(null, ['de', 'pt-BR']), 'en');
  });

  it('lets a ?lang= link override the stored and browser languages, ignoring unknown codes', () => {
    assert.equal(pickInitialLanguage('ru', ['fr'], 'es'), 'es');
    assert.equal(pickInitialLanguage('ru', ['fr'], 'de'), 'ru');
  });

  it('writes Arabic right to left and the others left to right', () => {
    assert.equal(directionOf('ar'), 'rtl');
    assert.deepEqual((['zh', 'en', 'fr', 'ru', 'es'] as const).map(directionOf), [
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });
});

describe('catalog files', () => {
  it('reads namespace and language from a path, ignoring other files', () => {
    assert.deepEqual(parseCatalogPath('./catalogs/dredging/es.json'), { namespace: 'dredging', lang: 'es' });
    assert.equal(parseCatalogPath('./catalogs/dredging/de.json'), null);
    assert.equal(parseCatalogPath('./catalogs/dredging/es.ts'), null);
  });

  it('merges namespaces into one catalog per language with prefixed ids', () => {
    const merged = mergeCatalogs({
      './catalogs/home/en.json': { title: 'Home' },
      './catalogs/sand/en.json': { title: 'Sand' },
      './catalogs/sand/fr.json': { title: 'Sable' },
    });
    assert.deepEqual(merged.en, { 'home.title': 'Home', 'sand.title': 'Sand' });
    assert.deepEqual(merged.fr, { 'sand.title': 'Sable' });
  });
});
