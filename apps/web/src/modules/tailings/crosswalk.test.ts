import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CROSSWALKS } from '@strata/tailings/browser';
import { createIntl } from 'react-intl';
import { crosswalkIds, crosswalkText } from './crosswalk.ts';

const catalog = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../i18n/catalogs/tailings/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>;
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

describe('the crosswalk basis in the reader’s language', () => {
  const rows = CROSSWALKS.flatMap((c) => c.rows.map((r) => ({ system: c.system, name: c.name, ...r })));

  it('has every crosswalk name and row note in all six languages', () => {
    for (const lang of LANGUAGES) {
      const c = catalog(lang);
      for (const row of rows) {
        const ids = crosswalkIds({ system: row.system, noteCode: row.code });
        for (const id of [ids.name, ids.note]) {
          assert.ok(c[id.replace(/^tailings\./, '')], `${lang} lacks ${id}`);
        }
      }
    }
  });

  it('words each note in English exactly as the domain does, so the two cannot drift', () => {
    const en = catalog('en');
    for (const row of rows) {
      const ids = crosswalkIds({ system: row.system, noteCode: row.code });
      assert.equal(en[ids.note.replace(/^tailings\./, '')], row.note, row.code);
      assert.equal(en[ids.name.replace(/^tailings\./, '')], row.name, row.system);
    }
  });

  it('gives one code to one note only', () => {
    const byCode = new Map<string, string>();
    for (const row of rows) {
      assert.equal(byCode.get(row.code) ?? row.note, row.note, row.code);
      byCode.set(row.code, row.note);
    }
  });

  it('reads the catalog in the reader’s language and falls back to the API’s English for an unknown code', () => {
    const fr = Object.fromEntries(Object.entries(catalog('fr')).map(([k, v]) => [`tailings.${k}`, v]));
    const intl = createIntl({ locale: 'fr', messages: fr, onError: () => {} });
    const ancold = rows.find((r) => r.code === 'ancoldHighC');
    assert.ok(ancold);
    const text = crosswalkText(intl, {
      system: 'ancold',
      name: ancold.name,
      noteCode: 'ancoldHighC',
      note: ancold.note,
    });
    assert.equal(text.name, 'Catégories de conséquences de l’ANCOLD');
    assert.match(text.note, /^High C, la plus basse des trois catégories/);
    assert.deepEqual(
      crosswalkText(intl, {
        system: 'future',
        name: 'A future table',
        noteCode: 'future',
        note: 'a future note',
      }),
      { name: 'A future table', note: 'a future note' },
    );
  });
});
