import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sharedDataDir } from '@strata/core';
import {
  BRIEFING_AUDIENCES,
  BRIEFING_DOCUMENTS,
  BRIEFINGS,
  CLUSTERS,
  CO_CHAIRS,
  GLOBAL,
  MANDATE,
  OUTCOME_PROPOSALS,
  PHASES,
  REGIONAL,
} from './report-5-12.ts';

// The report's text sits beside the data folder, in ../shared/seed.
const reportFile = path.join(sharedDataDir, '..', 'seed', 'report-5-12-fr.txt');
const skip = existsSync(reportFile) ? false : `the report's text is absent (${reportFile})`;
if (skip) console.log(`# skipped: ${skip}`);

/** The report with its line breaks and page furniture folded into single spaces. */
function report(): string {
  return readFileSync(reportFile, 'utf8').replace(/\s+/g, ' ');
}
/** The text between two markers of the report. */
function between(text: string, from: string, to: string): string {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a + from.length);
  assert.ok(a >= 0 && b > a, `markers ${from} … ${to} found`);
  return text.slice(a, b);
}
const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
/** "2023-03-27" → "27 mars". */
function frenchDay(iso: string): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${FRENCH_MONTHS[m - 1]}`;
}

describe('the 5/12 process as the report records it', { skip }, () => {
  it('names the two co-chairs and who appointed them (§7)', () => {
    const p7 = between(report(), '7. En décembre 2022', '8. Le PNUE');
    for (const name of ['Saqlain Syedah', 'Martine Rohn-Brossard', 'Leila Benali'])
      assert.ok(p7.includes(name), name);
    assert.equal(CO_CHAIRS.length, 2);
    assert.ok(CO_CHAIRS[0]?.startsWith('Saqlain Syedah (Pakistan'));
    assert.ok(CO_CHAIRS[1]?.startsWith('Martine Rohn-Brossard (Switzerland'));
    assert.ok(p7.includes('Pakistan') && p7.includes('suisse'));
  });

  it('gives each briefing the audience and subject of Table 1', () => {
    const table = between(report(), 'Tableau 1', '11. Cinq consultations');
    assert.equal(BRIEFINGS.length, 7);
    // Each audience is followed in the table by its dates, before the next audience begins.
    const order = ['focalPoints', 'genevaStakeholders', 'emg'] as const;
    const starts = order.map((k) => table.indexOf(BRIEFING_AUDIENCES[k].fr.slice(0, 40)));
    for (const s of starts) assert.ok(s >= 0, 'audience found in Table 1');
    for (const b of BRIEFINGS) {
      const key = order.find((k) => BRIEFING_AUDIENCES[k].en === b.audience);
      assert.ok(key, `${b.startDate}: audience is one of Table 1's`);
      const i = order.indexOf(key);
      const rows = table.slice(starts[i], starts[i + 1] ?? table.length);
      // "27 mars, 19 avril et 9 juin 2023": the day and month of every briefing sit in its audience's rows.
      assert.ok(rows.includes(frenchDay(b.startDate)), `${b.startDate} under ${key}`);
      const subject = b.translations?.agenda?.fr;
      assert.ok(subject?.official, 'the French subject is the report’s own');
      assert.ok(table.includes(subject.items[0] as string), `subject of ${b.startDate} is Table 1's`);
      const audience = b.translations?.audience?.fr;
      assert.ok(audience?.official && table.includes(audience.text), 'French audience verbatim');
      assert.equal(b.format, 'online');
    }
    // The link of the 30 August row is printed with the page's notes.
    assert.ok(report().includes(BRIEFING_DOCUMENTS['2023-08-30']?.[0]?.url as string));
  });

  it('seeds the four outcome proposals of §15 and the sand observatory of §20 in the report’s words', () => {
    const text = report();
    const p15 = between(text, '15. La réunion mondiale', '16. Le processus');
    const gm = OUTCOME_PROPOSALS.filter((p) => p.originKind === 'global_meeting');
    assert.deepEqual(
      gm.map((p) => p.reportParagraph),
      ['§15 (a)', '§15 (b)', '§15 (c)', '§15 (d)'],
    );
    let at = 0;
    for (const [i, p] of gm.entries()) {
      const fr = p.texts.find((t) => t.language === 'fr');
      assert.ok(fr?.official);
      const found = p15.indexOf(`${'abcd'[i]}) ${fr.title}`, at);
      assert.ok(found > at, `${p.code} is item ${'abcd'[i]}) of §15, in order`);
      at = found;
      // Verbatim but for the list's separator (" ;") that ends items a) to c).
      assert.ok(p15.includes(fr.body.replace(/\.$/, '')), `${p.code}: body verbatim`);
      assert.equal(p.texts.find((t) => t.language === 'en')?.official, false);
    }
    assert.match(gm[2]?.texts[1]?.body ?? '', /Intergovernmental Forum on Mining/);
    const sand = OUTCOME_PROPOSALS.find((p) => p.code === 'RC-sand');
    const p20 = between(text, '20. Parmi', '21. Les États');
    assert.ok(p20.includes('observatoire mondial du sable'));
    // The report's sentence ends with its note number ("observatoire8.").
    assert.ok(p20.includes(sand?.texts[0]?.body.slice(-80, -1) as string));
  });

  it('numbers the mandate paragraphs as the report cites them', () => {
    const text = report();
    assert.deepEqual(
      MANDATE.map((m) => m.paragraph),
      ['para. 2', 'para. 3', 'para. 4', 'para. 5', 'para. 6'],
    );
    for (const m of MANDATE) {
      const n = m.paragraph.replace('para. ', '');
      const sect = m.source?.replace('report ', '') as string;
      const p = sect.replace('§', '');
      const paragraph = between(text, ` ${p}. `, ` ${Number(p) + 1}. `);
      assert.ok(paragraph.includes(`paragraphe ${n} `), `${m.paragraph} cited in ${sect}`);
    }
  });

  it('keeps unknown dates unknown and the clusters in the report’s words', () => {
    assert.equal(PHASES.find((p) => p.name.startsWith('Written submissions'))?.start, null);
    const p14 = between(report(), '14. Sous la direction', '15. La réunion');
    for (const c of CLUSTERS) {
      const fr = c.translations.fr;
      assert.ok(fr?.official && p14.toLowerCase().includes(fr.text.toLowerCase()), fr?.text);
    }
  });

  it('links only the documents the report gives, with their notes', () => {
    const compact = readFileSync(reportFile, 'utf8').replace(/\s+/g, '');
    const docs = [
      ...REGIONAL.flatMap((r) => r.documents),
      ...(GLOBAL as { documents: { url: string }[] }).documents,
    ];
    assert.equal(REGIONAL.length, 5);
    for (const d of docs) assert.ok(compact.includes(d.url), d.url);
    for (const r of REGIONAL) assert.equal(r.format, 'hybrid');
    assert.equal(GLOBAL.format, 'hybrid');
  });
});

describe('the seeded meetings in the six languages', () => {
  it('gives every meeting its title, audience and agenda in the five languages besides English', () => {
    for (const m of [...BRIEFINGS, ...REGIONAL, GLOBAL]) {
      const { title, audience, agenda } = m.translations ?? {};
      for (const lang of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
        assert.ok(title?.[lang]?.text, `${m.title}: title in ${lang}`);
        assert.ok(audience?.[lang]?.text, `${m.title}: audience in ${lang}`);
        // An agenda lists as many items in every language as in English.
        assert.equal(agenda?.[lang]?.items.length, m.agenda?.length, `${m.title}: agenda in ${lang}`);
        // Only the report's own French words are official; everything else is Strata's rendering.
        if (lang !== 'fr') assert.equal(agenda?.[lang]?.official, false, `${m.title}: ${lang}`);
      }
    }
  });
});
