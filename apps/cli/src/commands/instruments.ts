import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '@strata/core';
import {
  catalogueCsv,
  createInstrumentsServices,
  type HeatMapCell,
  ISSUES,
  matrixCsv,
  partiesCsv,
  STAGES,
} from '@strata/instruments';
import type { AppContext } from '@strata/server';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

const EXPORTS = ['catalogue', 'matrix', 'parties'] as const;

/** The module's services, built once per context as the server builds them. */
const instrumentsServices = (ctx: AppContext) =>
  ctx.services('instruments', (db) => createInstrumentsServices(db));

/** The heat map as a text table: per issue (rows) and stage (columns), "requirements+ / graded". */
export function formatHeatMap(cells: readonly HeatMapCell[]): string {
  const width = 14;
  const head = [
    'issue \\ stage'.padEnd(28),
    ...STAGES.map((s) => s.slice(0, width - 1).padStart(width)),
  ].join('');
  const rows = ISSUES.map((issue) => {
    const line = STAGES.map((stage) => {
      const c = cells.find((x) => x.issue === issue && x.stage === stage);
      if (!c) return ''.padStart(width);
      const graded = Object.values(c.counts).reduce((a, b) => a + b, 0);
      const strong = c.counts.requirement + c.counts.verified_requirement;
      return `${strong}/${graded}${c.bindingRequirement > 0 ? '*' : ''}`.padStart(width);
    });
    return issue.padEnd(28) + line.join('');
  });
  return `${[head, ...rows].join('\n')}\n(requirements or verified requirements / graded instruments; * = a binding requirement)\n`;
}

/** `strata instruments …`: parties import, exports, heat map. */
export function registerInstrumentsCommands(program: Command): void {
  const instruments = program.command('instruments').description(SUMMARY.instruments);
  instruments
    .command('import-parties')
    .description(
      'Import parties lists from a CSV in the documented template (all-or-nothing, one transaction)',
    )
    .argument('<file>', 'the CSV file (columns: instrument, country_iso3, consent_kind, consent_date, …)')
    .action((file: string) =>
      withContext(async (ctx) => {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(file));
        } catch (error) {
          throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.noInput);
        }
        const bar = createProgress({ label: 'importing parties', total: null });
        bar.update(0, 'checking every line');
        const r = await instrumentsServices(ctx).parties.importAsSystem(
          decodeText(bytes),
          'cli.instruments.parties',
        );
        bar.done();
        process.stdout.write(
          `${path.basename(file)}: ${r.rows} parties in ${r.instruments.length} list(s): ${r.instruments.join(', ')}\n`,
        );
      }),
    );
  instruments
    .command('export')
    .description(`Write a CSV download: ${EXPORTS.join(', ')}`)
    .argument('<what>', EXPORTS.join(' | '))
    .option('--out <file>', 'write to this file instead of standard output')
    .action((what: string, o: { out?: string }) =>
      withContext(async (ctx) => {
        if (!(EXPORTS as readonly string[]).includes(what))
          throw new CliError(`<what> must be one of ${EXPORTS.join(', ')}`, EXIT.usage);
        const s = instrumentsServices(ctx);
        const csv =
          what === 'catalogue'
            ? catalogueCsv(await s.catalogue.list({}))
            : what === 'matrix'
              ? matrixCsv(await s.matrix.cells({}))
              : partiesCsv(await s.parties.list({}));
        if (o.out) await writeFile(o.out, csv);
        else process.stdout.write(csv);
      }),
    );
  instruments
    .command('heat-map')
    .description('Print the coverage heat map (issue × stage)')
    .action(() =>
      withContext(async (ctx) => {
        const map = await instrumentsServices(ctx).analyses.heatMap();
        process.stdout.write(
          `${map.instruments} published instruments, ${map.graded} graded\n${formatHeatMap(map.cells)}`,
        );
      }),
    );
}
