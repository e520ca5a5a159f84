// The service against an in-memory repository: authorisation, audit and re-attribution without a database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '@strata/core';
import { inMemoryUnitOfWork } from '@strata/db';
import type { Dataset, DatasetContent, StoredCycle, StoredEvent } from './domain/dataset.ts';
import type { Reattribution } from './repository.ts';
import { type DredgingRepos, DredgingService } from './service.ts';

function fakeRepository(events: StoredEvent[], cycles: StoredCycle[]) {
  const datasets = new Map<string, Dataset>();
  const writes: { reattributed: Reattribution[]; replaced: DatasetContent[] } = {
    reattributed: [],
    replaced: [],
  };
  const repo: DredgingRepos['dredging'] = {
    datasetName: async (id) => (datasets.has(id) ? { id, name: datasets.get(id)!.name } : null),
    replaceDataset: async (content) => {
      writes.replaced.push(content);
      datasets.set(content.dataset.id, { ...content.dataset, createdAt: '2025-03-01T00:00:00.000Z' });
    },
    reattribute: async (_id, r) => {
      writes.reattributed.push(r);
    },
    deleteDataset: async (id) => {
      datasets.delete(id);
    },
    datasets: async () => [...datasets.values()],
    dataset: async (id) => datasets.get(id) ?? null,
    publishDataset: async (id) => {
      const d = datasets.get(id);
      if (d) datasets.set(id, { ...d, published: true });
      return !!d;
    },
    events: async () => events,
    vessels: async () => [],
    vessel: async () => null,
    cycles: async () => cycles,
    track: async () => [],
  };
  return { repo, writes, datasets };
}

const stored = (id: number, lon: number, country: string | null): StoredEvent => ({
  id,
  mmsi: 900000001,
  activity: 'dredging',
  start: '2025-01-10T00:00:00.000Z',
  end: '2025-01-10T01:00:00.000Z',
  lon,
  lat: 52,
  country,
  countryMethod: 'approximate',
  h3: '871969000ffffff',
  areas: [],
  inProtectedArea: false,
  cycleId: null,
  volumeM3: { low: 1, central: 2, high: 3 },
  tonnes: null,
  volumeMethod: null,
});

const secretariat: Actor = {
  userId: 'u1',
  email: 'sec@example.org',
  role: 'secretariat',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};

describe('DredgingService (in-memory repository)', () => {
  it('re-attributes events with the new locator, counts the changes and audits them in the unit of work', async () => {
    const events = [stored(1, 3, 'NLD'), stored(2, 5, 'NLD'), stored(3, 7, null)];
    const { repo, writes, datasets } = fakeRepository(events, []);
    datasets.set('d1', {
      id: 'd1',
      name: 'Synthetic d1',
      synthetic: true,
      source: 's',
      licence: 'l',
      retrieved: '2025-01-01',
      method: 'm',
      countryMethod: 'approximate',
      createdAt: '2025-01-01T00:00:00.000Z',
      ownerUserId: null,
      published: true,
      summary: {} as Dataset['summary'],
    });
    const work = inMemoryUnitOfWork({ dredging: repo });
    const service = new DredgingService(work);
    // East of 4° E is German in this made-up official zone file: events 2 and 3 change, event 1 does not.
    const r = await service.reattribute(null, 'd1', (lon) => (lon > 4 ? 'DEU' : 'NLD'), 'official', {
      system: true,
      auditAction: 'test.reattribute',
    });
    assert.deepEqual(r, { events: 3, changed: 2 });
    assert.deepEqual(writes.reattributed[0].events, [
      { id: 1, country: 'NLD' },
      { id: 2, country: 'DEU' },
      { id: 3, country: 'DEU' },
    ]);
    assert.equal(writes.reattributed[0].countryMethod, 'official');
    assert.deepEqual(
      work.audited.map((a) => [a.action, a.entityId]),
      [['test.reattribute', 'd1']],
    );
  });

  it('refuses an anonymous delete and audits the secretariat’s', async () => {
    const { repo, datasets } = fakeRepository([], []);
    datasets.set('d2', { id: 'd2', name: 'Synthetic d2' } as Dataset);
    const work = inMemoryUnitOfWork({ dredging: repo });
    const service = new DredgingService(work);
    await assert.rejects(() => service.deleteDataset(null, 'd2'), { name: 'UnauthenticatedError' });
    await service.deleteDataset(secretariat, 'd2');
    assert.equal(datasets.has('d2'), false);
    assert.deepEqual(work.audited[0].before, { id: 'd2', name: 'Synthetic d2' });
  });
});
