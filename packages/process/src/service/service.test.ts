import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor, Role } from '@strata/core';
import { FICTIONAL_STATES, listZipEntries, readZipEntry, type ValidationError } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createPlatformServices } from '@strata/platform';
import { DEMO_PROCESS } from '../demo-seed.ts';
import { createProcessServices, endorsementsToCsv, type ProcessServices } from '../index.ts';
import { processMigrations } from '../migrations.ts';
import { seedProcessHub, UNEA_5_12 } from '../seed.ts';
import { minimalDocx, minimalPdf, minimalXlsx } from '../testing/fixtures.ts';

let n = 0;
function actor(role: Role, binding: Partial<Actor> = {}): Actor {
  n += 1;
  return {
    userId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    email: `${role}-${n}@strata.test`,
    role,
    countryIso3: null,
    organisationId: null,
    companyId: null,
    ...binding,
  };
}

for (const factory of testDatabases()) {
  describe(`process services on ${factory.name}`, () => {
    let db: Database;
    let hub: ProcessServices;
    let clock = new Date('2023-07-01T00:00:00Z');
    const sec = actor('secretariat');
    const coChair = actor('co_chair');
    const fra = actor('focal_point', { countryIso3: 'FRA' });
    const sen = actor('focal_point', { countryIso3: 'SEN' });
    let orgId: string;
    let observer: Actor;

    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...processMigrations]);
      const platform = createPlatformServices(db);
      await platform.countries.seed();
      orgId = (await platform.accounts.createOrganisation(sec, { name: 'Observer NGO' })).id;
      observer = actor('observer_contact', { organisationId: orgId });
      hub = createProcessServices(db, { now: () => clock });
      await hub.processes.createProcess(sec, {
        slug: 'test-process',
        resolution: 'UNEP/EA.5/Res.12',
        title: 'Test process',
        secretariat: 'UNEP',
      });
    });
    after(async () => db.close());

    test('focal points: contacts hidden from the public, a new primary replaces the old, counts by group', async () => {
      await hub.processes.nominateFocalPoint(fra, 'test-process', {
        countryIso3: 'FRA',
        kind: 'primary',
        name: 'A. Martin',
        email: 'a@fr.test',
      });
      await assert.rejects(
        hub.processes.nominateFocalPoint(fra, 'test-process', {
          countryIso3: 'SEN',
          kind: 'primary',
          name: 'X',
        }),
        { status: 403 },
      );
      const second = await hub.processes.nominateFocalPoint(sec, 'test-process', {
        countryIso3: 'FRA',
        kind: 'primary',
        name: 'B. Durand',
      });
      await hub.processes.nominateFocalPoint(sec, 'test-process', {
        countryIso3: 'SEN',
        kind: 'alternate',
        name: 'C. Diop',
      });
      const pub = await hub.processes.listFocalPoints(null, 'test-process');
      assert.equal(pub.length, 3);
      assert.ok(pub.every((f) => f.contact === undefined));
      assert.deepEqual(
        pub
          .filter((f) => f.countryIso3 === 'FRA')
          .map((f) => f.status)
          .sort(),
        ['nominated', 'replaced'],
      );
      const asFocal = await hub.processes.listFocalPoints(sen, 'test-process');
      assert.ok(asFocal.every((f) => typeof f.contact?.name === 'string'));
      const asCoChair = await hub.processes.listFocalPoints(coChair, 'test-process');
      assert.ok(asCoChair.every((f) => f.contact === undefined));
      await hub.processes.updateFocalPointStatus(fra, second.id, { status: 'active', note: 'confirmed' });
      assert.deepEqual(
        (await hub.processes.focalPointHistory(second.id)).map((e) => e.status),
        ['nominated', 'active'],
      );
      const counts = await hub.processes.focalPointCounts('test-process');
      assert.equal(counts.countries, 1);
      assert.equal(counts.byGroup.western_european_others, 1);
    });

    test('submissions: type from content, sha256, clearing, publication, withdrawal, compilation', async () => {
      const callId = await hub.calls.createCall(sec, 'test-process', {
        title: 'Call',
        deadline: '2023-07-31T23:59:59Z',
      });
      const docx = minimalDocx('Position of France');
      const s = await hub.submissions.submit(fra, callId, {
        title: 'France',
        countryIso3: 'FRA',
        files: [
          { name: 'fr.docx', bytes: docx, language: 'fr' },
          { name: 'annex.pdf.docx', bytes: minimalPdf(), language: 'en' },
        ],
      });
      assert.equal(s.status, 'received');
      assert.deepEqual(
        s.files.map((f) => f.mediaType.includes('pdf')),
        [false, true],
      );
      assert.equal(s.files[0]?.sha256.length, 64);
      await assert.rejects(
        hub.submissions.submit(fra, callId, {
          title: 'x',
          countryIso3: 'FRA',
          files: [{ name: 'a.pdf', bytes: new TextEncoder().encode('MZ not a pdf'), language: 'en' }],
        }),
        { status: 415 },
      );
      await assert.rejects(
        hub.submissions.submit(fra, callId, {
          title: 'x',
          countryIso3: 'SEN',
          files: [{ name: 'a.pdf', bytes: minimalPdf(), language: 'en' }],
        }),
        { status: 403 },
      );
      const o = await hub.submissions.submit(observer, callId, {
        title: 'NGO',
        organisationId: orgId,
        files: [{ name: 'data.xlsx', bytes: minimalXlsx(), language: 'en' }],
      });
      // Not yet published: the public sees nothing, the queue has both.
      assert.equal((await hub.submissions.listSubmissions(null, callId)).length, 0);
      assert.equal((await hub.submissions.clearingQueue(sec)).length, 2);
      await assert.rejects(hub.submissions.clearingQueue(coChair), { status: 403 });
      await hub.submissions.clear(sec, s.id, { decision: 'publish' });
      await hub.submissions.clear(sec, o.id, { decision: 'publish' });
      await assert.rejects(hub.submissions.clear(sec, o.id, { decision: 'reject' }), { status: 409 });
      await assert.rejects(hub.submissions.withdraw(sen, o.id, 'not mine'), { status: 403 });
      const w = await hub.submissions.withdraw(observer, o.id, 'superseded by a joint submission');
      assert.equal(w.status, 'withdrawn');
      assert.deepEqual(w.files, []);
      await assert.rejects(hub.submissions.withdraw(observer, o.id, 'again'), { status: 409 });
      const listed = await hub.submissions.listSubmissions(null, callId);
      assert.deepEqual(listed.map((x) => x.status).sort(), ['published', 'withdrawn']);
      const file = await hub.submissions.readFile(null, s.id, s.files[0]?.id as string);
      assert.deepEqual(file.bytes, docx);
      const zip = await hub.submissions.compilation(callId);
      const entries = listZipEntries(zip) ?? [];
      assert.deepEqual(
        entries.map((e) => e.name),
        ['index.csv', 'files/001-FRA-fr.docx', 'files/002-FRA-en.pdf'],
      );
      const index = new TextDecoder().decode(
        readZipEntry(zip, entries[0] as (typeof entries)[number]) ?? new Uint8Array(),
      );
      assert.match(index, /superseded by a joint submission/);
      const call = await hub.calls.getCall(callId);
      assert.deepEqual(call.counts, {
        published: 1,
        withdrawn: 1,
        statesPublished: 1,
        observersPublished: 0,
      });
      clock = new Date('2023-08-01T00:00:00Z');
      await assert.rejects(
        hub.submissions.submit(fra, callId, {
          title: 'late',
          countryIso3: 'FRA',
          files: [{ name: 'a.pdf', bytes: minimalPdf(), language: 'en' }],
        }),
        { status: 409 },
      );
      // Never edited: the database refuses a change of content.
      await assert.rejects(
        db.kysely.updateTable('process_submission').set({ title: 'edited' }).where('id', '=', s.id).execute(),
        /never edited/,
      );
    });

    test('proposals: versions with diff, amendment accepted into a new version, merge and split lineage', async () => {
      clock = new Date('2023-09-07T10:00:00Z');
      await hub.proposals.createCluster(sec, 'test-process', {
        code: 'A',
        name: 'Policies and tools',
        position: 1,
      });
      const p1 = await hub.proposals.createProposal(coChair, 'test-process', {
        code: 'P1',
        clusterCode: 'A',
        originKind: 'other',
        texts: [
          {
            language: 'en',
            title: 'Database',
            body: 'Establish a database of tailings facilities.',
            official: true,
          },
          { language: 'fr', title: 'Base', body: 'Créer une base de données.', official: false },
        ],
      });
      await assert.rejects(
        hub.proposals.createProposal(fra, 'test-process', {
          code: 'X',
          originKind: 'other',
          texts: p1.currentVersion.texts,
        }),
        { status: 403 },
      );
      const amendmentId = await hub.proposals.proposeAmendment(fra, p1.id, {
        countryIso3: 'FRA',
        language: 'en',
        proposedBody: 'Establish a public database of tailings facilities.',
      });
      await assert.rejects(
        hub.proposals.handleAmendment(fra, amendmentId, { decision: 'accepted', handling: 'x' }),
        { status: 403 },
      );
      const amended = await hub.proposals.handleAmendment(coChair, amendmentId, {
        decision: 'accepted',
        handling: 'Agreed in plenary',
      });
      assert.equal(amended.currentVersion.number, 2);
      assert.equal(amended.amendments[0]?.status, 'accepted');
      assert.equal(amended.currentVersion.texts.find((t) => t.language === 'fr')?.official, false);
      const d = await hub.proposals.diff(p1.id, 1, 2, 'en');
      assert.deepEqual(
        d.body.filter((x) => x.op !== 'equal'),
        [{ op: 'insert', text: 'public ' }],
      );
      const p2 = await hub.proposals.createProposal(coChair, 'test-process', {
        code: 'P2',
        originKind: 'other',
        texts: [{ language: 'en', title: 'Register', body: 'Keep a register.', official: true }],
      });
      const merged = await hub.proposals.merge(coChair, 'test-process', {
        parentIds: [p1.id, p2.id],
        code: 'P3',
        texts: [{ language: 'en', title: 'Database and register', body: 'One text.', official: true }],
      });
      assert.deepEqual(merged.lineage.ancestors.sort(), [p1.id, p2.id].sort());
      assert.equal((await hub.proposals.getProposal(p1.id)).status, 'merged');
      const [c1, c2] = await hub.proposals.split(coChair, merged.id, [
        { code: 'P4', texts: [{ language: 'en', title: 'Database', body: 'A.', official: true }] },
        { code: 'P5', texts: [{ language: 'en', title: 'Register', body: 'B.', official: true }] },
      ]);
      assert.deepEqual(c1?.lineage.ancestors.slice(0, 1), [merged.id]);
      assert.ok(c2?.lineage.ancestors.includes(p1.id));
      assert.equal(c1?.clusterCode, 'A');
    });

    test('endorsements: only the state’s focal point or the secretariat on its behalf; latest wins; objection flagged', async () => {
      const p = (await hub.proposals.listProposals('test-process', { status: 'active' })).find(
        (x) => x.code === 'P4',
      );
      assert.ok(p);
      const v = p.currentVersion.id;
      await assert.rejects(
        hub.endorsements.recordEndorsement(fra, v, { countryIso3: 'SEN', kind: 'support', venue: 'plenary' }),
        { status: 403 },
      );
      await assert.rejects(
        hub.endorsements.recordEndorsement(null, v, {
          countryIso3: 'FRA',
          kind: 'support',
          venue: 'plenary',
        }),
        { status: 401 },
      );
      await hub.endorsements.recordEndorsement(fra, v, {
        countryIso3: 'FRA',
        kind: 'support',
        venue: 'plenary',
      });
      const onBehalf = await hub.endorsements.recordEndorsement(sec, v, {
        countryIso3: 'SEN',
        kind: 'co_sponsor',
        venue: 'written',
        expressedAt: '2023-07-31',
      });
      assert.equal(onBehalf.onBehalf, true);
      await hub.endorsements.recordEndorsement(sec, v, {
        countryIso3: 'CHL',
        kind: 'objection',
        venue: 'plenary',
      });
      let s = await hub.endorsements.endorsementSummary(v);
      assert.equal(s.summary.status, 'objected');
      assert.deepEqual(s.summary.objectingStates, ['CHL']);
      assert.equal(s.summary.raw.supporting, 2);
      await hub.endorsements.recordEndorsement(sec, v, {
        countryIso3: 'CHL',
        kind: 'withdrawn',
        venue: 'plenary',
      });
      s = await hub.endorsements.endorsementSummary(v);
      assert.equal(s.summary.status, 'no_objection');
      // (1+1)/(1+2) for WEOG and African, 1/2 for the other three.
      assert.ok(Math.abs(s.summary.consensusScore - (2 / 3) * (2 / 3) * (1 / 8)) < 1e-12);
      const records = await hub.endorsements.listEndorsements({ versionIds: [v] });
      assert.equal(records.length, 4, 'append-only: the withdrawal is a new record');
      await assert.rejects(db.kysely.deleteFrom('process_endorsement').execute(), /append-only/);
      const csv = endorsementsToCsv(
        await hub.endorsements.listEndorsements({ processIdOrSlug: 'test-process' }),
      );
      assert.equal(csv.trim().split('\r\n').length, 5);
      const audit = await createPlatformServices(db).audit.list(sec, { entity: 'process_endorsement' });
      assert.equal(audit.length, 4);
      assert.equal(audit[0]?.action, 'process.endorsement.record');
    });

    test('rounds: one ballot per state, sealed until close, results with the method shown', async () => {
      const active = await hub.proposals.listProposals('test-process', { status: 'active' });
      const versionIds = active.map((p) => p.currentVersion.id);
      const round = await hub.rounds.createRound(coChair, 'test-process', {
        title: 'Dots',
        parameters: { method: 'dots', dots: 3 },
        versionIds,
        opensAt: '2023-09-08T09:00:00Z',
        closesAt: '2023-09-08T17:00:00Z',
      });
      clock = new Date('2023-09-08T08:00:00Z');
      await assert.rejects(
        hub.rounds.castBallot(fra, round.id, {
          countryIso3: 'FRA',
          content: { method: 'dots', dots: { [versionIds[0] as string]: 3 } },
        }),
        { status: 409 },
      );
      clock = new Date('2023-09-08T10:00:00Z');
      await assert.rejects(
        hub.rounds.castBallot(fra, round.id, { countryIso3: 'SEN', content: { method: 'dots', dots: {} } }),
        { status: 403 },
      );
      await assert.rejects(
        hub.rounds.castBallot(fra, round.id, {
          countryIso3: 'FRA',
          content: { method: 'dots', dots: { [versionIds[0] as string]: 4 } },
        }),
        { status: 400 },
      );
      await hub.rounds.castBallot(fra, round.id, {
        countryIso3: 'FRA',
        content: { method: 'dots', dots: { [versionIds[0] as string]: 3 } },
      });
      await hub.rounds.castBallot(fra, round.id, {
        countryIso3: 'FRA',
        content: { method: 'dots', dots: { [versionIds[1] as string]: 2 } },
      });
      await hub.rounds.castBallot(sec, round.id, {
        countryIso3: 'SEN',
        content: { method: 'dots', dots: { [versionIds[1] as string]: 1, [versionIds[0] as string]: 1 } },
      });
      assert.equal((await hub.rounds.getRound(round.id)).ballotsCast, 2, 'one ballot per state');
      await assert.rejects(hub.rounds.ballots(round.id), { status: 409 });
      await assert.rejects(hub.rounds.results(round.id), { status: 409 });
      assert.equal((await hub.rounds.ownBallot(fra, round.id, 'FRA'))?.content.method, 'dots');
      await assert.rejects(hub.rounds.closeRound(fra, round.id), { status: 403 });
      await hub.rounds.closeRound(coChair, round.id);
      const { result } = await hub.rounds.results(round.id);
      assert.equal(result.ballots, 2);
      assert.deepEqual(
        result.lines.map((l) => [l.itemId, l.points]),
        [
          [versionIds[1], 3],
          [versionIds[0], 1],
        ],
      );
      assert.match(result.rule, /Dot voting/);
      const csv = await hub.rounds.ballotsCsv(round.id);
      assert.equal(csv.trim().split('\r\n').length, 4);
    });

    test('seeding is idempotent: a second run adds nothing', async () => {
      const counts = async () => ({
        meetings: (await hub.meetings.listMeetings(UNEA_5_12)).length,
        calls: (await hub.calls.listCalls(UNEA_5_12)).length,
        clusters: (await hub.proposals.listClusters(UNEA_5_12)).length,
        demoProposals: (await hub.proposals.listProposals(DEMO_PROCESS)).length,
        demoRecords: (await hub.endorsements.listEndorsements({ processIdOrSlug: DEMO_PROCESS })).length,
        realProposals: (await hub.proposals.listProposals(UNEA_5_12)).length,
      });
      await seedProcessHub(hub);
      const first = await counts();
      assert.deepEqual(
        { ...first, demoRecords: first.demoRecords > 0 },
        {
          meetings: 13,
          calls: 1,
          clusters: 3,
          demoProposals: 8,
          demoRecords: true,
          realProposals: 5,
        },
      );
      await seedProcessHub(hub);
      assert.deepEqual(await counts(), first);
      // Each proposal the report names reads in the six languages, only the report's French official.
      for (const p of await hub.proposals.listProposals(UNEA_5_12)) {
        const texts = p.currentVersion.texts;
        assert.deepEqual(texts.map((t) => t.language).sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh'], p.code);
        assert.deepEqual(
          texts.filter((t) => t.official).map((t) => t.language),
          ['fr'],
          p.code,
        );
      }
    });

    test('a proposal seeded in French and English only gets its other languages as a new version, once', async () => {
      const [p] = await hub.proposals.listProposals(UNEA_5_12);
      assert.ok(p);
      const before = (await hub.proposals.getProposal(p.id)).versions.length;
      // As an older release seeded it: the current texts in French and English only.
      await hub.proposals.addVersion(sec, p.id, {
        texts: p.currentVersion.texts.filter((t) => t.language === 'fr' || t.language === 'en'),
      });
      await seedProcessHub(hub);
      await seedProcessHub(hub);
      const after = await hub.proposals.getProposal(p.id);
      assert.equal(after.versions.length, before + 2, 'the trimmed version, then one with every language');
      assert.equal(after.currentVersion.texts.length, 6);
      assert.match(after.currentVersion.note ?? '', /other UN languages/);
    });

    test('the demonstration names fictional States only, and is removed with everything in it', async () => {
      await seedProcessHub(hub);
      const fictional = new Set(FICTIONAL_STATES.map((f) => f.iso3));
      const records = await hub.endorsements.listEndorsements({ processIdOrSlug: DEMO_PROCESS });
      assert.ok(records.length > 0);
      assert.ok(
        records.every((r) => fictional.has(r.countryIso3)),
        'no real State in the demo',
      );
      const rounds = await hub.rounds.listRounds(DEMO_PROCESS);
      const ballots = await db.kysely
        .selectFrom('process_ballot')
        .select('country_iso3')
        .where('round_id', '=', rounds[0]?.id ?? '')
        .execute();
      assert.ok(
        ballots.length > 0 && ballots.every((b) => fictional.has(b.country_iso3)),
        'fictional ballots',
      );
      const clusters = (await hub.proposals.listClusters(DEMO_PROCESS)).map((c) => c.name);
      assert.ok(
        clusters.every((n) => n.startsWith('[DEMO]')),
        'no real cluster name',
      );
      // A fictional State cannot enter a record that is not demo data.
      const real = (await hub.proposals.listProposals(UNEA_5_12))[0];
      await assert.rejects(
        hub.endorsements.importEndorsements(
          [
            {
              versionId: real?.currentVersion.id ?? '',
              countryIso3: 'QMX',
              kind: 'support',
              venue: 'written',
              expressedAt: '2024-01-01',
              demo: false,
            },
          ],
          { system: true, action: 'test' },
        ),
        (e: ValidationError) => /fictional State/.test(e.detailFields?.[0]?.message ?? ''),
      );
      const realBefore = (await hub.endorsements.listEndorsements({ processIdOrSlug: UNEA_5_12 })).length;
      const removed = await hub.demo.remove({ system: true, keepRemoved: true });
      assert.equal(removed.process_process, 1);
      assert.equal(removed.process_endorsement, records.length);
      assert.equal(removed.country, FICTIONAL_STATES.length);
      assert.ok(!(await hub.processes.listProcesses()).some((p) => p.slug === DEMO_PROCESS));
      assert.equal(
        (await hub.endorsements.listEndorsements({ processIdOrSlug: UNEA_5_12 })).length,
        realBefore,
        'the real process keeps every record',
      );
      // Append-only tables stay append-only outside the removal.
      await assert.rejects(db.kysely.deleteFrom('process_endorsement').execute(), /append-only/);
      // A later start does not seed it again, until it is allowed.
      await seedProcessHub(hub);
      assert.ok(!(await hub.processes.listProcesses()).some((p) => p.slug === DEMO_PROCESS));
      await hub.demo.allow({ system: true });
      await seedProcessHub(hub);
      assert.equal((await hub.proposals.listProposals(DEMO_PROCESS)).length, 8);
    });
  });
}
