import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createSandServices,
  type Denominator,
  type DenominatorImportReport,
  INDICATORS,
  type Indicator,
  type SandImportReport,
  type SandSubmission,
  SUBMISSION_STATUSES,
  type SubmissionOutcome,
  type SubmissionStatus,
  valuesCsv,
  valuesJson,
} from '@strata/sand';
import type { AppContext } from '@strata/server';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { readInput } from '../files.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

const SOURCES = ['irp', 'cement', 'population', 'gdp'] as const;
/** Rejected lines printed in full; the rest are counted. */
const SHOWN_REJECTS = 50;

/** The sand services of the command's context, built as the server builds them. */
const sandServices = (ctx: AppContext) => ctx.services('sand', (db) => createSandServices(db));

/** The import report: figures written (or not), then each rejected line with its reason. */
export function formatSandReport(
  report: SandImportReport | DenominatorImportReport,
  fileName: string,
): string {
  const skippedColumns = 'skippedColumns' in report ? report.skippedColumns : [];
  const superseded = 'superseded' in report ? report.superseded : [];
  const out = [
    report.saved
      ? `${fileName}: ${report.rows.toLocaleString('en')} figure(s) saved (source ${report.sourceId})`
      : `${fileName}: ${report.rejected.length} line(s) rejected; nothing was saved`,
  ];
  if (skippedColumns.length > 0) out.push(`  columns skipped: ${skippedColumns.join(', ')}`);
  if (superseded.length > 0) out.push(`  ${superseded.length} row(s) superseded by a current country's`);
  if ('aggregates' in report && report.aggregates > 0)
    out.push(`  ${report.aggregates} aggregate row(s) (regions, income groups) left out`);
  for (const r of report.rejected.slice(0, SHOWN_REJECTS)) out.push(`  line ${r.line}: ${r.message}`);
  if (report.rejected.length > SHOWN_REJECTS)
    out.push(`  … and ${report.rejected.length - SHOWN_REJECTS} more`);
  return `${out.join('\n')}\n`;
}

/** What an upload did: the version recorded, or each rejected line (nothing saved). */
export function formatSubmissionOutcome(outcome: SubmissionOutcome, fileName: string): string {
  const s = outcome.submission;
  if (!outcome.saved || !s) {
    const lines = outcome.rejected.map((r) => `  line ${r.line}: ${r.message}`);
    return `${fileName}: ${outcome.rejected.length} line(s) rejected; nothing was saved\n${lines.join('\n')}\n`;
  }
  const out = [
    `${fileName}: ${s.iso3} version ${s.version} recorded with ${s.figures.length} figure(s), pending approval (id ${s.id})`,
  ];
  if (outcome.superseded.length > 0) out.push(`  replaces ${outcome.superseded.length} pending version(s)`);
  return `${out.join('\n')}\n`;
}

/** One line per submitted version: id, country, version, status, years, decision note. */
export function formatSubmissions(items: readonly SandSubmission[]): string {
  if (items.length === 0) return 'no submission\n';
  return `${items
    .map((s) => {
      const years = s.figures.map((f) => f.year);
      const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
      const note = s.decisionNote ? `  “${s.decisionNote}”` : '';
      return `${s.id}  ${s.iso3} v${s.version}  ${s.status.padEnd(10)} ${s.figures.length} figure(s) ${span}  ${s.submittedAt.slice(0, 10)}${note}`;
    })
    .join('\n')}\n`;
}

