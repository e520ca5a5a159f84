import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GISTM_PRINCIPLES } from './gistm.ts';
import {
  GISTM_RENDERED_STATEMENTS,
  GISTM_TEXT_SOURCES,
  GISTM_TRANSLATED_STATEMENTS,
  principlesWithTranslations,
  principleText,
} from './gistm-texts.ts';

describe('GISTM principle statements by language', () => {
  it('gives a French reader the published French wording, with the translation as its source', () => {
    const p1 = principleText(1, 'fr');
    assert.equal(p1.lang, 'fr');
    assert.match(p1.text, /^Respecter les droits des populations affectées par le projet/);
    assert.equal(p1.source.kind, 'translation');
    assert.equal(
      p1.source.title,
      'Norme industrielle mondiale pour la gestion des résidus miniers (projet final)',
    );
  });

  it('gives Strata’s rendering, flagged as such, where no published wording was read', () => {
    const p9 = principleText(9, 'fr');
    assert.equal(p9.lang, 'fr');
    assert.equal(p9.kind, 'rendering');
    // A rendering's source is the English original it renders, not a translation.
    assert.equal(p9.source.kind, 'original');
    for (const lang of ['ar', 'zh', 'ru']) {
      const p1 = principleText(1, lang);
      assert.equal(p1.lang, lang);
      assert.equal(p1.kind, 'rendering');
      assert.notEqual(p1.text, GISTM_PRINCIPLES[0]?.statement);
    }
  });

  it('gives the English original to an English reader and in a language Strata does not render', () => {
    for (const lang of ['en', 'de', 'constructor']) {
      const p9 = principleText(9, lang);
      assert.deepEqual(
        [p9.lang, p9.kind, p9.text],
        ['en', 'original', 'Appoint and empower an Engineer of Record.'],
      );
    }
  });

  it('covers every principle in every other UN language once: a published translation or a rendering', () => {
    for (const [lang, rendered] of Object.entries(GISTM_RENDERED_STATEMENTS)) {
      const translated: Record<number, string> =
        GISTM_TRANSLATED_STATEMENTS[lang as keyof typeof GISTM_TRANSLATED_STATEMENTS] ?? {};
      for (const p of GISTM_PRINCIPLES) {
        const both = [translated[p.principle], rendered[p.principle]].filter((x) => x !== undefined);
        assert.equal(both.length, 1, `${lang} principle ${p.principle}`);
      }
    }
    const api = principlesWithTranslations();
    assert.equal(api[0]?.translations.fr?.official, true);
    assert.equal(api[8]?.translations.fr?.official, false);
    assert.equal(api[0]?.translations.ar?.official, false);
  });

  it('refuses a principle the standard does not have', () => {
    assert.throws(() => principleText(16, 'en'), /1 to 15/);
    assert.throws(() => principleText(0, 'fr'), /1 to 15/);
  });

  it('holds translations only of principles the standard has, each with its dated source', () => {
    for (const [lang, statements] of Object.entries(GISTM_TRANSLATED_STATEMENTS)) {
      const source = GISTM_TEXT_SOURCES[lang as keyof typeof GISTM_TEXT_SOURCES];
      assert.equal(source.kind, 'translation', lang);
      // A translation bears the date of the standard it translates.
      assert.equal(source.date, GISTM_TEXT_SOURCES.en.date, lang);
      assert.match(source.readAt, /^https:\/\//);
      for (const [n, text] of Object.entries(statements)) {
        assert.ok(
          GISTM_PRINCIPLES.some((p) => p.principle === Number(n)),
          `${lang} principle ${n}`,
        );
        // The principle's number in the translation is the original's: each begins with a verb, as the
        // original does, and none is the English text copied over.
        assert.notEqual(text, GISTM_PRINCIPLES[Number(n) - 1]?.statement);
        assert.match(text, /\.$/, `${lang} ${n} is a whole statement`);
      }
    }
  });
});
