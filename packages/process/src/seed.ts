import { seedDemo } from './demo-seed.ts';
import type { ProcessServices } from './index.ts';
import {
  BRIEFING_DOCUMENTS,
  BRIEFINGS,
  CLUSTERS,
  CO_CHAIRS,
  GLOBAL,
  MANDATE,
  type MeetingDocumentSeed,
  OUTCOME_PROPOSALS,
  PHASES,
  REGIONAL,
  REPORT_5_12,
} from './report-5-12.ts';
import type { NewMeetingInput } from './service/meeting-service.ts';

/** Reports seeding progress (done, total, note). */
export type SeedProgress = (done: number, total: number | null, note?: string) => void;

/** Slug of the process of UNEA resolution 5/12. */
export const UNEA_5_12 = 'unea-5-12';

/** The meeting fields the seed owns: refreshed on start when the facts recorded from the report change. */
function seededFields(m: NewMeetingInput) {
  return {
    place: m.place ?? null,
    audience: m.audience ?? null,
    agenda: m.agenda ?? [],
    format: m.format ?? null,
    translations: m.translations ?? {},
    languages: m.languages ?? [],
    hostIso3: m.hostIso3 ?? null,
  };
}

/**
 * Seeds the 5/12 process from the report, only what it states, and brings an older seed up to date with it
 * (piece by piece, idempotent: a second run changes nothing).
 */
async function seedUnea512(hub: ProcessServices): Promise<void> {
  const facts = { mandate: MANDATE, phases: PHASES, coChairs: CO_CHAIRS, source: REPORT_5_12 };
  const existing = (await hub.processes.listProcesses()).find((p) => p.slug === UNEA_5_12);
  if (!existing) {
    await hub.processes.createProcess(
      null,
      {
        slug: UNEA_5_12,
        resolution: 'UNEP/EA.5/Res.12',
        title: 'Environmental aspects of minerals and metals management',
        ...facts,
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
      },
      { system: true },
    );
  } else if (
    JSON.stringify([existing.mandate, existing.phases, existing.coChairs, existing.source]) !==
    JSON.stringify([facts.mandate, facts.phases, facts.coChairs, facts.source])
  ) {
    await hub.processes.updateProcess(null, UNEA_5_12, facts, { system: true });
  }

  const byTitle = new Map((await hub.meetings.listMeetings(UNEA_5_12)).map((m) => [m.title, m]));
  const seeds: (NewMeetingInput & { documents?: MeetingDocumentSeed[] })[] = [
    ...BRIEFINGS,
    ...REGIONAL,
    GLOBAL,
  ];
  for (const { documents, ...input } of seeds) {
    let meeting = byTitle.get(input.title);
    if (!meeting) {
      const id = await hub.meetings.createMeeting(null, UNEA_5_12, input, { system: true });
      meeting = await hub.meetings.getMeeting(id);
    } else {
      const want = seededFields(input);
      const have = seededFields({ ...meeting, type: meeting.type });
      if (JSON.stringify(want) !== JSON.stringify(have))
        meeting = await hub.meetings.updateMeeting(null, meeting.id, want, { system: true });
    }
    const urls = new Set(meeting.documents.map((d) => d.url));
    for (const d of documents ?? BRIEFING_DOCUMENTS[input.startDate] ?? [])
      if (!urls.has(d.url)) await hub.meetings.addMeetingDocument(null, meeting.id, d, { system: true });
  }

  if ((await hub.calls.listCalls(UNEA_5_12)).length === 0) {
    await hub.calls.createCall(
      null,
      UNEA_5_12,
      {
        title: 'Call for written submissions on non-binding proposals',
        mandateRef: 'Report on resolution 5/12, §13',
        // §13 gives the day only; the end of that day in UTC is used.
        deadline: '2023-07-31T23:59:59Z',
        openTo: ['states', 'observers'],
        publishedTotals: { received: 30, memberStates: 21, observers: 9 },
      },
      { system: true },
    );
  }

  const clusters = await hub.proposals.listClusters(UNEA_5_12);
  for (const c of CLUSTERS) {
    const have = clusters.find((x) => x.code === c.code);
    if (!have) await hub.proposals.createCluster(null, UNEA_5_12, c, { system: true });
    else if (JSON.stringify(have.translations) !== JSON.stringify(c.translations))
      await hub.proposals.setClusterTranslations(null, UNEA_5_12, c.code, c.translations, { system: true });
  }

  const proposals = new Map((await hub.proposals.listProposals(UNEA_5_12)).map((p) => [p.code, p]));
  const globalMeeting = (await hub.meetings.listMeetings(UNEA_5_12)).find((m) => m.type === 'global_meeting');
  for (const p of OUTCOME_PROPOSALS) {
    const have = proposals.get(p.code);
    if (have) {
      // A proposal seeded before its other languages were written gets them as a new version.
      const languages = new Set(have.currentVersion.texts.map((t) => t.language));
      if (have.status === 'active' && p.texts.some((t) => !languages.has(t.language)))
        await hub.proposals.addVersion(
          null,
          have.id,
          { texts: p.texts, note: 'texts in the other UN languages added (translations, unofficial)' },
          { system: true },
        );
      continue;
    }
    await hub.proposals.createProposal(
      null,
      UNEA_5_12,
      {
        code: p.code,
        originKind: p.originKind,
        originMeetingId: p.originKind === 'global_meeting' ? (globalMeeting?.id ?? null) : null,
        texts: p.texts,
        note: `as the report on resolution 5/12 describes it (${p.reportParagraph}); French text the report's, the other languages translations`,
      },
      { system: true },
    );
  }
}

/**
 * Seeds the hub: the 5/12 process from the report (idempotent, piece by piece) and the labelled demo
 * process. Safe on every start.
 */
export async function seedProcessHub(hub: ProcessServices, progress?: SeedProgress): Promise<void> {
  await seedUnea512(hub);
  await seedDemo(hub, progress);
}
