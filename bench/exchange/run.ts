/**
 * Knowledge-exchange benchmark.
 *  1. Search over 100,000 mixed items (threads, cases, needs, offers, proposals, documents) in the six
 *     languages: 300 queries (50 per language, one or two topic words, some with a language filter),
 *     p50/p95 latency of the ranked, highlighted search (full text, trigram fallback when short).
 *  2. The duplicate check before save (trigram candidates + explained comparison): 60 drafts, p50/p95.
 * Items are synthetic: sentences drawn with a seeded random source from a small topic vocabulary per
 * language (not real documents), so the figures measure the engine, not a corpus.
 *
 * Run: npx tsx bench/exchange/run.ts   (PostgreSQL instead of PGlite: DATABASE_URL=postgres://… npx tsx …;
 * it works in a throwaway schema, dropped at the end). ITEMS=20000 for a quicker run.
 */
import { randomBytes } from 'node:crypto';
import { LANGUAGES, type Language, SeededRandom } from '@strata/core';
import { type Database, migrate, openPglite, openPostgres, platformMigrations } from '@strata/db';
import {
  createExchangeServices,
  exchangeMigrations,
  ITEM_KINDS,
  type SearchDocument,
  STAGES,
  THEMES,
} from '@strata/exchange';
import { SearchRepository } from '../../packages/exchange/src/repository/search-repository.ts';

const ITEMS = Number(process.env.ITEMS ?? 100_000);
const rng = new SeededRandom(512);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;

/** Topic words per language (Chinese as words, which the index splits them into anyway). */
const WORDS: Record<Language, string[]> = {
  en: 'water tailings dam mining closure monitoring mercury artisanal gold sand dredging river biodiversity forest community consultation transparency contract revenue recycling battery copper lithium cobalt training inspector regulator permit groundwater dust smelter refinery rehabilitation'.split(
    ' ',
  ),
  fr: 'eau résidus barrage mine fermeture surveillance mercure artisanal or sable dragage rivière biodiversité forêt communauté consultation transparence contrat recettes recyclage batterie cuivre lithium cobalt formation inspecteur régulateur permis nappe poussière fonderie raffinerie réhabilitation'.split(
    ' ',
  ),
  es: 'agua relaves presa minería cierre monitoreo mercurio artesanal oro arena dragado río biodiversidad bosque comunidad consulta transparencia contrato ingresos reciclaje batería cobre litio cobalto capacitación inspector regulador permiso acuífero polvo fundición refinería rehabilitación'.split(
    ' ',
  ),
  ru: 'вода хвосты плотина добыча закрытие мониторинг ртуть кустарный золото песок дноуглубление река биоразнообразие лес община консультация прозрачность контракт доходы переработка батарея медь литий кобальт обучение инспектор регулятор разрешение подземные пыль завод рекультивация'.split(
    ' ',
  ),
  ar: 'المياه المخلفات السد التعدين الإغلاق الرصد الزئبق الحرفي الذهب الرمال التجريف النهر التنوع الغابات المجتمع التشاور الشفافية العقد الإيرادات التدوير البطاريات النحاس الليثيوم الكوبالت التدريب المفتش المنظم الترخيص الجوفية الغبار المصهر المصفاة التأهيل'.split(
    ' ',
  ),
  zh: '水 尾矿 大坝 采矿 关闭 监测 汞 手工 黄金 砂 疏浚 河流 生物多样性 森林 社区 协商 透明度 合同 收入 回收 电池 铜 锂 钴 培训 检查员 监管 许可 地下水 粉尘 冶炼厂 精炼厂 修复'.split(
    ' ',
  ),
};
const sentence = (language: Language, n: number) =>
  Array.from({ length: n }, () => pick(WORDS[language])).join(language === 'zh' ? '' : ' ');

function syntheticItems(count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const language = LANGUAGES[i % LANGUAGES.length] as Language;
    return {
      kind: pick(ITEM_KINDS),
      itemId: `bench-${i}`,
      language,
      title: sentence(language, 6),
      body: sentence(language, 40),
      membersOnly: rng.next() < 0.2,
      stage: pick(STAGES),
      theme: pick(THEMES),
      countryIso3: pick(['BRA', 'KEN', 'FRA', 'CHN', 'RUS', 'EGY', 'PER', 'IND']),
    };
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function open(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openPglite(null);
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const db = await openPostgres({ url, schema, maxConnections: 4 });
  return {
    ...db,
    async close() {
      await db.execScript(`drop schema if exists ${schema} cascade`);
      await db.close();
    },
  };
}

const db = await open();
try {
  await migrate(db, [...platformMigrations, ...exchangeMigrations]);
  const search = new SearchRepository(db.kysely);
  let t = performance.now();
  await search.upsertMany(syntheticItems(ITEMS));
  console.log(
    `engine ${db.engine}: indexed ${ITEMS} items in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  await db.execScript('analyze exchange_search');

  const latencies: number[] = [];
  const perLanguage = new Map<Language, number[]>();
  let empty = 0;
  for (let i = 0; i < 300; i++) {
    const language = LANGUAGES[i % LANGUAGES.length] as Language;
    const text =
      rng.next() < 0.5 ? pick(WORDS[language]) : `${pick(WORDS[language])} ${pick(WORDS[language])}`;
    t = performance.now();
    const hits = await search.search({
      text,
      languages: i % 2 === 0 ? [language] : undefined,
      includeMembersOnly: i % 3 === 0,
      limit: 20,
    });
    const took = performance.now() - t;
    latencies.push(took);
    perLanguage.set(language, [...(perLanguage.get(language) ?? []), took]);
    if (hits.length === 0) empty += 1;
  }
  console.log(
    `search: 300 queries, p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(Math.max(...latencies))}, ${empty} without hits`,
  );
  for (const [language, xs] of perLanguage) console.log(`  ${language}: p95 ${ms(percentile(xs, 0.95))}`);

  const ex = createExchangeServices(db, {
    proposals: { find: async () => null, list: async () => [] },
    directory: { account: async () => null, accountByEmail: async () => null, focalPointsOf: async () => [] },
  });
  const checks: number[] = [];
  for (let i = 0; i < 60; i++) {
    const language = LANGUAGES[i % LANGUAGES.length] as Language;
    t = performance.now();
    await ex.duplicates.check({
      kind: pick(['thread', 'case', 'need', 'offer'] as const),
      language,
      title: sentence(language, 6),
      body: sentence(language, 40),
      stage: pick(STAGES),
      theme: pick(THEMES),
      countryIso3: 'BRA',
    });
    checks.push(performance.now() - t);
  }
  console.log(
    `duplicate check: 60 drafts, p50 ${ms(percentile(checks, 0.5))}, p95 ${ms(percentile(checks, 0.95))}`,
  );
} finally {
  await db.close();
}
