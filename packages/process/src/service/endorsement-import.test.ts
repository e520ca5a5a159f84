// Fast tests of the endorsement CSV import against in-memory repositories (no database): version look-up
// by code and number, line-numbered refusal, one audit row. The database path is in service.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ValidationError } from '@strata/core';
import { inMemoryUnitOfWork } from '@strata/db';
import type { ProcessRepositories } from '../repository/repositories.ts';
import { EndorsementService } from './endorsement-service.ts';
import { ProposalService } from './proposal-service.ts';

const HEADER = 'proposal,version,country_iso3,kind,venue,expressed_at,note\n';

/** One process with one proposal (P-1) in two versions; only the methods the import calls. */
function fakeHub() {
  const inserted: { proposal_version_id: string; country_iso3: string; on_behalf: boolean; demo: boolean }[] =
    [];
  const versions = [
    { id: 'v-1', proposal_id: 'prop-1', number: 1 },
    { id: 'v-2', proposal_id: 'prop-1', number: 2 },
  ];
  const repos = {
    processes: {
      findProcess: async (idOrSlug: string) =>
        idOrSlug === 'demo' ? { id: 'proc-1', slug: 'demo' } : undefined,
    },
    proposals: {
      listProposals: async () => [{ id: 'prop-1', code: 'P-1' }],
      versions: async (ids: string[]) => versions.filter((v) => ids.includes(v.proposal_id)),
      versionsByIds: async (ids: string[]) => versions.filter((v) => ids.includes(v.id)),
      insertEndorsements: async (rows: typeof inserted) => void inserted.push(...rows),
    },
  } as unknown as ProcessRepositories;
  const work = inMemoryUnitOfWork(repos);
  const now = () => new Date('2023-09-10T00:00:00Z');
  const endorsements = new EndorsementService(work, now, new ProposalService(work, now));
  return { endorsements, inserted, work };
}

describe('endorsement CSV import (in-memory repositories)', () => {
  test('an empty version means the current one; each record on behalf of its state, one audit row', async () => {
    const { endorsements, inserted, work } = fakeHub();
    const n = await endorsements.importEndorsementsCsv(
      'demo',
      `${HEADER}P-1,,sen,support,plenary,2023-09-07,\nP-1,1,FRA,objection,written,2023-09-08,"late, by letter"\n`,
      { demo: true },
    );
    assert.equal(n, 2);
    assert.deepEqual(
      inserted.map((r) => [r.proposal_version_id, r.country_iso3, r.on_behalf, r.demo]),
      [
        ['v-2', 'SEN', true, true],
        ['v-1', 'FRA', true, true],
      ],
    );
    assert.deepEqual(
      work.audited.map((a) => [a.action, a.entityId]),
      [['process.endorsement.import', 'import:2']],
    );
  });

  test('one wrong line refuses the whole file, every bad line named by its number', async () => {
    const { endorsements, inserted, work } = fakeHub();
    await assert.rejects(
      endorsements.importEndorsementsCsv(
        'demo',
        `${HEADER}P-1,,SEN,maybe,plenary,2023-09-07,\nP-9,,FRA,support,plenary,2023-09-07,\nP-1,7,BRA,support,plenary,2023-09-07,\nP-1,2,CHL,support,plenary,2023-09-07,\n`,
        { demo: false },
      ),
      (e: unknown) =>
        e instanceof ValidationError &&
        JSON.stringify(e.detailFields?.map((f) => f.path)) === '["line 2","line 3","line 4"]' &&
        /no proposal P-9 in demo/.test(e.detailFields?.[1]?.message ?? '') &&
        /P-1 has no version 7/.test(e.detailFields?.[2]?.message ?? ''),
    );
    assert.equal(inserted.length, 0);
    assert.equal(work.audited.length, 0);
  });
});
