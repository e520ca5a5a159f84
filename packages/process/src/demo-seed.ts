import { FICTIONAL_STATES, SeededRandom, type UnGroup } from '@strata/core';
import type { EndorsementKind } from './domain/endorsement-state.ts';
import type { BallotContent } from './domain/prioritisation.ts';
import { DEMO_PROCESS } from './domain/states.ts';
import type { ProcessServices } from './index.ts';
import type { SeedProgress } from './seed.ts';

export { DEMO_PROCESS } from './domain/states.ts';

/** Fictional clusters: no name of a real process's cluster. */
const DEMO_CLUSTERS = [
  { code: 'A', name: '[DEMO] Cluster A', position: 1 },
  { code: 'B', name: '[DEMO] Cluster B', position: 2 },
  { code: 'C', name: '[DEMO] Cluster C', position: 3 },
];

/** Demo proposals: fictional, labelled DEMO in code and title. Support profiles per group (share of members). */
const DEMO_TOPICS: { topic: string; cluster: string; profile: Partial<Record<UnGroup, number>> }[] = [
  {
    topic: 'shared guidance on tailings safety',
    cluster: 'A',
    profile: {
      african: 0.3,
      asia_pacific: 0.3,
      eastern_european: 0.3,
      latin_american_caribbean: 0.3,
      western_european_others: 0.3,
    },
  },
  { topic: 'a public registry of mine closure plans', cluster: 'A', profile: { african: 0.8 } },
  {
    topic: 'capacity building for artisanal mining',
    cluster: 'C',
    profile: { african: 0.5, latin_american_caribbean: 0.5, asia_pacific: 0.2 },
  },
  {
    topic: 'traceability of critical minerals',
    cluster: 'B',
    profile: { western_european_others: 0.7, eastern_european: 0.4 },
  },
  {
    topic: 'recycling targets for metals',
    cluster: 'B',
    profile: { western_european_others: 0.4, asia_pacific: 0.3, eastern_european: 0.2 },
  },
  {
    topic: 'a science-policy dialogue on sand',
    cluster: 'C',
    profile: {
      african: 0.2,
      asia_pacific: 0.2,
      eastern_european: 0.2,
      latin_american_caribbean: 0.2,
      western_european_others: 0.2,
    },
  },
  {
    topic: 'financing for environmental remediation',
    cluster: 'C',
    profile: { african: 0.6, asia_pacific: 0.4, latin_american_caribbean: 0.4 },
  },
  {
    topic: 'harmonised environmental impact assessment',
    cluster: 'A',
    profile: { latin_american_caribbean: 0.6, western_european_others: 0.2 },
  },
];

/**
 * Seeds the fictional demonstration process: DEMO proposals, positions of fictional States and a closed
 * dot-voting round, so that every screen has something to show. Everything in it is marked `demo` and
 * says so; no real State, person or cluster appears in it. Not seeded once `strata process demo remove`
 * has removed it. A demonstration seeded by an older version, with positions of real States, is replaced.
 */
export async function seedDemo(hub: ProcessServices, progress?: SeedProgress): Promise<void> {
  if (await hub.demo.removedAt()) return;
  if ((await hub.processes.listProcesses()).some((p) => p.slug === DEMO_PROCESS)) {
    const records = await hub.endorsements.listEndorsements({ processIdOrSlug: DEMO_PROCESS });
    if (records.every((r) => FICTIONAL_STATES.some((s) => s.iso3 === r.countryIso3))) return;
    await hub.demo.remove({ system: true, keepRemoved: false });
  }
  await hub.demo.prepareStates();
  await hub.processes.createProcess(
    null,
    {
      slug: DEMO_PROCESS,
      resolution: 'DEMO',
      title: 'Demonstration process (fictional data, not from any report)',
      secretariat: 'Demo secretariat',
      phases: [{ name: 'Demo consultations', start: '2023-09-01', end: '2023-09-08' }],
      source: 'Generated demo data: fictional proposals, positions and ballots, for trying the hub.',
    },
    { system: true },
  );
  for (const c of DEMO_CLUSTERS) await hub.proposals.createCluster(null, DEMO_PROCESS, c, { system: true });
  const rng = new SeededRandom(512);
  const random = () => rng.next();
  const versionIds: string[] = [];
  const records: Parameters<ProcessServices['endorsements']['importEndorsements']>[0] = [];
  for (const [i, t] of DEMO_TOPICS.entries()) {
    const code = `DEMO-${String(i + 1).padStart(2, '0')}`;
    const p = await hub.proposals.createProposal(
      null,
      DEMO_PROCESS,
      {
        code,
        clusterCode: t.cluster,
        originKind: 'other',
        demo: true,
        texts: [
          {
            language: 'en',
            title: `[DEMO] Proposal on ${t.topic}`,
            body: `Demo text, not from the report: Member States may consider ${t.topic}, in line with national circumstances.`,
            official: true,
          },
        ],
      },
      { system: true },
    );
    let versionId = p.currentVersion.id;
    if (i === 0) {
      const v2 = await hub.proposals.addVersion(
        null,
        p.id,
        {
          note: 'Demo: streamlined at the demo plenary',
          texts: [
            {
              language: 'en',
              title: `[DEMO] Proposal on ${t.topic}`,
              body: `Demo text, not from the report: Member States are encouraged to consider and share ${t.topic}, in line with national circumstances and priorities.`,
              official: true,
            },
          ],
        },
        { system: true },
      );
      versionId = v2.currentVersion.id;
    }
    versionIds.push(versionId);
    for (const c of FICTIONAL_STATES) {
      const share = c.unGroup ? (t.profile[c.unGroup] ?? 0) : 0;
      const r = random();
      let kind: EndorsementKind | null = null;
      if (r < share) kind = random() < 0.2 ? 'co_sponsor' : 'support';
      else if (r < share + 0.15) kind = 'reservation';
      else if (r < share + 0.3 && i % 3 === 1) kind = 'objection';
      if (!kind) continue;
      records.push({
        versionId,
        countryIso3: c.iso3,
        kind,
        venue: random() < 0.5 ? 'plenary' : 'written',
        expressedAt: '2023-09-07',
        demo: true,
        note: 'demo data',
      });
    }
    progress?.(i + 1, DEMO_TOPICS.length + 1, code);
  }
  await hub.endorsements.importEndorsements(records, {
    system: true,
    action: 'process.endorsement.import_demo',
  });
  const round = await hub.rounds.createRound(
    null,
    DEMO_PROCESS,
    {
      title: '[DEMO] Dot voting, 5 dots per state',
      parameters: { method: 'dots', dots: 5 },
      versionIds,
      opensAt: '2023-09-08T09:00:00Z',
      closesAt: '2023-09-08T17:00:00Z',
      demo: true,
    },
    { system: true },
  );
  const ballots: { countryIso3: string; content: BallotContent; castAt: string }[] = [];
  for (const c of FICTIONAL_STATES) {
    if (random() > 0.6) continue;
    const dots: Record<string, number> = {};
    for (let d = 0; d < 5; d++) {
      const id = versionIds[Math.floor(random() * versionIds.length)] as string;
      dots[id] = (dots[id] ?? 0) + 1;
    }
    ballots.push({ countryIso3: c.iso3, content: { method: 'dots', dots }, castAt: '2023-09-08T12:00:00Z' });
  }
  await hub.rounds.importBallots(round.id, ballots, { system: true, action: 'process.ballot.import_demo' });
  progress?.(DEMO_TOPICS.length + 1, DEMO_TOPICS.length + 1, 'demo round');
}
