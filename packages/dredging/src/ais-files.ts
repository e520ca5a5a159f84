/**
 * AIS log files through the whole dredging analysis, for the `strata ais` commands: decode, analyse
 * (in memory on worker threads, or bounded in MMSI buckets), keep positions in an AIS store, and store
 * the results as a dataset. The command only parses its arguments and prints.
 */
import path from 'node:path';
import { type StrataConfig, ValidationError } from '@strata/core';
import { columnsFromPositions } from './domain/columns.ts';
import { parseRegistryCsv } from './domain/registry-csv.ts';
import { collectStatics } from './domain/statics.ts';
import type { RegistryEntry } from './domain/vessel.ts';
import { type IngestResult, readAisFiles } from './ingest.ts';
import { type PipelineOutput, runPipeline, runPipelineBounded } from './pipeline.ts';
import { analysisOf, type DredgingService, importProvenance } from './service.ts';
import { ClickHouseAisStore } from './store/clickhouse.ts';
import { DuckDbAisStore } from './store/duckdb.ts';
import type { AisStore } from './store/types.ts';

/** The AIS stores positions can be kept in. */
export const AIS_STORE_ENGINES = ['duckdb', 'clickhouse'] as const;
export type AisStoreEngine = (typeof AIS_STORE_ENGINES)[number];

/**
 * Opens the AIS store positions are kept in: DuckDB under the data folder
 * (`<dataDir>/dredging/ais.duckdb`), or ClickHouse at `CLICKHOUSE_URL`.
 *
 * @example const store = await openAisStore(config, 'duckdb');
 */
export async function openAisStore(
  config: Pick<StrataConfig, 'dataDir'>,
  engine: string,
  env: Record<string, string | undefined> = process.env,
): Promise<AisStore> {
  if (engine === 'duckdb') return DuckDbAisStore.open(path.join(config.dataDir, 'dredging', 'ais.duckdb'));
  if (engine === 'clickhouse') {
    const url = env.CLICKHOUSE_URL;
    if (!url) {
      throw new ValidationError('The ClickHouse store needs CLICKHOUSE_URL.', [
        { path: 'store', message: 'set CLICKHOUSE_URL to the server (e.g. http://localhost:8123)' },
      ]);
    }
    return ClickHouseAisStore.open({ url });
  }
  throw new ValidationError(`Unknown AIS store "${engine}".`, [
    { path: 'store', message: `use ${AIS_STORE_ENGINES.join(' or ')}` },
  ]);
}

/** What an analysis of AIS files reads besides the files. */
export interface AisAnalysisOptions {
  /** Registry CSV text and the name to report its errors under. */
  registry?: { csv: string; name: string } | null;
  zonesGeoJson?: string | null;
  areasGeoJson?: string | null;
  /** Analysis threads (partitions by MMSI); 1 runs in this thread. */
  workers?: number;
  /** Bounded memory: spill positions to this many MMSI buckets and analyse one at a time. */
  buckets?: number;
  onDecodeProgress?: (bytes: number, totalBytes: number) => void;
  /** Called once decoding is done, before the analysis (positions decoded). */
  onDecoded?: (input: IngestResult) => Promise<void> | void;
  onBucket?: (done: number, total: number) => void;
}

export interface AisAnalysis {
  input: IngestResult;
  output: PipelineOutput;
  registry: RegistryEntry[];
  /** Registry lines that were rejected, as `file line n: message`. */
  registryErrors: string[];
}

function parseRegistry(registry: AisAnalysisOptions['registry']) {
  if (!registry) return { entries: [] as RegistryEntry[], errors: [] as string[] };
  const parsed = parseRegistryCsv(registry.csv);
  return {
    entries: parsed.entries,
    errors: parsed.errors.map((e) => `${registry.name} line ${e.line}: ${e.message}`),
  };
}

/**
 * Decodes AIS log files and runs the dredging analysis on them.
 *
 * @example const { output } = await analyseAisFiles(['day1.nmea'], { workers: 2 });
 */
export async function analyseAisFiles(
  files: readonly string[],
  options: AisAnalysisOptions = {},
): Promise<AisAnalysis> {
  const { entries: registry, errors: registryErrors } = parseRegistry(options.registry);
  if (options.buckets) {
    const output = await runPipelineBounded({
      files,
      buckets: options.buckets,
      registry,
      zonesGeoJson: options.zonesGeoJson,
      areasGeoJson: options.areasGeoJson,
      onDecodeProgress: options.onDecodeProgress,
      onBucket: options.onBucket,
    });
    const input: IngestResult = {
      columns: columnsFromPositions([]),
      partitions: [],
      statics: [],
      stats: output.decode.stats,
      withoutTimestamp: output.decode.withoutTimestamp,
      bytes: output.decode.bytes,
    };
    return { input, output, registry, registryErrors };
  }
  const input = await readAisFiles(files, {
    partitions: options.workers ?? 1,
    onProgress: options.onDecodeProgress,
  });
  await options.onDecoded?.(input);
  const output = await runPipeline({
    partitions: input.partitions,
    statics: collectStatics(input.statics).values(),
    registry,
    zonesGeoJson: options.zonesGeoJson,
    areasGeoJson: options.areasGeoJson,
  });
  return { input, output, registry, registryErrors };
}

/** The dataset id of an import of `files` on `at`'s date, when none is given. */
export function defaultImportId(files: readonly string[], at: Date): string {
  const stem = path
    .basename(files[0] ?? 'ais')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40);
  return `import-${at.toISOString().slice(0, 10)}-${stem}`;
}

export interface AisImportOptions extends Omit<AisAnalysisOptions, 'buckets'> {
  id?: string;
  name?: string;
  /** Where to keep the decoded positions (and a copy of the events), or null to keep none. */
  store?: AisStore | null;
  onStoredPositions?: (done: number, total: number) => void;
  onSaving?: (done: number, total: number) => void;
  /** The audit action of the write (the system writes it: no actor). */
  auditAction?: string;
}

/**
 * Decodes, analyses and stores AIS log files: positions into the AIS store (when given), the results
 * as a dataset through the service (one transaction, audited as the system).
 *
 * @example await importAisFiles(services.watch, ['day1.nmea'], { store: await openAisStore(config, 'duckdb') });
 */
export async function importAisFiles(
  service: DredgingService,
  files: readonly string[],
  options: AisImportOptions = {},
): Promise<AisAnalysis & { id: string }> {
  const now = new Date();
  const id = options.id ?? defaultImportId(files, now);
  const store = options.store ?? null;
  const analysis = await analyseAisFiles(files, {
    ...options,
    onDecoded: async (input) => {
      await options.onDecoded?.(input);
      if (!store) return;
      for (const [k, part] of input.partitions.entries()) {
        await store.appendPositions(part);
        options.onStoredPositions?.(k + 1, input.partitions.length);
      }
    },
  });
  const { output } = analysis;
  if (store) await store.replaceEvents(id, output.events);
  const names = files.map((f) => path.basename(f)).join(', ');
  await service.importAnalysis(
    null,
    {
      id,
      name: options.name ?? `AIS import of ${names}`,
      synthetic: false,
      provenance: importProvenance(names, 'as supplied by the user', output.result.classifier.name, now),
      ...analysisOf(output),
    },
    { system: true, auditAction: options.auditAction ?? 'cli.ais.import', onProgress: options.onSaving },
  );
  return { ...analysis, id };
}
