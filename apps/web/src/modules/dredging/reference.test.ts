// The published global estimate the dredging pages show must say what UNEP's progress report on
// resolution 5/12 says (§19: Marine Sand Watch, 6.4–16 Gt a year), in every language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedDataFile } from '@strata/core';
import ar from '../../i18n/catalogs/dredging/ar.json' with { type: 'json' };
import en from '../../i18n/catalogs/dredging/en.json' with { type: 'json' };
import es from '../../i18n/catalogs/dredging/es.json' with { type: 'json' };
import fr from '../../i18n/catalogs/dredging/fr.json' with { type: 'json' };
import ru from '../../i18n/catalogs/dredging/ru.json' with { type: 'json' };
import zh from '../../i18n/catalogs/dredging/zh.json' with { type: 'json' };

const report = sharedDataFile('../seed/report-5-12-fr.txt');

describe('the published reference on the dredging pages', () => {
  it('matches the report’s paragraph 19', {
    skip: report ? false : 'the report text (../shared/seed/report-5-12-fr.txt) is not on this machine',
  }, () => {
    const text = readFileSync(report!, 'utf8').replace(/\s+/g, ' ');
    assert.match(text, /19\. .*Marine Sand Watch.*entre 6,4 et 16 Gt\/an/);
    assert.match(text, /GRID-Genève, Global Fishing Watch/);
    assert.match(fr['reference.published'], /entre 6,4 et 16 Gt\/an/);
  });

  it('gives the same range, source and paragraph in all six languages', () => {
    for (const [lang, catalog] of Object.entries({ ar, en, es, fr, ru, zh })) {
      const s = catalog['reference.published'];
      assert.match(s, /Marine Sand Watch/, lang);
      assert.match(s, /6[.,]4/, lang);
      assert.match(s, /16/, lang);
      assert.match(s, /19/, lang);
      assert.match(s, /5\/12/, lang);
    }
  });
});
