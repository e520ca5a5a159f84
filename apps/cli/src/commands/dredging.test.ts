import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, sharedDataFile } from '@strata/core';
import { SHARED_EEZ_FILE } from '@strata/dredging';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-dredging-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = {
  ...process.env,
  STRATA_DATA_DIR: path.join(dir, 'data'),
  DATABASE_URL: '',
  STRATA_ZONES_FILE: '',
};
const run = (args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, 'apps/cli/bin/strata.js'), ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });

test('strata ais scenario → analyse writes events.jsonl, vessels.json and summary.json', () => {
  const scenario = path.join(dir, 'scenario');
  const made = run(['ais', 'scenario', '--out', scenario, '--seed', '4', '--days', '2']);
  assert.equal(made.status, 0, made.stderr);
  writeFileSync(
    path.join(scenario, 'registry-bad.csv'),
    `${readFileSync(path.join(scenario, 'registry.csv'), 'utf8')}12,,X,tug,,\n`,
  );
  const out = path.join(dir, 'out');
  const r = run([
    'ais',
    'analyse',
    path.join(scenario, 'scenario.nmea'),
    '--registry',
    path.join(scenario, 'registry-bad.csv'),
    '--areas',
    path.join(scenario, 'areas.geojson'),
    '--out',
    out,
    '--workers',
    '1',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /APPROXIMATE/);
  assert.match(r.stdout, /registry-bad\.csv line \d+: dredger_type "tug"/);
  const events = readFileSync(path.join(out, 'events.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const dredging = events.filter((e) => e.activity === 'dredging');
  assert.ok(dredging.length > 5);
  for (const k of ['mmsi', 'activity', 'start', 'end', 'lon', 'lat', 'country', 'cycleId', 'volumeM3'])
    assert.ok(k in dredging[0], k);
  const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
  assert.ok(summary.byCountryMonth.length >= 3);
  assert.ok(summary.total.volumeM3.low < summary.total.volumeM3.high);
  const vessels = JSON.parse(readFileSync(path.join(out, 'vessels.json'), 'utf8'));
  assert.ok(vessels.every((v: { evidence: unknown[] }) => v.evidence.length > 0));
});

test('strata ais analyse --buckets (bounded memory) writes the same events', () => {
  const scenario = path.join(dir, 'scenario');
  const out = path.join(dir, 'out-bounded');
  const r = run([
    'ais',
    'analyse',
    path.join(scenario, 'scenario.nmea'),
    '--registry',
    path.join(scenario, 'registry.csv'),
    '--areas',
    path.join(scenario, 'areas.geojson'),
    '--out',
    out,
    '--buckets',
    '3',
  ]);
  assert.equal(r.status, 0, r.stderr);
  const bounded = readFileSync(path.join(out, 'events.jsonl'), 'utf8').trim().split('\n');
  const inMemory = readFileSync(path.join(dir, 'out', 'events.jsonl'), 'utf8')
    .trim()
    .split('\n');
  assert.equal(bounded.length, inMemory.length);
});

test('strata ais import loads positions into DuckDB and results into the database', () => {
  const scenario = path.join(dir, 'scenario');
  const r = run([
    'ais',
    'import',
    path.join(scenario, 'scenario.nmea'),
    '--id',
    'cli-test',
    '--workers',
    '1',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /imported dataset cli-test \(positions in the duckdb store\)/);
  assert.ok(existsSync(path.join(dir, 'data', 'dredging', 'ais.duckdb')));
});

test('strata ais reattribute: official zones replace the approximate EEZ', () => {
  const zones = path.join(dir, 'zones.geojson');
  const square = [
    [
      [-180, -80],
      [180, -80],
      [180, 80],
      [-180, 80],
      [-180, -80],
    ],
  ];
  writeFileSync(
    zones,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ISO_TER1: 'FRA', ISO_SOV1: 'FRA' },
          geometry: { type: 'Polygon', coordinates: square },
        },
      ],
    }),
  );
  const r = run(['ais', 'reattribute', '--zones', zones, '--dataset', 'cli-test']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /cli-test: \d+ of \d+ periods changed country \(official\)/);
  // Without --zones: the simplified Marine Regions EEZ when the shared data holds it, else the grid.
  const back = run(['ais', 'reattribute', '--dataset', 'cli-test']);
  assert.match(back.stdout, sharedDataFile(SHARED_EEZ_FILE) ? /\(official\)/ : /\(approximate\)/);
});

test('strata ais analyse: a missing file exits 66, no --out exits 64', () => {
  assert.equal(run(['ais', 'analyse', path.join(dir, 'nope.nmea'), '--out', dir]).status, 66);
  assert.equal(run(['ais', 'analyse', path.join(dir, 'nope.nmea')]).status, 64);
});

test('strata dredging upload runs a GFW JSON-lines file through the job runner; jobs list and show report it', () => {
  const file = path.join(dir, 'track.jsonl');
  // Three positions of one made-up MMSI (not a real ship), 10 minutes apart, in GFW's field names.
  writeFileSync(
    file,
    [0, 1, 2]
      .map((k) =>
        JSON.stringify({
          ssvid: 999000111,
          lat: 10 + k * 0.01,
          lon: 20,
          timestamp: `2024-05-01T00:${String(k * 10).padStart(2, '0')}:00Z`,
          speed: 6,
          course: 0,
        }),
      )
      .join('\n'),
  );
  const up = run(['dredging', 'upload', file, '--name', 'CLI upload test']);
  assert.equal(up.status, 0, up.stderr);
  assert.match(up.stdout, /succeeded/);
  const listed = run(['dredging', 'jobs', 'list']);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /succeeded .*track\.jsonl/);
  const id = listed.stdout.split(/\s+/)[0];
  const shown = run(['dredging', 'jobs', 'show', id]);
  assert.equal(shown.status, 0, shown.stderr);
  const job = JSON.parse(shown.stdout) as { result: { format: string; positions: number } };
  assert.equal(job.result.format, 'gfw-jsonl');
  assert.equal(job.result.positions, 3);
});
