import path from 'node:path';
import type { AppContext } from '@strata/server';
import {
  createTailingsServices,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportResult,
} from '@strata/tailings';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { readInput } from '../files.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

/** The tailings services of the command's context, built as the server builds them. */
const tailingsServices = (ctx: AppContext) => ctx.services('tailings', (db) => createTailingsServices(db));

/**
 * The import report: what was detected, how the columns matched, the counts, then each invalid field and
 * each rejected row with its line and reason.
 */
export function formatImportResult(result: ImportResult, fileName: string): string {
  const lines: string[] = [];
  if (result.detected)
    lines.push(`detected: ${result.detected.encoding}, delimiter ${result.detected.delimiter}`);
  if (result.headerRow !== null) lines.push(`header row: ${result.headerRow}`);
  const h = result.headers;
  if (h) {
    lines.push(
      `columns matched (${h.matched.length}): ${h.matched.map((m) => `${m.field} ← ${m.header}`).join(' | ')}`,
    );
    for (const a of h.ambiguous)
      lines.push(`ambiguous: ${a.field} could be ${a.headers.join(' | ')}; reading ${a.used}`);
  }
  const counts = `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected.length} rejected`;
  lines.push(
    result.dryRun
      ? `${fileName} (dry run, nothing written): would be ${counts.replace(' updated', ' updated at most')}`
      : `${fileName}: ${counts}`,
  );
  if (result.unknownColumns.length > 0)
    lines.push(`unmatched columns (kept verbatim): ${result.unknownColumns.join(' | ')}`);
  if (result.missingColumns.length > 0) lines.push(`columns not found: ${result.missingColumns.join(' | ')}`);
  if (result.invalidFields.length > 0)
    lines.push(
      `${result.invalidFields.length} invalid values (imported with the field empty, raw value kept):`,
    );
  for (const f of result.invalidFields)
    lines.push(`  line ${f.line}${f.sourceId ? ` (id ${f.sourceId})` : ''}: ${f.reason}`);
  for (const r of result.rejected)
    lines.push(`  line ${r.line}${r.sourceId ? ` (id ${r.sourceId})` : ''}: rejected: ${r.reason}`);
  return `${lines.join('\n')}\n`;
}

/** Adds `strata tailings import` and `strata tailings import-failures`. */
export function registerTailingsCommands(program: Command): void {
  const tailings = program.command('tailings').description(SUMMARY.tailings);
  tailings
    .command('import')
    .description('Import tailings facilities; re-importing updates records by source id (one transaction)')
    .requiredOption('--format <format>', `one of ${IMPORT_FORMATS.join(', ')}`)
    .option(
      '--mapping <file>',
      'column-mapping JSON file (required for csv, xlsx and geojson; for sigbm, extra header names)',
    )
    .option('--dry-run', 'parse, match the columns and count against the database; write nothing')
    .argument('<file>', 'the registry file')
    .action((file: string, o: { format: string; mapping?: string; dryRun?: boolean }) =>
      withContext(async (ctx) => {
        if (!(IMPORT_FORMATS as readonly string[]).includes(o.format)) {
          throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`, EXIT.usage);
        }
        const format = o.format as ImportFormat;
        if ((format === 'csv' || format === 'xlsx' || format === 'geojson') && !o.mapping) {
          throw new CliError(`--mapping is required for --format ${format}`, EXIT.usage);
        }
        let mapping: unknown;
        if (o.mapping) {
          const text = new TextDecoder().decode(await readInput(o.mapping, 'mapping file'));
          try {
            mapping = JSON.parse(text);
          } catch (error) {
            throw new CliError(
              `mapping file ${o.mapping} is not JSON: ${(error as Error).message}`,
              EXIT.dataError,
            );
          }
        }
        const bytes = await readInput(file, 'file');
        const bar = createProgress({ label: 'importing facilities', total: null });
        bar.update(0, 'parsing');
        const result = await tailingsServices(ctx).imports.importFile(null, format, bytes, {
          system: true,
          auditAction: 'cli.tailings.import',
          mapping,
          dryRun: o.dryRun === true,
          fileName: path.basename(file),
          progress: (done, total) => bar.update(done, `of ${total.toLocaleString('en')} written`),
        });
        bar.done();
        process.stdout.write(formatImportResult(result, path.basename(file)));
        if (result.created + result.updated + result.unchanged === 0 && result.rejected.length > 0) {
          process.exitCode = EXIT.dataError;
        }
      }),
    );
  tailings
    .command('rescore')
    .description(
      'Recompute classes and scores of every facility after a change to the crosswalks or scoring rules',
    )
    .action(() =>
      withContext(async (ctx) => {
        const n = await tailingsServices(ctx).imports.rescore();
        process.stdout.write(`Rescored ${n} facilities.\n`);
      }),
    );
  tailings
    .command('import-failures')
    .description('Import your copy of the CSP2 tailings dam failures list (CSV); it is never bundled')
    .argument('<file>', 'the CSV file')
    .action((file: string) =>
      withContext(async (ctx) => {
        const bytes = await readInput(file, 'file');
        const r = await tailingsServices(ctx).knowledge.importFailures(null, bytes, { system: true });
        process.stdout.write(
          `${path.basename(file)}: ${r.created} created, ${r.updated} updated, ${r.rejected.length} rejected\n` +
            r.rejected.map((x) => `  line ${x.line}: ${x.reason}\n`).join(''),
        );
      }),
    );
}
