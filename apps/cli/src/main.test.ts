import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProgram, registrarsFor } from './main.ts';
import { onlyTopLevelHelp } from './summaries.ts';

test('a command line loads only the modules its command needs', () => {
  assert.deepEqual(registrarsFor(['ais', 'decode', 'x.nmea', '--format', 'gpsd']), ['ais']);
  assert.deepEqual(registrarsFor(['ais', 'analyse', 'x.nmea']), ['ais']);
  assert.deepEqual(registrarsFor(['serve', '--port', '9']), ['platform']);
  assert.deepEqual(registrarsFor(['tailings', 'import']), ['tailings']);
  assert.deepEqual(registrarsFor(['exchange', 'send-mail']), ['exchange']);
  assert.deepEqual(registrarsFor(['instruments', 'heat-map']), ['instruments']);
  assert.deepEqual(registrarsFor(['sand', 'import', 'irp', 'x.csv']), ['sand']);
  assert.deepEqual(registrarsFor(['dredging', 'jobs', 'list']), ['dredging']);
  const all = ['platform', 'ais', 'tailings', 'process', 'exchange', 'instruments', 'sand', 'dredging'];
  assert.deepEqual(registrarsFor([]), all);
  assert.deepEqual(registrarsFor(['help', 'ais']), all);
});

test('the full program has every command, and ais has both the engine and the dredging subcommands', async () => {
  const program = await buildProgram();
  assert.deepEqual(
    program.commands.map((c) => c.name()),
    [
      'serve',
      'start',
      'db',
      'users',
      'ais',
      'tailings',
      'process',
      'exchange',
      'instruments',
      'sand',
      'dredging',
    ],
  );
  const ais = program.commands.find((c) => c.name() === 'ais');
  const subcommands = ais?.commands.map((c) => c.name()) ?? [];
  for (const name of ['decode', 'stats', 'analyse', 'import']) assert.ok(subcommands.includes(name), name);
});

test('the top-level help lists every command from the summaries, as the modules describe them', async () => {
  assert.equal(onlyTopLevelHelp(['--help']), true);
  assert.equal(onlyTopLevelHelp(['help']), true);
  assert.equal(onlyTopLevelHelp(['ais', '--help']), false);
  assert.equal(onlyTopLevelHelp([]), false);
  const light = await buildProgram(['--help']);
  const full = await buildProgram([]);
  const describe = (p: Awaited<ReturnType<typeof buildProgram>>) =>
    p.commands.map((c) => [c.name(), c.description()]);
  assert.deepEqual(describe(light), describe(full));
});
