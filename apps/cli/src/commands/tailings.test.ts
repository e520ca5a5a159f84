import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '@strata/core';
import { formatImportResult } from './tailings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-tailings-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the import report lists counts, column reports and each rejected row', () => {
  const text = formatImportResult(
    {
      format: 'sigbm',
      created: 2,
      updated: 1,
      unchanged: 0,
      rejected: [{ line: 7, sourceId: '12', reason: 'lat "x" is not a coordinate' }],
      unknownColumns: ['Nova'],
      missingColumns: [],
      skipped: false,
      dryRun: false,
      detected: { encoding: 'windows-1252', delimiter: ';' },
      headerRow: 3,
      headers: {
        matched: [{ field: 'sourceId', header: 'ID' }],
        unmatched: ['Nova'],
        missing: [],
        ambiguous: [{ field: 'cri', headers: ['CRI', 'Categoria de Risco'], used: 'CRI' }],
      },
      invalidFields: [
        { line: 9, sourceId: '14', field: 'heightM', header: 'Altura', raw: '-11,00', reason: 'bad height' },
      ],
    },
    'f.csv',
  );
  assert.match(text, /^detected: windows-1252, delimiter ;$/m);
  assert.match(text, /^header row: 3$/m);
  assert.match(text, /^f\.csv: 2 created, 1 updated, 0 unchanged, 1 rejected$/m);
  assert.match(text, /ambiguous: cri could be CRI \| Categoria de Risco; reading CRI/);
  assert.match(text, /unmatched columns \(kept verbatim\): Nova/);
  assert.match(text, /line 9 \(id 14\): bad height/);
  assert.match(text, /line 7 \(id 12\): rejected: lat "x" is not a coordinate/);
});

test('strata tailings import: creates, then re-import leaves all unchanged; bad usage exits 64', () => {
  const file = path.join(dir, 'sigbm.csv');
  writeFileSync(
    file,
    Buffer.from(
      `"ID";"Nome";"Latitude";"Longitude"\r\n"1";"Barragem São João";"-20°00'00,0''";"-44°00'00,0''"\r\n"2";"x";"bad";"-44°00'00,0''"\r\n`,
      'latin1',
    ),
  );
  const env = { ...process.env, STRATA_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'apps/cli/bin/strata.js'), ...args], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
  const dry = run(['tailings', 'import', '--format', 'sigbm', '--dry-run', file]);
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /^detected: windows-1252, delimiter ;$/m);
  assert.match(dry.stdout, /columns matched \(4\): sourceId ← ID \| name ← Nome/);
  assert.match(dry.stdout, /dry run, nothing written\): would be 1 created/);
  const first = run(['tailings', 'import', '--format', 'sigbm', file]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /1 created, 0 updated, 0 unchanged, 1 rejected/);
  assert.match(first.stdout, /line 3 \(id 2\): rejected: column "Latitude": lat "bad" is not a coordinate/);
  const second = run(['tailings', 'import', '--format', 'sigbm', file]);
  assert.match(second.stdout, /0 created, 0 updated, 1 unchanged/);
  assert.equal(run(['tailings', 'import', '--format', 'xml', file]).status, 64);
});
