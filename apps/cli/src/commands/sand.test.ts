import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runStrata, strataEnv } from '../testing/strata-process.ts';
import { formatSandReport } from './sand.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-sand-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the import report says nothing was saved and lists each rejected line', () => {
  const text = formatSandReport(
    {
      kind: 'irp',
      sourceId: 'irp-gmfd-2022-12-20',
      rows: 1,
      rejected: [{ line: 3, message: 'value "-1" is not a non-negative number' }],
      skippedColumns: [],
      superseded: [],
      saved: false,
      skipped: false,
    },
    'irp.csv',
  );
  assert.match(text, /^irp\.csv: 1 line\(s\) rejected; nothing was saved$/m);
  assert.match(text, /^ {2}line 3: value "-1" is not a non-negative number$/m);
});

test('strata sand import irp saves a good file, refuses a bad one with exit 65; export writes the CSV', async () => {
  const good = path.join(dir, 'irp.csv');
  const bad = path.join(dir, 'bad.csv');
  // Fictional figures in the IRP export's format.
  writeFileSync(
    good,
    'alphanumiso;CCC_Code;year;unit;value\nFRA250;A.3.8.2;2019;t;400\nFRA250;A.3.2.3;2019;t;9\n',
  );
  writeFileSync(bad, 'alphanumiso;CCC_Code;year;unit;value\nFRA250;A.3.8.2;2019;t;-1\n');
  const env = strataEnv(path.join(dir, 'data'));
  const run = (args: string[]) => runStrata(args, env);
  const first = await run(['sand', 'import', 'irp', good]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /irp\.csv: 1 figure\(s\) saved/);
  const refused = await run(['sand', 'import', 'irp', bad]);
  assert.equal(refused.status, 65);
  assert.match(refused.stdout, /line 2: value "-1"/);
  const exported = await run(['sand', 'export', '--year', '2019']);
  assert.equal(exported.status, 0, exported.stderr);
  assert.match(
    exported.stdout,
    /\r\nFRA,2019,construction-aggregates,irp,true,400,400,400,t,irp-gmfd-2022-12-20,/,
  );
  const json = await run(['sand', 'export', '--year', '2019', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.equal(doc.year, 2019);
  assert.equal(doc.units['construction-aggregates'], 't');
  assert.deepEqual(
    doc.sources.map((s: { id: string }) => s.id),
    ['irp-gmfd-2022-12-20'],
  );
  assert.equal(doc.figures[0].central, 400);
  assert.equal(doc.figures[0].licence, doc.sources[0].licence);
  assert.equal((await run(['sand', 'export', '--format', 'xml'])).status, 64);
  assert.equal((await run(['sand', 'import', 'gold', good])).status, 64);
});

test('strata sand import population saves a World Bank table; a bad row refuses the whole file with exit 65', async () => {
  const good = path.join(dir, 'population.csv');
  const bad = path.join(dir, 'population-bad.csv');
  // Fictional figures in the World Bank table's format.
  const head = 'Country Name,Country Code,Year,Value\n';
  writeFileSync(good, `${head}France,FRA,2019,1000\nWorld,WLD,2019,5000\n`);
  writeFileSync(bad, `${head}France,FRA,2019,1000\nFrance,FRA,2020,-3\n`);
  const env = strataEnv(path.join(dir, 'data-population'));
  const run = (args: string[]) => runStrata(args, env);
  const saved = await run(['sand', 'import', 'population', good]);
  assert.equal(saved.status, 0, saved.stderr);
  assert.match(saved.stdout, /population\.csv: 1 figure\(s\) saved/);
  assert.match(saved.stdout, /1 aggregate row\(s\)/);
  const refused = await run(['sand', 'import', 'gdp', bad]);
  assert.equal(refused.status, 65);
  assert.match(refused.stdout, /nothing was saved/);
  assert.match(refused.stdout, /line 3: /);
});

test('strata sand submissions: a bad template exits 65 with its lines; a good one waits for approval, then is official', async () => {
  const good = path.join(dir, 'ken.csv');
  const bad = path.join(dir, 'ken-bad.csv');
  // Fictional figures in the template's French header.
  writeFileSync(good, 'année;valeur;unité;densité (t/m3)\n2019;1000;m3;1,5\n');
  writeFileSync(bad, 'year,value,unit\n2019,5,tonnes\n');
  const env = strataEnv(path.join(dir, 'data-submissions'));
  const run = (args: string[]) => runStrata(args, env);
  const meta = ['--country', 'KEN', '--title', '[TEST] yearbook', '--publisher', '[TEST] office'];
  const more = ['--licence', 'test', '--method', 'Quarry returns.'];
  const refused = await run(['sand', 'submissions', 'import', ...meta, ...more, bad]);
  assert.equal(refused.status, 65);
  assert.match(refused.stdout, /line 2: unit "tonnes" must be t, kt/);
  const saved = await run(['sand', 'submissions', 'import', ...meta, ...more, good]);
  assert.equal(saved.status, 0, saved.stderr);
  const id = /\(id ([0-9a-f-]{36})\)/.exec(saved.stdout)?.[1] ?? '';
  assert.match(saved.stdout, /KEN version 1 recorded with 1 figure\(s\), pending approval/);
  const listed = await run(['sand', 'submissions', 'list', '--status', 'pending']);
  assert.match(listed.stdout, new RegExp(`${id}  KEN v1  pending`));
  const approved = await run(['sand', 'submissions', 'approve', id]);
  assert.equal(approved.status, 0, approved.stderr);
  assert.equal((await run(['sand', 'submissions', 'approve', id])).status, 65, 'only a pending one');
  const exported = await run(['sand', 'export', '--year', '2019']);
  // 1,000 m3 × 1.5 t/m3
  assert.match(
    exported.stdout,
    /\r\nKEN,2019,construction-aggregates,official,true,1500,1500,1500,t,state-submission-ken,/,
  );
});
