import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { newId } from '@strata/core';
import type { AisJob, AisUploadFormat } from '@strata/dredging';
import { type Command, Option } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

const FORMATS = ['auto', 'nmea', 'marinecadastre-csv', 'gfw-jsonl'] as const;

async function uploadServices() {
  const { createDredgingServices, AisJobRunner } = await import('@strata/dredging');
  return { createDredgingServices, AisJobRunner };
}

/** One line per job: id, state, phase and progress, file, dataset, reason. */
export function jobLine(j: AisJob): string {
  const pct = j.total > 0 ? ` ${Math.round((100 * j.done) / j.total)}%` : '';
  const owner = j.ownerUserId ?? 'system';
  const tail = j.state === 'failed' ? ` — ${j.error}` : j.state === 'succeeded' ? ` → ${j.datasetId}` : '';
  return `${j.id}  ${j.state.padEnd(9)} ${j.phase}${pct}  ${j.fileName} (${j.bytes} B, ${owner})${tail}`;
}

/** `strata dredging`: the AIS upload jobs the server's runner and this command share. */
export function registerDredgingCommands(program: Command): void {
  const dredging = program.command('dredging').description(SUMMARY.dredging);
  const jobs = dredging.command('jobs').description('AIS upload jobs (queued, running, succeeded, failed)');
  jobs
    .command('list')
    .description('All upload jobs, newest first')
    .action(async () => {
      const { createDredgingServices } = await uploadServices();
      await withContext(async (ctx) => {
        const { uploads } = ctx.services('dredging', (db, config) => createDredgingServices(db, config));
        const all = await uploads.jobs(null, { system: true });
        for (const j of all) process.stdout.write(`${jobLine(j)}\n`);
        if (all.length === 0) process.stdout.write('no upload jobs\n');
      });
    });
  jobs
    .command('show')
    .description('One upload job as JSON')
    .argument('<id>', 'job id')
    .action(async (id: string) => {
      const { createDredgingServices } = await uploadServices();
      await withContext(async (ctx) => {
        const { uploads } = ctx.services('dredging', (db, config) => createDredgingServices(db, config));
        process.stdout.write(`${JSON.stringify(await uploads.job(null, id, { system: true }), null, 2)}\n`);
      });
    });
  dredging
    .command('upload')
    .description(
      'Queue an AIS file as the server does for a researcher, and run it through the same job runner (published at once: the system owns it)',
    )
    .argument('<file>', 'NMEA, MarineCadastre CSV or GFW JSON lines (gzip allowed)')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS).default('auto'))
    .option('--name <name>', 'dataset name')
    .action(async (file: string, options: { format: AisUploadFormat | 'auto'; name?: string }) => {
      if (!existsSync(file)) throw new CliError(`No file ${file}.`, EXIT.noInput);
      const { createDredgingServices, AisJobRunner } = await uploadServices();
      await withContext(async (ctx) => {
        const services = ctx.services('dredging', (db, config) => createDredgingServices(db, config));
        // The runner removes the file it processed: it works on a copy in the uploads folder.
        mkdirSync(services.uploadsDir, { recursive: true });
        const copy = path.join(services.uploadsDir, `${newId()}.upload`);
        copyFileSync(file, copy);
        const queued = await services.uploads.enqueue(
          null,
          {
            filePath: copy,
            fileName: path.basename(file),
            bytes: statSync(copy).size,
            format: options.format,
            name: options.name,
          },
          { system: true },
        );
        process.stderr.write(`queued job ${queued.id}\n`);
        const bar = createProgress({ label: 'processing', total: 1, unit: 'items' });
        const runner = new AisJobRunner(services.uploads, {
          onFinished: (j) => bar.update(1, j.state),
        });
        // Runs the queue here; a running server may claim the job first, so wait for it either way.
        await runner.drain();
        let job = await services.uploads.job(null, queued.id, { system: true });
        while (job.state === 'queued' || job.state === 'running') {
          bar.update(job.total > 0 ? job.done / job.total : 0, job.phase);
          await new Promise((resolve) => setTimeout(resolve, 500));
          job = await services.uploads.job(null, queued.id, { system: true });
        }
        bar.done(job.state);
        process.stdout.write(`${jobLine(job)}\n`);
        if (job.state === 'failed') throw new CliError(job.error ?? 'the job failed', EXIT.dataError);
      });
    });
}
