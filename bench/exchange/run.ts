/**
 * Knowledge-exchange benchmark, PGlite and (with DATABASE_URL set) PostgreSQL in one run.
 *  1. Search over 100,000 mixed items (threads, cases, needs, offers, proposals, documents) in the six
 *     languages: 300 queries (50 per language; half with a language filter, a third including members-only
 *     items; 20 results, ranked, with highlighted snippets), p50/p95 latency.
 *  2. The duplicate check before save: 60 drafts, half new text, half reworded copies of stored items
 *     (a fifth of their words replaced), p50/p95 latency and how many of the copies were flagged.
 * The corpus is synthetic, built with a fixed seed as `corpus.ts` describes (real words of the six
 * languages with a Zipf distribution, topical documents); the figures measure the engine, not a corpus.
 *
 * Run: npx tsx bench/exchange/run.ts   (PostgreSQL too: DATABASE_URL=postgres://… npx tsx …; it works in a
 * throwaway schema, dropped at the end). ITEMS=20000 for a quicker run.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
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
import { Corpus } from './corpus.ts';

const ITEMS = Number(process.env.ITEMS ?? 100_000);
const DRAFT_KINDS = ['thread', 'case', 'need', 'offer'] as const;

function syntheticItems(rng: SeededRandom, corpus: Corpus, count: number): SearchDocument[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const language = LANGUAGES[i % LANGUAGES.length] as Language;
    const topics = corpus.topics(language);
    return {
      kind: pick(ITEM_KINDS),
      itemId: `bench-${i}`,
      language,
      title: corpus.text(language, 6, topics),
      body: corpus.text(language, 40 + Math.floor(rng.next() * 80), topics),
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
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function openPg(url: string): Promise<Database> {
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

interface Figures {
  engine: string;
  index: number;
  search: number[];
  perLanguage: Map<Language, number[]>;
  empty: number;
  checks: number[];
  copiesFlagged: number;
  copies: number;
  newFlagged: number;
}

async function runOn(db: Database): Promise<Figures> {
  // Same seed on each engine: the same items, queries and drafts.
  const rng = new SeededRandom(512);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
  const corpus = new Corpus(rng);
  const items = syntheticItems(rng, corpus, ITEMS);
  await migrate(db, [...platformMigrations, ...exchangeMigrations]);
  const search = new SearchRepository(db.kysely);
  let t = performance.now();
  await search.upsertMany(items);
  const index = (performance.now() - t) / 1000;
  console.log(`${db.engine}: indexed ${ITEMS} items in ${index.toFixed(1)} s (load ${load()})`);
  await db.execScript('analyze exchange_search');

  const latencies: number[] = [];
  const perLanguage = new Map<Language, number[]>();
  let empty = 0;
  for (let i = 0; i < 300; i++) {
    const language = LANGUAGES[i % LANGUAGES.length] as Language;
    const text = corpus.query(language);
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
    `${db.engine}: search p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))} (load ${load()})`,
  );

  const ex = createExchangeServices(db, {
    proposals: { find: async () => null, list: async () => [] },
    directory: { account: async () => null, accountByEmail: async () => null, focalPointsOf: async () => [] },
  });
  const checks: number[] = [];
  let copies = 0;
  let copiesFlagged = 0;
  let newFlagged = 0;
  for (let i = 0; i < 60; i++) {
    const copy = i % 2 === 1;
    const original = copy
      ? (items.filter((x, j) => j % 997 === i && (DRAFT_KINDS as readonly string[]).includes(x.kind))[0] ??
        null)
      : null;
    const language = original?.language ?? (LANGUAGES[i % LANGUAGES.length] as Language);
    const topics = corpus.topics(language);
    const draft = original
      ? {
          kind: original.kind as (typeof DRAFT_KINDS)[number],
          language,
          title: corpus.reword(original.title, language, 0.2),
          body: corpus.reword(original.body, language, 0.2),
          stage: original.stage,
          theme: original.theme,
          countryIso3: original.countryIso3,
        }
      : {
          kind: pick(DRAFT_KINDS),
          language,
          title: corpus.text(language, 6, topics),
          body: corpus.text(language, 60, topics),
          stage: pick(STAGES),
          theme: pick(THEMES),
          countryIso3: 'BRA',
        };
    t = performance.now();
    const report = await ex.duplicates.check(draft);
    checks.push(performance.now() - t);
    if (original) {
      copies += 1;
      if (report.duplicates.some((d) => d.itemId === original.itemId)) copiesFlagged += 1;
    } else if (report.duplicates.length > 0) newFlagged += 1;
  }
  console.log(
    `${db.engine}: duplicate check p50 ${ms(percentile(checks, 0.5))}, p95 ${ms(percentile(checks, 0.95))}; reworded copies found ${copiesFlagged}/${copies}, new drafts flagged ${newFlagged}/${60 - copies} (load ${load()})`,
  );
  return {
    engine: db.engine,
    index,
    search: latencies,
    perLanguage,
    empty,
    checks,
    copies,
    copiesFlagged,
    newFlagged,
  };
}

console.log(`load average at start: ${load()}`);
const results: Figures[] = [];
const engines: (() => Promise<Database>)[] = [() => openPglite(null)];
if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  engines.push(() => openPg(url));
}
if (process.env.ENGINE === 'postgres') engines.shift();
for (const open of engines) {
  const db = await open();
  try {
    results.push(await runOn(db));
  } finally {
    await db.close();
  }
}

console.log(`\n${ITEMS} items; load average at the end: ${load()}`);
console.log(
  '| engine | index s | search p50 / p95 ms | p95 by language | no hits | duplicate check p50 / p95 ms | copies found | new flagged |',
);
console.log('|---|---:|---|---|---:|---|---|---|');
for (const r of results) {
  const byLanguage = [...r.perLanguage]
    .map(([l, xs]) => `${l} ${percentile(xs, 0.95).toFixed(0)}`)
    .join(', ');
  console.log(
    `| ${r.engine} | ${r.index.toFixed(1)} | ${percentile(r.search, 0.5).toFixed(1)} / ${percentile(r.search, 0.95).toFixed(1)} | ${byLanguage} | ${r.empty} | ${percentile(r.checks, 0.5).toFixed(1)} / ${percentile(r.checks, 0.95).toFixed(1)} | ${r.copiesFlagged}/${r.copies} | ${r.newFlagged}/${60 - r.copies} |`,
  );
}
