import { writeFile } from 'node:fs/promises';
import {
  DEMO_PROCESS,
  endorsementsToCsv,
  type ProcessServices,
  processServicesOf,
  proposalsToCsv,
  type RoundView,
  seedDemo,
  type TallyResult,
} from '@strata/process';
import type { AppContext } from '@strata/server';
import type { Command } from 'commander';
import { readInput } from '../files.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

const hubOf = (ctx: AppContext): ProcessServices => processServicesOf(ctx);

/** A round's results as a plain-text table, with the counting rule. */
export function formatResults(round: RoundView, result: TallyResult): string {
  const code = new Map(round.items.map((i) => [i.versionId, `${i.proposalCode} v${i.versionNumber}`]));
  const lines = [
    `${round.title} (${round.parameters.method}${round.demo ? ', DEMO DATA' : ''}): ${result.ballots} ballots`,
    result.rule,
    'rank  points  mean   ballots  proposal',
  ];
  for (const l of result.lines)
    lines.push(
      `${String(l.rank).padStart(4)}  ${String(l.points).padStart(6)}  ${l.meanPoints.toFixed(2).padStart(5)}  ${String(l.ballotsFor).padStart(7)}  ${code.get(l.itemId) ?? l.itemId}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Adds `strata process …`: listings, CSV exports, round results, the submissions compilation, imports. */
export function registerProcessCommands(program: Command): void {
  const proc = program.command('process').description(SUMMARY.process);
  proc
    .command('list')
    .description('List processes with their published totals')
    .action(() =>
      withContext(async (ctx) => {
        for (const p of await hubOf(ctx).processes.listProcesses())
          process.stdout.write(
            `${p.slug}\t${p.resolution}\t${p.title}\t${JSON.stringify(p.publishedTotals)}\n`,
          );
      }),
    );
  proc
    .command('meetings')
    .description('List the meetings of a process (tab-separated)')
    .option('--process <slug>', 'process id or slug', 'unea-5-12')
    .action((o: { process: string }) =>
      withContext(async (ctx) => {
        for (const m of await hubOf(ctx).meetings.listMeetings(o.process))
          process.stdout.write(
            `${m.startDate}\t${m.endDate}\t${m.type}\t${m.place ?? ''}\t${m.hostIso3 ?? ''}\t${m.title}\n`,
          );
      }),
    );
  for (const [name, what] of [
    ['proposals', 'proposals (current version, endorsement summary)'],
    ['endorsements', 'endorsement records (append-only, withdrawals included)'],
  ] as const) {
    proc
      .command(name)
      .description(`Export the ${what} of a process as CSV on stdout`)
      .option('--process <slug>', 'process id or slug', 'unea-5-12')
      .action((o: { process: string }) =>
        withContext(async (ctx) => {
          const hub = hubOf(ctx);
          process.stdout.write(
            name === 'proposals'
              ? proposalsToCsv(await hub.proposals.listProposals(o.process))
              : endorsementsToCsv(await hub.endorsements.listEndorsements({ processIdOrSlug: o.process })),
          );
        }),
      );
  }
  proc
    .command('rounds')
    .description('List the prioritisation rounds of a process')
    .option('--process <slug>', 'process id or slug', 'unea-5-12')
    .action((o: { process: string }) =>
      withContext(async (ctx) => {
        for (const r of await hubOf(ctx).rounds.listRounds(o.process))
          process.stdout.write(
            `${r.id}\t${r.state}\t${r.parameters.method}\t${r.ballotsCast} ballots\t${r.title}\n`,
          );
      }),
    );
  proc
    .command('results')
    .description("Show a closed round's results with its counting rule")
    .argument('<round-id>', 'round id')
    .action((id: string) =>
      withContext(async (ctx) => {
        const { round, result } = await hubOf(ctx).rounds.results(id);
        process.stdout.write(formatResults(round, result));
      }),
    );
  proc
    .command('ballots')
    .description("Export a closed round's ballots as CSV on stdout")
    .argument('<round-id>', 'round id')
    .action((id: string) =>
      withContext(async (ctx) => void process.stdout.write(await hubOf(ctx).rounds.ballotsCsv(id))),
    );
  proc
    .command('compilation')
    .description('Write the compilation ZIP of a call for submissions (published files + index.csv)')
    .argument('<call-id>', 'call id')
    .requiredOption('-o, --output <file>', 'ZIP file to write')
    .action((id: string, o: { output: string }) =>
      withContext(async (ctx) => {
        const zip = await hubOf(ctx).submissions.compilation(id);
        await writeFile(o.output, zip);
        process.stderr.write(`Wrote ${o.output} (${zip.length} bytes).\n`);
      }),
    );
  proc
    .command('import-endorsements')
    .description(
      'Import positions recorded at a meeting from CSV (proposal,version,country_iso3,kind,venue,expressed_at,note), ' +
        'as the system on behalf of the states, in one transaction; --demo marks them as demo data',
    )
    .argument('<file>', 'CSV file')
    .option('--process <slug>', 'process id or slug', 'unea-5-12')
    .option('--demo', 'mark the records as demo data')
    .action((file: string, o: { process: string; demo?: boolean }) =>
      withContext(async (ctx) => {
        const text = new TextDecoder().decode(await readInput(file));
        const n = await hubOf(ctx).endorsements.importEndorsementsCsv(o.process, text, { demo: !!o.demo });
        process.stdout.write(`Imported ${n} endorsement records.\n`);
      }),
    );
  const demo = proc
    .command('demo')
    .description(`The fictional demonstration process ("${DEMO_PROCESS}"), kept apart from real processes`);
  demo
    .command('remove')
    .description(
      'Delete the demonstration process, everything recorded in it and its fictional States, in one transaction; later starts do not seed it again',
    )
    .action(() =>
      withContext(async (ctx) => {
        const removed = await hubOf(ctx).demo.remove({ system: true, keepRemoved: true });
        const rows = Object.entries(removed)
          .filter(([, n]) => n > 0)
          .map(([table, n]) => `${table} ${n}`);
        process.stdout.write(
          rows.length
            ? `Removed the demonstration: ${rows.join(', ')}.\n`
            : 'No demonstration to remove; it will not be seeded again.\n',
        );
      }),
    );
  demo
    .command('restore')
    .description('Seed the demonstration process again (after a removal)')
    .action(() =>
      withContext(async (ctx) => {
        const hub = hubOf(ctx);
        await hub.demo.allow({ system: true });
        await seedDemo(hub);
        process.stdout.write(`Seeded the demonstration process "${DEMO_PROCESS}".\n`);
      }),
    );
}
