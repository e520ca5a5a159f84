import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HAZARD_FACTS, ruleMessage } from './rules.ts';
import { FACTOR_KEYS } from './view.ts';

const catalog = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../i18n/catalogs/tailings/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;

describe('the source of a score rule in the reader’s language', () => {
  it('follows GISTM 10.5 for the review interval, as the score does', () => {
    assert.deepEqual(
      ruleMessage('years since last independent review', { gistmClass: 'extreme', runoutC: null }),
      {
        id: 'tailings.rule.reviewAge.short',
        values: { years: '5' },
      },
    );
    assert.deepEqual(
      ruleMessage('years since last independent review', { gistmClass: 'high', runoutC: null }),
      {
        id: 'tailings.rule.reviewAge.long',
        values: { years: '10' },
      },
    );
    assert.deepEqual(
      ruleMessage('years since last independent review', { gistmClass: null, runoutC: null }),
      {
        id: 'tailings.rule.reviewAge.unknown',
        values: { years: '5' },
      },
    );
  });

  it('names the runout constant, and says when the area needs the volume', () => {
    assert.deepEqual(ruleMessage('estimated inundation area (km²)', { gistmClass: null, runoutC: 200 }), {
      id: 'tailings.rule.area',
      values: { c: '200', lahar: 'yes' },
    });
    assert.equal(
      ruleMessage('estimated inundation area (km²)', { gistmClass: null, runoutC: null })?.id,
      'tailings.rule.area.needsVolume',
    );
    assert.equal(ruleMessage('an unknown factor', { gistmClass: null, runoutC: null }), null);
  });

  it('has every rule and hazard message in all six languages, citations kept verbatim', () => {
    const en = catalog('en');
    const ids = [
      ...Object.keys(FACTOR_KEYS).map((f) => ruleMessage(f, { gistmClass: 'high', runoutC: 200 })?.id),
      'tailings.rule.reviewAge.short',
      'tailings.rule.reviewAge.unknown',
      'tailings.rule.area.needsVolume',
      'tailings.toxicityBasis.disclosed',
      'tailings.toxicityBasis.proxy',
      'tailings.toxicitySource.disclosed',
      'tailings.toxicitySource.proxy',
    ].map((id) => (id as string).replace(/^tailings\./, ''));
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
      const c = catalog(lang);
      for (const id of ids) assert.ok(c[id], `${lang} lacks ${id}`);
      // A citation reads the same in every language.
      assert.ok(c['rule.volume']?.includes('Rico et al. (2008b)'), lang);
    }
    for (const fact of Object.values(HAZARD_FACTS)) assert.ok(en[`hazard.${fact}`], fact);
  });
});