/** `strata sand submissions …`: a State's national statistics, recorded and decided on its behalf. */
function registerSubmissionCommands(sand: Command): void {
  const submissions = sand
    .command('submissions')
    .description(
      "A State's national statistics: record a filled-in template, list versions, approve or reject",
    );
  submissions
    .command('import')
    .description(
      "Record a filled-in template as the country's next version, pending approval (every bad line is reported; nothing is saved then)",
    )
    .requiredOption('--country <iso3>', 'the State (ISO 3166-1 alpha-3)')
    .requiredOption('--title <title>', 'the publication or series the figures come from')
    .requiredOption('--publisher <publisher>', 'the office that produced them')
    .requiredOption('--licence <licence>', 'the licence the State gives them under')
    .requiredOption('--method <method>', 'how they were compiled, in a sentence or two')
    .option('--url <url>', 'where the publication is')
    .argument('<file>', 'the template (download it from /api/sand/submissions/template.csv?lang=…)')
    .action(
      (
        file: string,
        o: {
          country: string;
          title: string;
          publisher: string;
          licence: string;
          method: string;
          url?: string;
        },
      ) =>
        withContext(async (ctx) => {
          const bytes = await readInput(file);
          const outcome = await sandServices(ctx).submissions.submit(
            null,
            {
              iso3: o.country,
              title: o.title,
              publisher: o.publisher,
              licence: o.licence,
              method: o.method,
              url: o.url ?? null,
              fileName: path.basename(file),
            },
            bytes,
            { system: true },
          );
          process.stdout.write(formatSubmissionOutcome(outcome, path.basename(file)));
          if (!outcome.saved) process.exitCode = EXIT.dataError;
        }),
    );
  submissions
    .command('list')
    .description('Submitted versions, newest first')
    .option('--country <iso3>', 'one State only')
    .option('--status <status>', SUBMISSION_STATUSES.join(' | '))
    .action((o: { country?: string; status?: string }) => {
      if (o.status !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(o.status))
        throw new CliError(`--status must be one of ${SUBMISSION_STATUSES.join(', ')}`, EXIT.usage);
      return withContext(async (ctx) => {
        const items = await sandServices(ctx).submissions.list(
          null,
          { iso3: o.country, status: o.status as SubmissionStatus | undefined },
          { system: true },
        );
        process.stdout.write(formatSubmissions(items));
      });
    });
  submissions
    .command('approve')
    .description("Approve a pending version: its figures become the country's official figures")
    .argument('<id>', "the version's id (from list)")
    .option('--note <note>', 'a note kept with the decision')
    .action((id: string, o: { note?: string }) =>
      withContext(async (ctx) => {
        const s = await sandServices(ctx).submissions.approve(null, id, o.note ?? null, { system: true });
        process.stdout.write(
          `${s.iso3} version ${s.version} approved: ${s.figures.length} official figure(s) published\n`,
        );
      }),
    );
  submissions
    .command('reject')
    .description('Reject a pending version with the reason the focal point will read')
    .argument('<id>', "the version's id (from list)")
    .requiredOption('--note <reason>', 'why')
    .action((id: string, o: { note: string }) =>
      withContext(async (ctx) => {
        const s = await sandServices(ctx).submissions.reject(null, id, o.note, { system: true });
        process.stdout.write(`${s.iso3} version ${s.version} rejected\n`);
      }),
    );
}

/** `strata sand …`: source imports and the export. */
export function registerSandCommands(program: Command): void {
  const sand = program.command('sand').description(SUMMARY.sand);
  registerSubmissionCommands(sand);
  sand
    .command('import')
    .description('Import a source file, replacing its figures (all-or-nothing, one transaction)')
    .argument(
      '<source>',
      `${SOURCES.join(' | ')} (IRP Global Material Flows export; cement production table; World Bank population or GDP table)`,
    )
    .argument('<file>', 'the file')
    .action((source: string, file: string) => {
      if (!(SOURCES as readonly string[]).includes(source))
        throw new CliError(`<source> must be one of ${SOURCES.join(', ')}`, EXIT.usage);
      return withContext(async (ctx) => {
        const bytes = await readInput(file);
        const bar = createProgress({ label: `importing ${source}`, total: null });
        bar.update(0, 'checking every line');
        const imports = sandServices(ctx).imports;
        const options = {
          system: true,
          auditAction: `cli.sand.import.${source}`,
          fileName: path.basename(file),
          progress: (done: number, total: number) =>
            bar.update(done, `of ${total.toLocaleString('en')} written`),
        };
        const report =
          source === 'irp'
            ? await imports.importIrp(null, bytes, options)
            : source === 'cement'
              ? await imports.importCement(null, bytes, options)
              : await imports.importDenominator(null, source as Denominator, bytes, options);
        bar.done();
        process.stdout.write(formatSandReport(report, path.basename(file)));
        if (!report.saved) process.exitCode = EXIT.dataError;
      });
    });
  sand
    .command('export')
    .description('Write every figure as CSV or JSON, with its tier, band, unit, source, licence and method')
    .option('--format <format>', 'csv | json (json carries the units and the sources in full)', 'csv')
    .option('--indicator <indicator>', INDICATORS.join(' | '))
    .option('--year <year>', 'one year only')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((o: { indicator?: string; year?: string; out?: string; format: string }) => {
      if (o.format !== 'csv' && o.format !== 'json')
        throw new CliError('--format must be csv or json', EXIT.usage);
      if (o.indicator !== undefined && !(INDICATORS as readonly string[]).includes(o.indicator))
        throw new CliError(`--indicator must be one of ${INDICATORS.join(', ')}`, EXIT.usage);
      const year = o.year === undefined ? undefined : Number(o.year);
      if (year !== undefined && !Number.isInteger(year))
        throw new CliError('--year must be a year', EXIT.usage);
      return withContext(async (ctx) => {
        const observatory = sandServices(ctx).observatory;
        const filter = { indicator: o.indicator as Indicator | undefined, year };
        const [rows, sources] = await Promise.all([observatory.exportRows(filter), observatory.sources()]);
        const text =
          o.format === 'json'
            ? `${JSON.stringify(valuesJson(rows, sources, filter), null, 2)}\n`
            : valuesCsv(rows, sources);
        if (o.out) await writeFile(o.out, text);
        else process.stdout.write(text);
      });
    });
}
