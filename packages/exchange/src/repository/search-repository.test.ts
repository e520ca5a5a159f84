import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Language } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import type { SearchDocument } from '../domain/model.ts';
import { exchangeMigrations } from '../migrations.ts';
import { SearchRepository } from './search-repository.ts';

/**
 * One document per language about tailings water, one about something else, and the query a reader
 * would type, in an inflected form where the language inflects (so the configuration's stemming is what
 * finds it), with the word the snippet must highlight.
 */
const CORPUS: { language: Language; hit: string; other: string; query: string; marked: string }[] = [
  {
    language: 'en',
    hit: 'Monitoring groundwater near tailings dams after heavy rains.',
    other: 'Financing recycling of electronic waste in cities.',
    query: 'tailings dam',
    marked: 'dams',
  },
  {
    language: 'fr',
    hit: 'Surveillance des eaux souterraines près des barrages de résidus miniers.',
    other: 'Financement du recyclage des déchets électroniques.',
    query: 'barrage',
    marked: 'barrages',
  },
  {
    language: 'es',
    hit: 'Vigilancia de aguas subterráneas cerca de las presas de relaves mineros.',
    other: 'Financiación del reciclaje de residuos electrónicos.',
    query: 'presa de relaves',
    marked: 'presas',
  },
  {
    language: 'ru',
    hit: 'Мониторинг подземных вод вблизи хвостохранилищ после сильных дождей.',
    other: 'Финансирование переработки электронных отходов в городах.',
    query: 'хвостохранилище',
    marked: 'хвостохранилищ',
  },
  {
    language: 'ar',
    hit: 'رصد المياه الجوفية قرب سدود المخلفات بعد الأمطار الغزيرة.',
    other: 'تمويل إعادة تدوير النفايات الإلكترونية في المدن.',
    query: 'المياه الجوفية',
    marked: 'المياه',
  },
  {
    language: 'zh',
    hit: '暴雨后尾矿库附近的地下水监测。',
    other: '城市电子废物回收的融资。',
    query: '地下水监测',
    marked: '地下水监测',
  },
];

for (const factory of testDatabases()) {
  describe(`exchange search on ${factory.name}`, () => {
    let db: Database;
    let search: SearchRepository;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...exchangeMigrations]);
      search = new SearchRepository(db.kysely);
      const doc = (language: Language, itemId: string, body: string): SearchDocument => ({
        kind: 'case',
        itemId,
        language,
        title: body.slice(0, 20),
        body,
        membersOnly: false,
        stage: 'extraction',
        theme: 'water',
        countryIso3: 'BRA',
      });
      for (const c of CORPUS) {
        await search.upsert(doc(c.language, `hit-${c.language}`, c.hit));
        await search.upsert({ ...doc(c.language, `other-${c.language}`, c.other), theme: 'circularity' });
      }
      await search.upsert({
        ...doc('en', 'secret', 'Members only note on tailings dams.'),
        membersOnly: true,
      });
    });
    after(() => db.close());

    for (const c of CORPUS) {
      test(`${c.language}: "${c.query}" finds the tailings text first, with "${c.marked}" highlighted`, async () => {
        const hits = await search.search({
          text: c.query,
          languages: [c.language],
          includeMembersOnly: false,
          limit: 10,
        });
        assert.equal(hits[0]?.itemId, `hit-${c.language}`, JSON.stringify(hits));
        assert.equal(hits[0]?.method, 'fulltext');
        assert.ok(hits[0]?.snippet.includes(`<mark>${c.marked}</mark>`), hits[0]?.snippet);
        assert.ok(!hits.some((h) => h.itemId === `other-${c.language}`));
      });
    }

    test('without a language filter each document is matched in its own language', async () => {
      const hits = await search.search({ text: 'barrage', includeMembersOnly: false, limit: 10 });
      assert.deepEqual(
        hits.map((h) => h.itemId),
        ['hit-fr'],
      );
    });

    test('members-only items are left out for the public', async () => {
      const open = await search.search({
        text: 'tailings dams',
        languages: ['en'],
        includeMembersOnly: false,
        limit: 10,
      });
      const members = await search.search({
        text: 'tailings dams',
        languages: ['en'],
        includeMembersOnly: true,
        limit: 10,
      });
      assert.ok(!open.some((h) => h.itemId === 'secret'));
      assert.ok(members.some((h) => h.itemId === 'secret'));
    });

    test('filters by theme', async () => {
      const hits = await search.search({
        text: 'recycling',
        theme: 'water',
        includeMembersOnly: false,
        limit: 10,
      });
      assert.deepEqual(hits, []);
    });

    test('a misspelt word is found by trigram similarity', async () => {
      const hits = await search.search({
        text: 'groundwatr',
        languages: ['en'],
        includeMembersOnly: false,
        limit: 5,
      });
      assert.equal(hits[0]?.itemId, 'hit-en');
      assert.equal(hits[0]?.method, 'trigram');
    });

    test('Chinese snippets come back without the spaces added for indexing', async () => {
      const [hit] = await search.search({
        text: '尾矿库',
        languages: ['zh'],
        includeMembersOnly: false,
        limit: 5,
      });
      assert.ok(hit?.snippet.includes('<mark>尾矿库</mark>附近'), hit?.snippet);
      assert.ok(!/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(hit?.snippet ?? ''), hit?.snippet);
    });
  });
}
