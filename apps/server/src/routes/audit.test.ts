import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { sealDigest } from '@strata/process';
import { processModule } from '../modules/process.ts';
import { tailingsModule } from '../modules/tailings.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../test-support.ts';

interface Row {
  action: string;
  entity: string;
  entityId: string;
  actorEmail: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const rows = async (client: TestClient, query: string): Promise<Row[]> => {
  const res = await client.request('GET', `/api/audit?${query}`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: Row[] }).items;
};

// Finding 1 of the security review: nobody reads through the audit log what the entity's own routes
// would not show them.
for (const factory of testDatabases()) {
  describe(`audit reads by policy on ${factory.name}`, () => {
    let p: TestPlatform;
    let sec: TestClient;
    let coChair: TestClient;
    let fpFra: TestClient;

    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, tailingsModule] });
      sec = await p.clientAs('secretariat');
      coChair = await p.clientAs('co_chair');
      fpFra = await p.clientAs('focal_point', { countryIso3: 'FRA' });
    });
    after(async () => p.close());

    test('ballots are sealed in the log while the round is open, for co-chairs and the secretariat', async () => {
      const demo = (await (
        await p.anonymous().request('GET', '/api/process/processes/demo/proposals')
      ).json()) as {
        items: { currentVersion: { id: string } }[];
      };
      const versionIds = demo.items.slice(0, 3).map((x) => x.currentVersion.id);
      const round = (await (
        await coChair.request('POST', '/api/process/processes/demo/rounds', {
          title: 'Sealed round',
          parameters: { method: 'ranked' },
          versionIds,
          opensAt: '2020-01-01T00:00:00Z',
          closesAt: '2099-01-01T00:00:00Z',
        })
      ).json()) as { id: string };
      const content = { method: 'ranked', ranking: [versionIds[2], versionIds[0]] };
      const cast = await fpFra.request('POST', `/api/process/rounds/${round.id}/ballots`, {
        countryIso3: 'FRA',
        content,
      });
      assert.equal(cast.status, 201);
      const entityId = `${round.id}/FRA`;
      for (const reader of [coChair, sec]) {
        const open = await rows(reader, `entity=process_ballot&entityId=${entityId}`);
        assert.equal(open.length, 1);
        assert.equal(open[0]?.after?.content, undefined);
        assert.equal(open[0]?.after?.seal_nonce, undefined);
        assert.match(String(open[0]?.after?.contentSha256), /^[0-9a-f]{64}$/);
        assert.doesNotMatch(JSON.stringify(open), new RegExp(String(versionIds[2])));
      }
      assert.equal((await coChair.request('POST', `/api/process/rounds/${round.id}/close`)).status, 200);
      const closed = await rows(sec, `entity=process_ballot&entityId=${entityId}`);
      assert.equal(closed.length, 2);
      const revealed = closed[0]?.after ?? {};
      assert.deepEqual(revealed.content, content);
      // The nonce published at the close lets anyone check the sealed row written while the round was open.
      assert.equal(
        sealDigest(String(revealed.seal_nonce), revealed.content),
        closed[1]?.after?.contentSha256,
      );
      // Reading the ballots after the close does not write them again.
      await p.anonymous().request('GET', `/api/process/rounds/${round.id}/ballots`);
      assert.equal((await rows(coChair, `entity=process_ballot&entityId=${entityId}`)).length, 2);
    });

    test('co-chairs read no account e-mail or role, and no focal point contact', async () => {
      const created = await sec.request('POST', '/api/users', {
        email: 'hidden-account@strata.test',
        password: 'correct horse battery',
        role: 'reviewer',
      });
      assert.equal(created.status, 201);
      assert.equal((await coChair.request('GET', '/api/users')).status, 403);
      const users = await rows(coChair, 'entity=user&limit=1000');
      assert.equal(users.length, 0);
      assert.equal(
        (await rows(sec, 'entity=user&limit=1000')).some(
          (r) => r.after?.email === 'hidden-account@strata.test',
        ),
        true,
      );
      const everything = JSON.stringify(await rows(coChair, 'limit=1000'));
      assert.doesNotMatch(everything, /hidden-account@strata\.test/);
      assert.doesNotMatch(everything, /@strata\.test/, 'no writer e-mail either');

      const nominated = await fpFra.request('POST', '/api/process/processes/unea-5-12/focal-points', {
        countryIso3: 'FRA',
        kind: 'primary',
        name: 'Jeanne Martin',
        email: 'jm@example.org',
        phone: '+33 1 23 45 67 89',
      });
      assert.equal(nominated.status, 201);
      const fp = await rows(coChair, 'entity=process_focal_point');
      assert.ok(fp.length >= 1);
      assert.equal(fp[0]?.after?.name, 'Jeanne Martin');
      assert.doesNotMatch(JSON.stringify(fp), /jm@example\.org|23 45 67/);
      assert.match(JSON.stringify(await rows(sec, 'entity=process_focal_point')), /jm@example\.org/);
    });

    test('co-chairs read a disclosure in the log only once it is published', async () => {
      const company = (await (
        await sec.request('POST', '/api/companies', { name: 'Audit Read SA' })
      ).json()) as {
        id: string;
      };
      const operator = await p.clientAs('operator', { companyId: company.id });
      const facility = (
        (await (
          await p.anonymous().request('GET', '/api/tailings/facilities?country=BRA&limit=1')
        ).json()) as {
          items: { id: string }[];
        }
      ).items[0];
      assert.ok(facility);
      await sec.request('PUT', `/api/tailings/facilities/${facility.id}/company`, { companyId: company.id });
      const disclose = async (note: string) =>
        (await (
          await operator.request('POST', `/api/tailings/facilities/${facility.id}/disclosures`, {
            changes: { heightM: 42 },
            note,
          })
        ).json()) as { id: string };
      const pending = await disclose('pending one');
      const published = await disclose('published one');
      const decided = await sec.request('POST', `/api/tailings/disclosures/${published.id}/decision`, {
        decision: 'publish',
      });
      assert.equal(decided.status, 200);
      assert.equal((await rows(sec, `entity=tailings_disclosure&entityId=${pending.id}`)).length, 1);
      assert.equal((await rows(coChair, `entity=tailings_disclosure&entityId=${pending.id}`)).length, 0);
      const seen = await rows(coChair, 'entity=tailings_disclosure&limit=1000');
      assert.doesNotMatch(JSON.stringify(seen), /pending one/);
      assert.deepEqual(
        seen.filter((r) => r.entityId === published.id).map((r) => r.after?.status),
        ['published'],
      );
    });
  });
}
