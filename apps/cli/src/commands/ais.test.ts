import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { after, test } from 'node:test';
import { encodePositionReport, encodeStaticVoyage } from '@strata/ais';
import { repoRoot, sharedDataFile } from '@strata/core';
import { Command } from 'commander';
import { CliError } from '../errors.ts';
import { type AisCommandIo, registerAisCommands } from './ais.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-ais-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real `strata` binary (slow: loads every module); used for the end-to-end checks only. */
function spawnStrata(args: string[], input?: string) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'apps/cli/bin/strata.js'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `strata ais …` in-process; returns its output and exit status (as main() would map a CliError). */
async function strata(args: string[], input = '') {
  const stdout = collect();
  const stderr = collect();
  const io: AisCommandIo = {
    stdin: Readable.from([Buffer.from(input)]) as unknown as AisCommandIo['stdin'],
    stdout: stdout.stream,
    stderr: stderr.stream,
  };
  const program = new Command('strata').exitOverride();
  const ais = registerAisCommands(program, io);
  for (const c of [program, ais, ...ais.commands]) {
    c.exitOverride();
    c.configureOutput({ writeOut: (t) => stdout.stream.write(t), writeErr: (t) => stderr.stream.write(t) });
  }
  let status = 0;
  try {
    await program.parseAsync(['node', 'strata', ...args]);
  } catch (error) {
    if (error instanceof CliError) {
      stderr.stream.write(`strata: ${error.message}\n`);
      status = error.exitCode;
    } else if (error instanceof Error && 'exitCode' in error) {
      status = Number((error as { exitCode: number }).exitCode) || 64;
    } else throw error;
  }
  await new Promise((r) => setImmediate(r));
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const t0 = Date.UTC(2024, 4, 1, 6, 0, 0);
const log = [
  encodePositionReport(
    { mmsi: 244010001, lon: 4.1, lat: 51.9, speedKnots: 2.5, courseDeg: 180, heading: 179 },
    { timeMs: t0 },
  ),
  ...encodeStaticVoyage(
    { mmsi: 244010001, shipname: 'DREDGER, ONE', shiptype: 33, draughtM: 7.5 },
    { timeMs: t0 + 5000 },
  ),
  encodePositionReport({ mmsi: 244010002 }, { timeMs: t0 + 60_000 }),
  '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B',
  '$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D',
].join('\n');
const logFile = path.join(dir, 'log.nmea');
writeFileSync(logFile, `${log}\n`);

test('strata ais --help lists decode and stats (end to end)', () => {
  const r = spawnStrata(['ais', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /decode/);
  assert.match(r.stdout, /stats/);
});

const sample = sharedDataFile('ais/gpsd-sample.aivdm');
const chk = sharedDataFile('ais/gpsd-sample.aivdm.js.chk');
test('strata ais decode --format gpsd prints what gpsd prints (end to end)', {
  skip: sample === null || chk === null ? 'no shared data' : false,
}, () => {
  const r = spawnStrata(['ais', 'decode', sample as string, '--format', 'gpsd']);
  assert.equal(r.status, 0, r.stderr);
  const want = readFileSync(chk as string, 'utf8')
    .replace(/\r/g, '')
    .trim();
  assert.equal(r.stdout.trim(), want);
});

test('ais decode - --format jsonl reads standard input and prints tidy JSON with ISO times and nulls', async () => {
  const r = await strata(['ais', 'decode', '-', '--format', 'jsonl', '--rejects'], log);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(rows.length, 3);
  assert.equal(rows[0].time, '2024-05-01T06:00:00.000Z');
  assert.equal(rows[0].speed, 2.5);
  assert.equal(rows[1].shipname, 'DREDGER, ONE');
  assert.equal(rows[1].shiptype_text, 'Dredging or underwater ops');
  assert.equal(rows[2].lon, null, 'lon 181 becomes null');
  assert.equal(rows[2].speed, null, 'speed 102.3 becomes null');
  assert.equal(rows[2].heading, null);
  assert.match(r.stderr, /line 5: bad_checksum: !AIVDM/);
  assert.match(r.stderr, /line 6: non_ais_sentence: \$GPGGA/);
});

test('ais decode --format csv quotes text with commas and leaves n/a cells empty', async () => {
  const r = await strata(['ais', 'decode', logFile, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /^time,line,type,mmsi,lon,lat,speed,course,heading/);
  assert.equal(lines.length, 4);
  assert.match(lines[2], /"DREDGER, ONE"/);
  assert.match(lines[3], /^2024-05-01T06:01:00.000Z,4,1,244010002,,,,,,/);
  assert.match(r.stderr, /3 messages decoded; 2 of 6 lines rejected/);
});

test('ais stats --json counts types, rejections, MMSIs and the time range', async () => {
  const r = await strata(['ais', 'stats', logFile, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.equal(s.lines, 6);
  assert.equal(s.messages, 3);
  assert.deepEqual(s.messagesByType, { '1': 2, '5': 1 });
  assert.equal((s.rejected as Record<string, number>).bad_checksum, 1);
  assert.equal((s.rejected as Record<string, number>).non_ais_sentence, 1);
  assert.equal(s.distinctMmsis, 2);
  assert.deepEqual(s.timeRange, { first: '2024-05-01T06:00:00.000Z', last: '2024-05-01T06:01:00.000Z' });
  const text = await strata(['ais', 'stats', logFile]);
  assert.match(text.stdout, /distinct MMSIs\s+2/);
  assert.match(text.stdout, /bad_checksum\s+1/);
});

test('ais stats --workers 2 gives the same counts as one worker', async () => {
  const one = JSON.parse((await strata(['ais', 'stats', logFile, '--json'])).stdout) as Record<
    string,
    unknown
  >;
  const two = JSON.parse(
    (await strata(['ais', 'stats', logFile, '--json', '--workers', '2'])).stdout,
  ) as Record<string, unknown>;
  for (const key of ['lines', 'messages', 'messagesByType', 'rejected', 'distinctMmsis', 'timeRange']) {
    assert.deepEqual(two[key], one[key], key);
  }
});

test('errors: a missing file, a bad option and a fatal checksum exit non-zero with a clear message', async () => {
  const missing = await strata(['ais', 'decode', path.join(dir, 'nope.nmea')]);
  assert.equal(missing.status, 66);
  assert.match(missing.stderr, /cannot read .*nope\.nmea/);
  const format = await strata(['ais', 'decode', logFile, '--format', 'xml']);
  assert.notEqual(format.status, 0);
  assert.match(format.stderr, /xml/);
  const fatal = await strata(['ais', 'decode', logFile, '--checksum', 'fatal']);
  assert.equal(fatal.status, 65);
  assert.match(fatal.stderr, /bad NMEA checksum on line 5/);
  const workers = await strata(['ais', 'stats', logFile, '--workers', 'many']);
  assert.equal(workers.status, 64);
});

test('ais decode stops quietly when the reader of its output goes away (| head)', async () => {
  const big = path.join(dir, 'big.nmea');
  writeFileSync(big, `${log}\n`.repeat(20_000));
  for (const format of ['gpsd', 'jsonl']) {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, callback) {
        writes++;
        if (writes < 2) return callback();
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        callback(error);
      },
    });
    stdout.on('error', () => {});
    const program = new Command('strata').exitOverride();
    const ais = registerAisCommands(program, {
      stdin: Readable.from([]) as unknown as AisCommandIo['stdin'],
      stdout,
      stderr: new PassThrough(),
    });
    for (const c of [program, ais, ...ais.commands]) c.exitOverride();
    await program.parseAsync(['node', 'strata', 'ais', 'decode', big, '--format', format]);
    assert.ok(writes >= 2, `${format}: the failing write happened`);
  }
});
