// The ClickHouse store without a server: the queries it sends, how it passes values (parameters, never
// spliced text), and how it maps the rows back. The contract suite (contract.test.ts) runs it against a
// real server when CLICKHOUSE_URL is set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClickHouseClient } from '@clickhouse/client';
import { columnsFromPositions } from '../domain/columns.ts';
import type { DredgingEvent } from '../domain/output.ts';
import { ClickHouseAisStore } from './clickhouse.ts';

interface Sent {
  kind: 'command' | 'query' | 'insert';
  query?: string;
  table?: string;
  values?: unknown;
  query_params?: Record<string, unknown>;
  format?: string;
}

/** A client that records what it is sent and answers queries from a list. */
function recordingClient(answers: unknown[][] = []) {
  const sent: Sent[] = [];
  const client = {
    command: async (p: Omit<Sent, 'kind'>) => {
      sent.push({ kind: 'command', ...p });
    },
    query: async (p: Omit<Sent, 'kind'>) => {
      sent.push({ kind: 'query', ...p });
      const rows = answers.shift() ?? [];
      return { json: async () => rows };
    },
    insert: async (p: Omit<Sent, 'kind'>) => {
      sent.push({ kind: 'insert', ...p });
    },
    close: async () => {},
  };
  return { sent, client: client as unknown as ClickHouseClient };
}

const event: DredgingEvent = {
  mmsi: 900000001,
  activity: 'dredging',
  start: '2025-01-10T00:00:00.000Z',
  end: '2025-01-10T02:00:00.000Z',
  lon: 4.1,
  lat: 52.1,
  country: 'NLD',
  countryMethod: 'approximate',
  h3: '871969000ffffff',
  areas: ['demo-area'],
  inProtectedArea: true,
  cycleId: 'c1',
  volumeM3: { low: 1, central: 2, high: 3 },
  tonnes: { low: 1.6, central: 3.6, high: 6 },
  volumeMethod: 'test',
};

describe('ClickHouse AIS store (no server)', () => {
  it('refuses a table prefix that is not a plain identifier (table names are spliced into the query)', () => {
    const { client } = recordingClient();
    assert.throws(() => ClickHouseAisStore.fromClient(client, 'x; drop table y; --'), /plain identifier/);
    assert.doesNotThrow(() => ClickHouseAisStore.fromClient(client, 'run_42_'));
  });

  it('passes user values as typed query parameters, never in the query text', async () => {
    const { client, sent } = recordingClient([[]]);
    const store = ClickHouseAisStore.fromClient(client, 't_');
    const hostile = "NLD' or 1=1 --";
    await store.readEvents({ dataset: "d'1", country: hostile, activity: 'dredging', mmsi: 900000001 });
    const q = sent[0];
    assert.equal(q.query?.includes(hostile), false);
    assert.match(
      q.query ?? '',
      /from t_events where dataset = \{dataset:String\} and mmsi = \{mmsi:UInt32\}/,
    );
    assert.deepEqual(q.query_params, {
      dataset: "d'1",
      mmsi: 900000001,
      activity: 'dredging',
      country: hostile,
    });
  });

  it('builds the position range read from whole numbers only', async () => {
    const { client, sent } = recordingClient([[]]);
    const store = ClickHouseAisStore.fromClient(client, 't_');
    await store.readPositions({ mmsi: 123.9, fromMs: 1000.5, toMs: 2000, bucket: { index: 1, count: 4 } });
    assert.equal(
      sent[0].query,
      'select mmsi, timestamp_ms, lon, lat, speed_knots, course_deg from t_positions where mmsi = 123 and mmsi % 4 = 1 and timestamp_ms >= 1000 and timestamp_ms < 2000 order by mmsi, timestamp_ms',
    );
  });

  it('writes a missing speed or course as ClickHouse nan and reads nan and null back as NaN', async () => {
    const { client, sent } = recordingClient([
      [
        [900000001, 1000, 4.1, 52.1, 'nan', 90],
        [900000001, 2000, 4.2, 52.2, 3.5, null],
      ],
    ]);
    const store = ClickHouseAisStore.fromClient(client, 't_');
    await store.appendPositions(
      columnsFromPositions([
        { mmsi: 900000001, timestampMs: 1000, lon: 4.1, lat: 52.1, speedKnots: Number.NaN, courseDeg: 90 },
      ]),
    );
    assert.deepEqual(sent[0].values, [[900000001, 1000, 4.1, 52.1, 'nan', 90]]);
    const cols = await store.readPositions({ mmsi: 900000001 });
    assert.equal(cols.length, 2);
    assert.ok(Number.isNaN(cols.speedKnots[0]));
    assert.equal(cols.speedKnots[1], 3.5);
    assert.ok(Number.isNaN(cols.courseDeg[1]));
  });

  it('replaces a dataset’s events (delete by parameter, then insert) and maps rows back to the same events', async () => {
    const { client, sent } = recordingClient();
    const store = ClickHouseAisStore.fromClient(client, 't_');
    await store.replaceEvents('demo', [event]);
    assert.equal(sent[0].query, 'alter table t_events delete where dataset = {dataset:String}');
    assert.deepEqual(sent[0].query_params, { dataset: 'demo' });
    const rows = sent[1].values as Record<string, unknown>[];
    // 2025-01-10T00:00Z = 1 736 467 200 000 ms since the epoch (20 098 days × 86 400 000 ms).
    assert.equal(rows[0].start_ms, 1_736_467_200_000);
    // ClickHouse answers Bool as true/false, UInt32 and Int64 as numbers (64-bit integers unquoted).
    const { client: reader } = recordingClient([[{ ...rows[0], in_protected: true }]]);
    const back = await ClickHouseAisStore.fromClient(reader, 't_').readEvents({ dataset: 'demo' });
    assert.deepEqual(back, [event]);
  });

  it('sums volumes by country and month, a country-less row kept as null', async () => {
    const { client, sent } = recordingClient([
      [
        { country: 'NLD', month: '2025-01', hours: 2, low: 1, central: 2, high: 3 },
        { country: null, month: '2025-02', hours: 0.5, low: null, central: null, high: null },
      ],
    ]);
    const rows = await ClickHouseAisStore.fromClient(client, 't_').volumeByCountryMonth('demo');
    assert.match(sent[0].query ?? '', /and dataset = \{dataset:String\}/);
    assert.deepEqual(rows, [
      { country: 'NLD', month: '2025-01', dredgingHours: 2, volumeM3: { low: 1, central: 2, high: 3 } },
      { country: null, month: '2025-02', dredgingHours: 0.5, volumeM3: { low: 0, central: 0, high: 0 } },
    ]);
  });
});
