/**
 * Process hub benchmark.
 *  1. Tallying a round of 193 ballots × 24 proposals by each method (approval, ranked Borda with partial
 *     rankings, score 0–5, 10 dots), pure domain code.
 *  2. Endorsement state and group-aware consensus over 10,000 append-only records on 24 versions.
 *  3. Word diff of two ~5,000-word versions; upload sniffing + SHA-256 of a 10 MB PDF and of a DOCX.
 *  4. API latency in-process (PGlite): the proposal list with endorsement summaries, the endorsement CSV and
 *     a closed round's results, after importing 24 proposals, 10,000 endorsements and 193 ballots.
 *
 * Run: npx tsx bench/process/run.ts   (part 4 on PostgreSQL instead: DATABASE_URL=postgres://… npx tsx …;
 * it works in a throwaway schema, dropped at the end)
 */
import { COUNTRIES, SeededRandom, sha256Hex, sniffFileType } from '@strata/core';
import { type Database, openPglite, openPostgres } from '@strata/db';
import {
  type BallotContent,
  createProcessServices,
  currentPositions,
  diffWords,
  ENDORSEMENT_KINDS,
  type EndorsementRecord,
  type MethodParameters,
  summariseEndorsements,
  tally,
} from '@strata/process';
import { minimalDocx } from '@strata/process/testing';
import { createApp, createContext } from '@strata/server';
import pino from 'pino';
import { processModule } from '../../apps/server/src/modules/process.ts';

const rng = new SeededRandom(2023);
const random = () => rng.next();
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
}
function time(runs: number, fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}
const fmt = (ms: number) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;

const STATES = COUNTRIES.filter((c) => c.unMember).map((c) => c.iso3);
const ITEMS = Array.from({ length: 24 }, (_, i) => `p${i + 1}`);

function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
function ballotFor(p: MethodParameters, items: readonly string[]): BallotContent {
  if (p.method === 'approval') return { method: 'approval', approved: items.filter(() => random() < 0.3) };
  if (p.method === 'ranked')
    return { method: 'ranked', ranking: shuffled(items).slice(0, 5 + Math.floor(random() * 20)) };
  if (p.method === 'score')
    return { method: 'score', scores: Object.fromEntries(items.map((id) => [id, Math.floor(random() * 6)])) };
  const dots: Record<string, number> = {};
  for (let d = 0; d < p.dots; d++) {
    const id = pick(items);
    dots[id] = (dots[id] ?? 0) + 1;
  }
  return { method: 'dots', dots };
}

console.log('# process hub benchmark');
console.log(
  `## 1. tally ${STATES.length} ballots × ${ITEMS.length} proposals (median of 50 runs, ballots validated)`,
);
const methods: MethodParameters[] = [
  { method: 'approval' },
  { method: 'ranked' },
  { method: 'score', maxScore: 5 },
  { method: 'dots', dots: 10 },
];
for (const p of methods) {
  const ballots = STATES.map(() => ballotFor(p, ITEMS));
  const ms = time(50, () => tally(p, ITEMS, ballots));
  console.log(`${p.method.padEnd(9)} ${fmt(ms)}`);
}

console.log('## 2. endorsement state + consensus over 10,000 records on 24 versions (median of 20 runs)');
const records: EndorsementRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
  proposalVersionId: pick(ITEMS),
  countryIso3: pick(STATES),
  kind: pick(ENDORSEMENT_KINDS),
  expressedAt: `2023-0${4 + Math.floor(random() * 6)}-1${Math.floor(random() * 9)}`,
  sequence: i + 1,
}));
let positionsCount = 0;
const consensusMs = time(20, () => {
  const positions = currentPositions(records);
  positionsCount = positions.length;
  for (const id of ITEMS) summariseEndorsements(positions.filter((x) => x.proposalVersionId === id));
});
console.log(`records 10000 → ${positionsCount} current positions; all 24 summaries in ${fmt(consensusMs)}`);

