import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { Actor } from '@strata/core';
import { RESTART_REASON } from '@strata/dredging';
import pino from 'pino';
import { startServer } from '../../server.ts';
import { aisJobRunner, dredgingServices } from './context.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-ais-restart-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const researcher: Actor = {
  userId: '00000000-0000-4000-8000-0000000000aa',
  email: 'researcher@strata.test',
  role: 'reviewer',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};

test('a job left running when the server stopped is failed, with its reason, when the server starts again', async () => {
  const options = {
    port: 0,
    dataDir: path.join(dir, 'data'),
    seed: false,
    background: false,
    logger: pino({ level: 'silent' }),
  };
  const first = await startServer(options);
  const { uploads, uploadsDir } = dredgingServices(first.ctx);
  const file = path.join(dir, 'left.nmea');
  writeFileSync(file, '!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n');
  const job = await uploads.enqueue(researcher, {
    filePath: file,
    fileName: 'left.nmea',
    bytes: 52,
    format: 'auto',
  });
  // Claimed as by a runner, then the process goes away without finishing it.
  assert.equal((await uploads.claimNext())?.id, job.id);
  await first.close();
  assert.ok(uploadsDir.startsWith(options.dataDir));

  const second = await startServer({ ...options, background: true });
  try {
    await aisJobRunner(second.ctx).started;
    const after = await dredgingServices(second.ctx).uploads.job(researcher, job.id);
    assert.equal(after.state, 'failed');
    assert.equal(after.error, RESTART_REASON);
  } finally {
    await second.close();
  }
});
