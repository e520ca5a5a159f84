import type { UnGroup } from '@strata/core';
import { seedDemo } from './demo-seed.ts';
import type { ProcessServices } from './index.ts';
import type { NewMeetingInput } from './service/meeting-service.ts';

/** Reports seeding progress (done, total, note). */
export type SeedProgress = (done: number, total: number | null, note?: string) => void;

/** Slug of the process of UNEA resolution 5/12. */
export const UNEA_5_12 = 'unea-5-12';

const SOURCE =
  'UNEP progress report on the implementation of UNEA resolution 5/12 (2023), French text; ' +
  'briefing of 28 Feb 2023: Geneva Environment Network event page.';

/**
 * Meetings of the 5/12 process, with only what the report states. Audience and subject of the briefings
 * are left empty where the source at hand does not give them, rather than guessed.
 */
const BRIEFINGS: NewMeetingInput[] = [
  ['2023-02-14', null, null],
  [
    '2023-02-28',
    'International Environment House, Geneva, and online',
    'Geneva-based stakeholders (Geneva Environment Network)',
  ],
  ['2023-03-27', null, null],
  ['2023-04-19', null, null],
  ['2023-06-09', null, null],
  ['2023-08-23', null, null],
  ['2023-08-30', null, null],
].map(([date, place, audience]) => ({
  type: 'briefing',
  title: `Online briefing, ${date}`,
  startDate: date as string,
  endDate: date as string,
  place: place ?? 'Online',
  audience: audience ?? null,
}));

const REGIONAL: NewMeetingInput[] = (
  [
    ['eastern_european', 'Eastern European States', 'Geneva', '2023-04-24', '2023-04-25', null],
    [
      'western_european_others',
      'Western European and other States',
      'Paris',
      '2023-04-27',
      '2023-04-28',
      null,
    ],
    [
      'latin_american_caribbean',
      'Latin American and Caribbean States',
      'Santiago',
      '2023-05-17',
      '2023-05-18',
      'CHL',
    ],
    ['asia_pacific', 'Asia-Pacific States', 'Bangkok', '2023-06-15', '2023-06-16', null],
    ['african', 'African States', 'Dakar', '2023-07-05', '2023-07-06', 'SEN'],
  ] as const
).map(([group, name, place, start, end, host]) => ({
  type: 'regional_consultation',
  title: `Regional consultation: ${name}`,
  unGroup: group as UnGroup,
  place,
  startDate: start,
  endDate: end,
  hostIso3: host,
  audience: `${name}, observers`,
  agenda: ['Stocktaking of existing activities', 'Non-binding proposals of the region'],
}));

const GLOBAL: NewMeetingInput = {
  type: 'global_meeting',
  title: 'Global intergovernmental meeting on minerals and metals',
  place: 'Geneva',
  startDate: '2023-09-07',
  endDate: '2023-09-08',
  audience: 'Member States and observers',
  agenda: [
    'Streamline, refine, complete and prioritise the proposals of the background document',
    'Informal working groups',
    'Plenary',
  ],
  languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
  publishedTotals: { memberStates: 99, observers: 60 },
};

const CLUSTERS = [
  { code: 'A', name: 'Policies and tools', position: 1 },
  { code: 'B', name: 'Value-chain aspects', position: 2 },
  { code: 'C', name: 'International cooperation platforms', position: 3 },
];

/** Seeds the 5/12 process from the report: only what it states (dates, places, hosts, totals, clusters). */
async function seedUnea512(hub: ProcessServices): Promise<void> {
  const existing = (await hub.processes.listProcesses()).find((p) => p.slug === UNEA_5_12);
  if (!existing) {
    await hub.processes.createProcess(
      null,
      {
        slug: UNEA_5_12,
        resolution: 'UNEP/EA.5/Res.12',
        title: 'Environmental aspects of minerals and metals management',
        mandate: [
          {
            paragraph: 'OP3',
            text:
              'Convene intergovernmental regional consultations, with observers, feeding into a global ' +
              'intergovernmental meeting, to develop non-binding proposals to enhance the environmental ' +
              'sustainability of minerals and metals along their full life cycle (paraphrase).',
          },
        ],
        phases: [
          { name: 'Nomination of national focal points (UNEP invitation)', start: '2022-10', end: null },
          { name: 'Appointment of the two co-chairs', start: '2022-12', end: '2022-12' },
          { name: 'Online briefings', start: '2023-02-14', end: '2023-08-30' },
          { name: 'Regional consultations', start: '2023-04-24', end: '2023-07-06' },
          { name: 'Written submissions', start: '2023-07', end: '2023-07-31' },
          { name: 'Global intergovernmental meeting', start: '2023-09-07', end: '2023-09-08' },
        ],
        // Report on resolution 5/12, §7: appointed in December 2022 by the President of UNEA-6,
        // Leila Benali (Morocco), under paragraphs 2 and 3 of the resolution.
        coChairs: [
          'Saqlain Syedah (Pakistan; Ambassador and Permanent Representative of Pakistan to UNEP)',
          'Martine Rohn-Brossard (Switzerland; Federal Office for the Environment)',
        ],
        secretariat: 'UNEP',
        publishedTotals: {
          focalPointsNominated: 115,
          regionalConsultationMemberStates: 79,
          regionalConsultationObservers: 16,
          submissionsReceived: 30,
          proposalsInBackgroundDocument: 24,
          clusters: 3,
          globalMeetingMemberStates: 99,
          globalMeetingObservers: 60,
        },
        source: SOURCE,
      },
      { system: true },
    );
  }
  const meetings = await hub.meetings.listMeetings(UNEA_5_12);
  const have = new Set(meetings.map((m) => m.title));
  for (const m of [...BRIEFINGS, ...REGIONAL, GLOBAL])
    if (!have.has(m.title)) await hub.meetings.createMeeting(null, UNEA_5_12, m, { system: true });
  if ((await hub.calls.listCalls(UNEA_5_12)).length === 0) {
    await hub.calls.createCall(
      null,
      UNEA_5_12,
      {
        title: 'Call for written submissions on non-binding proposals',
        mandateRef: 'UNEP/EA.5/Res.12, OP3',
        // The report gives the day only; the end of that day in UTC is used.
        deadline: '2023-07-31T23:59:59Z',
        openTo: ['states', 'observers'],
        publishedTotals: { received: 30, memberStates: 21, observers: 9 },
      },
      { system: true },
    );
  }
  if ((await hub.proposals.listClusters(UNEA_5_12)).length === 0)
    for (const c of CLUSTERS) await hub.proposals.createCluster(null, UNEA_5_12, c, { system: true });
}

/**
 * Seeds the hub: the 5/12 process from the report (idempotent, piece by piece) and the labelled demo
 * process. Safe on every start.
 */
export async function seedProcessHub(hub: ProcessServices, progress?: SeedProgress): Promise<void> {
  await seedUnea512(hub);
  await seedDemo(hub, progress);
}