console.log('## 3. diff and uploads');
const vocabulary = [
  'States',
  'shall',
  'may',
  'consider',
  'minerals',
  'metals',
  'tailings',
  'safety',
  'the',
  'of',
  'and',
  'public',
  'registry',
];
const words = Array.from({ length: 5000 }, () => pick(vocabulary));
const edited = words.map((w) => (random() < 0.03 ? pick(vocabulary) : w));
const diffMs = time(5, () => diffWords(words.join(' '), edited.join(' ')));
console.log(`word diff, 5,000 words with 3 % changed: ${fmt(diffMs)}`);
const pdf = new Uint8Array(10 * 1024 * 1024);
pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
const sniffPdfMs = time(10, () => {
  sniffFileType(pdf);
  sha256Hex(pdf);
});
const docx = minimalDocx();
const sniffDocxMs = time(200, () => sniffFileType(docx));
console.log(
  `sniff + sha256 of a 10 MiB PDF: ${fmt(sniffPdfMs)}; sniff a DOCX (unzip [Content_Types].xml): ${fmt(sniffDocxMs)}`,
);

const url = process.env.DATABASE_URL;
const schema = `bench_process_${process.pid}`;
const db: Database = url ? await openPostgres({ url, schema, maxConnections: 4 }) : await openPglite(null);
console.log(`## 4. API (in-process Hono app, ${url ? 'PostgreSQL' : 'PGlite in memory'})`);
const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [processModule] });
await ctx.platform.countries.seed();
const hub = createProcessServices(db);
await hub.processes.createProcess(
  null,
  { slug: 'bench', resolution: 'BENCH', title: 'Benchmark process', secretariat: 'bench' },
  { system: true },
);
const versionIds: string[] = [];
for (const [i] of ITEMS.entries()) {
  const p = await hub.proposals.createProposal(
    null,
    'bench',
    {
      code: `B-${String(i + 1).padStart(2, '0')}`,
      originKind: 'other',
      demo: true,
      texts: [
        {
          language: 'en',
          title: `Bench proposal ${i + 1}`,
          body: words.slice(0, 200).join(' '),
          official: true,
        },
      ],
    },
    { system: true },
  );
  versionIds.push(p.currentVersion.id);
}
const t0 = performance.now();
await hub.endorsements.importEndorsements(
  records.map((r) => ({
    versionId: versionIds[ITEMS.indexOf(r.proposalVersionId)] as string,
    countryIso3: r.countryIso3,
    kind: r.kind,
    venue: 'plenary',
    expressedAt: r.expressedAt,
    demo: true,
  })),
  { system: true, action: 'bench.import' },
);
console.log(`import 10,000 endorsement records (one transaction): ${fmt(performance.now() - t0)}`);
const round = await hub.rounds.createRound(
  null,
  'bench',
  {
    title: 'bench',
    parameters: { method: 'ranked' },
    versionIds,
    opensAt: '2023-01-01T00:00:00Z',
    closesAt: '2023-01-02T00:00:00Z',
  },
  { system: true },
);
await hub.rounds.importBallots(
  round.id,
  STATES.map((iso3) => ({
    countryIso3: iso3,
    content: ballotFor({ method: 'ranked' }, versionIds),
    castAt: '2023-01-01T12:00:00Z',
  })),
  { system: true, action: 'bench.import' },
);
const app = createApp(ctx, [processModule]);
async function measure(path: string, runs: number): Promise<string> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await app.request(path);
    bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    ms.push(performance.now() - t);
  }
  return `median ${fmt(median(ms))}, p95 ${fmt(p95(ms))}, ${(bytes / 1024).toFixed(0)} KiB`;
}
console.log(
  `GET proposals (24, with summaries over 10,000 records): ${await measure('/api/process/processes/bench/proposals', 30)}`,
);
console.log(
  `GET endorsements.csv (10,000 rows): ${await measure('/api/process/processes/bench/endorsements.csv', 10)}`,
);
console.log(
  `GET round results (193 ranked ballots × 24): ${await measure(`/api/process/rounds/${round.id}/results`, 30)}`,
);
if (url) await db.execScript(`drop schema if exists ${schema} cascade`);
await db.close();
