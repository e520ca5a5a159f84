import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { columnsFromPositions } from '../domain/columns.ts';
import type { DredgingEvent } from '../domain/output.ts';
import { ClickHouseAisStore } from './clickhouse.ts';
import { DuckDbAisStore } from './duckdb.ts';
import type { AisStore } from './types.ts';

const positions = columnsFromPositions([
  { mmsi: 2, timestampMs: Date.UTC(2025, 0, 1, 0, 1), lon: 3.1, lat: 52.1, speedKnots: 1.5, courseDeg: 90 },
  {
    mmsi: 1,
    timestampMs: Date.UTC(2025, 0, 1, 0, 0),
    lon: 3.0,
    lat: 52.0,
    speedKnots: null,
    courseDeg: null,
  },
  {
    mmsi: 1,
    timestampMs: Date.UTC(2025, 0, 1, 0, 2),
    lon: 3.01,
    lat: 52.01,
    speedKnots: 2.25,
    courseDeg: 45.5,
  },
]);

const event = (over: Partial<DredgingEvent>): DredgingEvent => ({
  mmsi: 1,
  activity: 'dredging',
  start: '2025-01-31T22:00:00.000Z',
  end: '2025-01-31T23:30:00.000Z',
  lon: 3.7,
  lat: 52.1,
  country: 'NLD',
  countryMethod: 'approximate',
  h3: '87194ad32ffffff',
  areas: ['mpa1'],
  inProtectedArea: true,
  cycleId: '1-c1',
  volumeM3: { low: 1000, central: 1500, high: 2000 },
  tonnes: { low: 1600, central: 2700, high: 4000 },
  volumeMethod: 'test',
  ...over,
});

const events: DredgingEvent[] = [
  event({}),
  event({
    start: '2025-02-01T01:00:00.000Z',
    end: '2025-02-01T02:00:00.000Z',
    cycleId: '1-c2',
    inProtectedArea: false,
    areas: [],
  }),
  event({ activity: 'sailing_loaded', volumeM3: null, tonnes: null, volumeMethod: null }),
  event({
    mmsi: 2,
    country: null,
    cycleId: null,
    start: '2025-01-05T00:00:00.000Z',
    end: '2025-01-05T01:00:00.000Z',
  }),
];

/** The contract every AisStore adapter meets. */
function storeContract(name: string, open: () => Promise<AisStore>, skip: string | false) {
  describe(`AisStore contract: ${name}`, { skip }, () => {
    let store: AisStore;
    let dir: string;
    before(async () => {
      store = await open();
      dir = mkdtempSync(path.join(tmpdir(), 'strata-store-'));
    });
    after(async () => {
      if (store instanceof ClickHouseAisStore) await store.drop();
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('appends positions and reads them back by vessel and time, NaN kept', async () => {
      assert.equal(await store.appendPositions(positions), 3);
      assert.equal(await store.countPositions(), 3);
      const all = await store.readPositions();
      assert.deepEqual([...all.mmsi], [1, 1, 2]);
      assert.deepEqual(
        [...all.timestampMs],
        [Date.UTC(2025, 0, 1, 0, 0), Date.UTC(2025, 0, 1, 0, 2), Date.UTC(2025, 0, 1, 0, 1)],
      );
      assert.ok(Number.isNaN(all.speedKnots[0]));
      assert.equal(all.speedKnots[1], 2.25);
      const one = await store.readPositions({ mmsi: 1, fromMs: Date.UTC(2025, 0, 1, 0, 1) });
      assert.equal(one.length, 1);
      assert.equal(one.lon[0], 3.01);
    });

    it('replaces a dataset’s events and reads them with filters', async () => {
      await store.replaceEvents('run-a', events);
      await store.replaceEvents('run-b', events.slice(0, 1));
      await store.replaceEvents('run-a', events);
      const a = await store.readEvents({ dataset: 'run-a' });
      assert.equal(a.length, 4);
      assert.deepEqual(a[0], events[0]);
      assert.equal((await store.readEvents({ dataset: 'run-a', mmsi: 2 }))[0].country, null);
      assert.equal((await store.readEvents({ activity: 'sailing_loaded' }))[0].volumeM3, null);
      assert.equal((await store.readEvents({ country: 'NLD' })).length, 4);
    });

    it('sums dredging volume by country and month in the engine', async () => {
      const rows = await store.volumeByCountryMonth('run-a');
      assert.deepEqual(
        rows.map((r) => [r.country, r.month, r.volumeM3.central, r.dredgingHours]),
        [
          ['NLD', '2025-01', 1500, 1.5],
          ['NLD', '2025-02', 1500, 1],
          [null, '2025-01', 1500, 1],
        ],
      );
    });

    it('exports and re-imports Parquet', async () => {
      const file = path.join(dir, 'positions.parquet');
      await store.exportParquet('positions', file);
      assert.equal(await store.importParquet('positions', file), 3);
      assert.equal(await store.countPositions(), 6);
      const efile = path.join(dir, 'events.parquet');
      await store.exportParquet('events', efile);
      assert.equal(await store.importParquet('events', efile), 5);
    });
  });
}

storeContract('DuckDB in memory', () => DuckDbAisStore.open(null), false);
const dbDir = mkdtempSync(path.join(tmpdir(), 'strata-duckdb-'));
after(() => rmSync(dbDir, { recursive: true, force: true }));
storeContract('DuckDB file', () => DuckDbAisStore.open(path.join(dbDir, 'ais.duckdb')), false);

const url = process.env.CLICKHOUSE_URL;
if (!url) console.log('# skipping the ClickHouse AisStore contract: CLICKHOUSE_URL is not set');
storeContract(
  'ClickHouse',
  () => ClickHouseAisStore.open({ url: url!, tablePrefix: `t_${Date.now().toString(36)}_` }),
  url ? false : 'CLICKHOUSE_URL is not set',
);
