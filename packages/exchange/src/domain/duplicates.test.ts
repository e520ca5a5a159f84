import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Language } from '@strata/core';
import { compareForDuplicate, dice, textFeatures } from './duplicates.ts';
import { BANDS, bandsOfFeatures, textBands } from './signature.ts';

const item = (
  language: Language,
  text: string,
  dimensions = ['theme:water', 'stage:extraction', 'kind:training'],
) => ({
  language,
  text,
  dimensions,
});

/** Reworded duplicates (same offer written twice) and different offers on the same theme, per language. */
const CASES: { language: Language; original: string; reworded: string; different: string }[] = [
  {
    language: 'en',
    original:
      'Training for mine inspectors on monitoring water quality downstream of tailings storage facilities.',
    reworded: 'Training mine inspectors to monitor water quality downstream of tailings facilities.',
    different: 'Financial support for restoring mangrove biodiversity near coastal sand dredging sites.',
  },
  {
    language: 'fr',
    original:
      'Formation des inspecteurs miniers à la surveillance de la qualité de l’eau en aval des installations de stockage de résidus.',
    reworded:
      'Former les inspecteurs des mines à surveiller la qualité de l’eau en aval des installations de résidus.',
    different:
      'Appui financier à la restauration de la biodiversité des mangroves près des sites de dragage de sable.',
  },
  {
    language: 'ar',
    original: 'تدريب مفتشي المناجم على رصد جودة المياه في مجرى النهر أسفل مرافق تخزين المخلفات.',
    reworded: 'تدريب مفتشي المناجم على مراقبة جودة المياه أسفل مرافق تخزين المخلفات.',
    different: 'دعم مالي لاستعادة التنوع البيولوجي لأشجار المانغروف قرب مواقع تجريف الرمال الساحلية.',
  },
  {
    language: 'zh',
    original: '为矿山检查员提供尾矿库下游水质监测培训。',
    reworded: '培训矿山检查员监测尾矿库下游的水质。',
    different: '为沿海采砂地区红树林生物多样性恢复提供资金支持。',
  },
];

describe('near-duplicate detection', () => {
  for (const c of CASES) {
    test(`${c.language}: a reworded item is flagged, with the words it shares`, () => {
      const r = compareForDuplicate(item(c.language, c.reworded), item(c.language, c.original));
      assert.equal(r.duplicate, true, JSON.stringify(r));
      assert.ok(r.sharedWords.length >= 2, `shared words: ${r.sharedWords.join(', ')}`);
      assert.deepEqual(r.differingDimensions, []);
    });
    test(`${c.language}: a different item with the same dimensions is not flagged`, () => {
      const r = compareForDuplicate(item(c.language, c.different), item(c.language, c.original));
      assert.equal(r.duplicate, false, JSON.stringify(r));
      assert.ok(r.text < 0.3, `text similarity ${r.text}`);
    });
  }

  test('the same training for the same audience on another subject is not flagged', () => {
    const r = compareForDuplicate(
      item('en', 'Training for mine inspectors on dust and air quality around smelters.'),
      item('en', CASES[0]?.original ?? ''),
    );
    assert.equal(r.duplicate, false, JSON.stringify(r));
    assert.ok(r.sharedWords.includes('inspectors'));
  });

  test('the same text in another language is compared on dimensions only and not flagged', () => {
    const r = compareForDuplicate(item('fr', CASES[1]?.original ?? ''), item('en', CASES[0]?.original ?? ''));
    assert.equal(r.sameLanguage, false);
    assert.equal(r.text, 0);
    assert.equal(r.duplicate, false);
    assert.equal(r.dimensions, 1);
  });

  test('the same text filed under another country and theme still reads as close, and says what differs', () => {
    const a = item('en', CASES[0]?.original ?? '', ['theme:water', 'country:BRA']);
    const b = item('en', CASES[0]?.original ?? '', ['theme:tailings', 'country:BRA']);
    const r = compareForDuplicate(a, b);
    // text 1, dimensions: shared {country:BRA} of union {theme:water, theme:tailings, country:BRA} = 1/3;
    // score 0.7 × 1 + 0.3 × 1/3 = 0.8
    assert.equal(r.score, 0.8);
    assert.deepEqual(r.sharedDimensions, ['country:BRA']);
    assert.deepEqual(r.differingDimensions.sort(), ['theme:tailings', 'theme:water']);
  });

  test('dice by hand: "mine" and "mines" share " mi", "min", "ine" of 4 and 5 trigrams → 6/9', () => {
    // " mine " → " mi", "min", "ine", "ne "; " mines " → " mi", "min", "ine", "nes", "es "
    assert.equal(dice(textFeatures('mine', 'en'), textFeatures('mines', 'en')), 6 / 9);
  });

  test('Chinese features are words and adjacent character pairs', () => {
    // Intl.Segmenter splits 水质监测 into 水质 | 监测; pairs: 水质, 质监, 监测
    assert.deepEqual(
      [...textFeatures('水质监测', 'zh')].sort(),
      ['b:水质', 'b:监测', 'b:质监', 'w:水质', 'w:监测'].sort(),
    );
  });

  test('MinHash bands: each reworded duplicate shares a band with its original, so the indexed prefilter finds it', () => {
    for (const c of CASES) {
      const original = new Set(textBands(c.original, c.language));
      const shared = textBands(c.reworded, c.language).filter((b) => original.has(b)).length;
      assert.ok(shared >= 1, `${c.language}: ${shared} shared bands`);
      assert.equal(original.size, BANDS);
    }
  });

  test('MinHash bands: the same text gives the same bands, an unrelated one (almost) none, no features none', () => {
    const a = textBands(CASES[0]?.original ?? '', 'en');
    assert.deepEqual(textBands(CASES[0]?.original ?? '', 'en'), a);
    const unrelated = new Set(textBands('Quarterly revenue tables of state-owned copper companies.', 'en'));
    assert.ok(a.filter((b) => unrelated.has(b)).length <= 1);
    assert.deepEqual(bandsOfFeatures(new Set()), []);
    const salted = new Set(textBands(CASES[0]?.original ?? '', 'en', 'offer/en'));
    assert.equal(a.filter((b) => salted.has(b)).length, 0, 'another salt, no shared band');
    assert.ok(a.every((b) => Number.isInteger(b) && b >= -(2 ** 31) && b < 2 ** 31));
  });
});
