import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  type AisStore,
  buildLocator,
  ClickHouseAisStore,
  collectStatics,
  columnsFromPositions,
  DEMO_AREAS_GEOJSON,
  DEMO_SITES,
  DredgingRepository,
  DredgingService,
  DuckDbAisStore,
  generateScenario,
  type IngestResult,
  type PipelineOutput,
  parseRegistryCsv,
  type RegistryEntry,
  readAisFiles,
  runPipeline,
  runPipelineBounded,
  scenarioNmeaLines,
  scenarioOptions,
} from '@strata/dredging';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';

interface AnalyseOptions {
  registry?: string;
  areas?: string;
  zones?: string;
  out: string;
  workers?: string;
  buckets?: string;
}

interface ImportOptions extends Omit<AnalyseOptions, 'out'> {
  id?: string;
  name?: string;
  store: 'duckdb' | 'clickhouse';
  positions: boolean;
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new CliError(`${what} ${file} does not exist.`, EXIT.noInput);
  return readFileSync(file, 'utf8');
}

function workersOf(value: string | undefined): number {
  const n = value === undefined ? Math.min(availableParallelism(), 8) : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new CliError(`--workers must be 1–64, got "${value}".`, EXIT.usage);
  return n;
}

/** Decodes the files with a progress bar and runs the analysis. */
async function decodeAndAnalyse(
  files: string[],
  options: Omit<AnalyseOptions, 'out'>,
  beforeAnalysis?: (input: IngestResult) => Promise<void>,
): Promise<{
  input: IngestResult;
  output: PipelineOutput;
  registry: RegistryEntry[];
  registryErrors: string[];
}> {
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new CliError(`${f} is not a file.`, EXIT.noInput);
  }
  const registryErrors: string[] = [];
  let registry: RegistryEntry[] = [];
  if (options.registry) {
    const parsed = parseRegistryCsv(readText(options.registry, 'Registry'));
    registry = parsed.entries;
    for (const e of parsed.errors) registryErrors.push(`${options.registry} line ${e.line}: ${e.message}`);
  }
  const zones = options.zones ? readText(options.zones, 'Zones file') : null;
  const areas = options.areas ? readText(options.areas, 'Areas file') : null;
  const workers = workersOf(options.workers);
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const bar = createProgress({ label: 'decoding', total, unit: 'bytes' });
  const input = await readAisFiles(files, { partitions: workers, onProgress: (done) => bar.update(done) });
  bar.done();
  if (beforeAnalysis) await beforeAnalysis(input);
  const positions = input.partitions.reduce((n, p) => n + p.length, 0);
  const analysing = createProgress({ label: 'analysing', total: null, unit: 'items' });
  analysing.update(positions, 'positions');
  let output: PipelineOutput;
  try {
    output = await runPipeline({
      partitions: input.partitions,
      statics: collectInputStatics(input),
      registry,
      zonesGeoJson: zones,
      areasGeoJson: areas,
    });
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new CliError(`A GeoJSON file is not valid JSON: ${error.message}`, EXIT.dataError);
    throw error;
  }
  analysing.done(`${positions.toLocaleString('en')} positions`);
  return { input, output, registry, registryErrors };
}

/** Like {@link decodeAndAnalyse}, one MMSI bucket at a time through temporary files. */
async function decodeAndAnalyseBounded(files: string[], options: Omit<AnalyseOptions, 'out'>) {
  const buckets = Number(options.buckets);
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > 4096) {
    throw new CliError(`--buckets must be 1–4096, got "${options.buckets}".`, EXIT.usage);
  }
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new CliError(`${f} is not a file.`, EXIT.noInput);
  }
  const registryErrors: string[] = [];
  let registry: RegistryEntry[] = [];
  if (options.registry) {
    const parsed = parseRegistryCsv(readText(options.registry, 'Registry'));
    registry = parsed.entries;
    for (const e of parsed.errors) registryErrors.push(`${options.registry} line ${e.line}: ${e.message}`);
  }
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const bar = createProgress({ label: 'decoding', total, unit: 'bytes' });
  const buckets_ = createProgress({ label: 'analysing buckets', total: buckets, unit: 'items' });
  let decoded = false;
  const output = await runPipelineBounded({
    files,
    buckets,
    registry,
    zonesGeoJson: options.zones ? readText(options.zones, 'Zones file') : null,
    areasGeoJson: options.areas ? readText(options.areas, 'Areas file') : null,
    onDecodeProgress: (done) => bar.update(done),
    onBucket: (done) => {
      if (!decoded) {
        bar.done();
        decoded = true;
      }
      buckets_.update(done);
    },
  });
  buckets_.done();
  const input: IngestResult = {
    columns: emptyColumns(),
    partitions: [],
    statics: [],
    stats: output.decode.stats,
    withoutTimestamp: output.decode.withoutTimestamp,
    bytes: output.decode.bytes,
  };
  return { input, output, registry, registryErrors };
}

function emptyColumns() {
  return columnsFromPositions([]);
}

function collectInputStatics(input: IngestResult) {
  return collectStatics(input.statics).values();
}

function report(
  stdout: NodeJS.WritableStream,
  input: IngestResult,
  output: PipelineOutput,
  issues: string[],
) {
  const s = output.summary;
  const lines = [
    `decoded ${input.stats.messages.toLocaleString('en')} messages from ${input.stats.lines.toLocaleString('en')} lines (${
      Object.entries(input.stats.rejected)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none rejected'
    }); ${input.withoutTimestamp} positions without a time left out`,
    `${s.dredgers} dredgers among ${s.vesselsSeen} vessels; ${s.cycles.complete} complete cycles; ${output.events.length} activity periods`,
    `dredged volume ${Math.round(s.total.volumeM3.low).toLocaleString('en')} – ${Math.round(s.total.volumeM3.high).toLocaleString('en')} m³ (central ${Math.round(s.total.volumeM3.central).toLocaleString('en')})`,
    `country waters: ${output.countryMethod === 'approximate' ? 'APPROXIMATE (equidistance from Natural Earth land, 200 nm); pass --zones for official boundaries' : 'official zones file'}`,
    ...issues.map((i) => `warning: ${i}`),
  ];
  stdout.write(`${lines.join('\n')}\n`);
}

/** Adds the dredging watch's commands (`ais analyse`, `ais import`, `ais scenario`) under the `ais` command. */
export function registerDredgingCommands(_program: Command, ais: Command): void {
  ais
    .command('analyse')
    .description('Find dredging in AIS logs: activity periods, cycles, volumes by country and month')
    .argument('<files...>', 'NMEA logs (tag-block, Gatehouse or provider timestamps)')
    .option('--registry <csv>', 'vessel registry: mmsi,imo,name,dredger_type,hopper_m3[,source][,operator]')
    .option('--areas <geojson>', 'user areas (concessions, marine protected areas)')
    .option('--zones <geojson>', 'official maritime zones (Marine Regions EEZ: ISO_TER1 / ISO_SOV1)')
    .requiredOption('--out <dir>', 'folder for events.jsonl, vessels.json, summary.json')
    .option('--workers <n>', 'analysis threads (default: the cores)')
    .option(
      '--buckets <n>',
      'bounded memory: spill positions to n temporary MMSI buckets and analyse one at a time',
    )
    .action(async (files: string[], options: AnalyseOptions) => {
      const { input, output, registryErrors } = options.buckets
        ? await decodeAndAnalyseBounded(files, options)
        : await decodeAndAnalyse(files, options);
      mkdirSync(options.out, { recursive: true });
      writeFileSync(
        path.join(options.out, 'events.jsonl'),
        output.events.map((e) => JSON.stringify(e)).join('\n') + (output.events.length ? '\n' : ''),
      );
      writeFileSync(path.join(options.out, 'vessels.json'), `${JSON.stringify(output.vessels, null, 2)}\n`);
      writeFileSync(
        path.join(options.out, 'summary.json'),
        `${JSON.stringify({ ...output.summary, input: { files, bytes: input.bytes, decode: input.stats, withoutTimestamp: input.withoutTimestamp, registryErrors, issues: output.issues } }, null, 2)}\n`,
      );
      report(process.stdout, input, output, [...registryErrors, ...output.issues]);
      process.stdout.write(`wrote ${path.join(options.out, 'events.jsonl')}, vessels.json, summary.json\n`);
    });

  ais
    .command('import')
    .description(
      'Decode, analyse and load AIS logs into the store the server reads (positions → AIS store, results → database)',
    )
    .argument('<files...>', 'NMEA logs')
    .option('--registry <csv>', 'vessel registry CSV')
    .option('--areas <geojson>', 'user areas GeoJSON')
    .option(
      '--zones <geojson>',
      'official maritime zones GeoJSON (default: STRATA_ZONES_FILE, else approximate)',
    )
    .option('--id <id>', 'dataset id (re-importing an id replaces it)')
    .option('--name <name>', 'dataset name')
    .option(
      '--store <engine>',
      'positions store: duckdb (under the data folder) or clickhouse (CLICKHOUSE_URL)',
      'duckdb',
    )
    .option('--no-positions', 'do not keep the decoded positions in the AIS store')
    .option('--workers <n>', 'analysis threads (default: the cores)')
    .action(async (files: string[], options: ImportOptions) => {
      await withContext(async (ctx) => {
        const zones = options.zones ?? ctx.config.zonesFile ?? undefined;
        const id =
          options.id ??
          `import-${new Date().toISOString().slice(0, 10)}-${path
            .basename(files[0])
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .slice(0, 40)}`;
        let store: AisStore | null = null;
        if (options.positions) {
          if (options.store === 'clickhouse') {
            const url = process.env.CLICKHOUSE_URL;
            if (!url) throw new CliError('--store clickhouse needs CLICKHOUSE_URL.', EXIT.usage);
            store = await ClickHouseAisStore.open({ url });
          } else if (options.store === 'duckdb') {
            store = await DuckDbAisStore.open(path.join(ctx.config.dataDir, 'dredging', 'ais.duckdb'));
          } else {
            throw new CliError(`--store must be duckdb or clickhouse, got "${options.store}".`, EXIT.usage);
          }
        }
        try {
          const { input, output, registryErrors } = await decodeAndAnalyse(
            files,
            { ...options, zones },
            async (inp) => {
              if (!store) return;
              const bar = createProgress({
                label: 'storing positions',
                total: inp.partitions.length,
                unit: 'items',
              });
              for (const [k, part] of inp.partitions.entries()) {
                await store.appendPositions(part);
                bar.update(k + 1);
              }
              bar.done();
            },
          );
          if (store) await store.replaceEvents(id, output.events);
          const service = new DredgingService(new DredgingRepository(ctx.db));
          const bar = createProgress({ label: 'saving results', total: 1, unit: 'items' });
          await service.importAnalysis(
            null,
            {
              id,
              name: options.name ?? `AIS import of ${files.map((f) => path.basename(f)).join(', ')}`,
              synthetic: false,
              provenance: {
                source: files.map((f) => path.basename(f)).join(', '),
                licence: 'as supplied by the user',
                retrieved: new Date().toISOString().slice(0, 10),
                method: `decoded by @strata/ais; analysed by ${output.result.classifier.name}`,
              },
              countryMethod: output.countryMethod,
              result: output.result,
              events: output.events,
              summary: output.summary,
              track: output.result.track,
              cycleCountry: (lon, lat) => output.locate(lon, lat).country,
            },
            { system: true, auditAction: 'cli.ais.import', onProgress: (d, t) => bar.update(d / t) },
          );
          bar.done();
          report(process.stdout, input, output, [...registryErrors, ...output.issues]);
          process.stdout.write(
            `imported dataset ${id}${store ? ` (positions in the ${store.engine} store)` : ''}\n`,
          );
        } finally {
          await store?.close();
        }
      });
    });

  ais
    .command('reattribute')
    .description(
      'Re-attribute stored datasets to country waters (after setting official zones), refreshing their summaries',
    )
    .option(
      '--zones <geojson>',
      'official maritime zones GeoJSON (default: STRATA_ZONES_FILE; none: the approximate EEZ)',
    )
    .option('--dataset <id>', 'one dataset (default: all)')
    .action(async (options: { zones?: string; dataset?: string }) => {
      await withContext(async (ctx) => {
        const file = options.zones ?? ctx.config.zonesFile ?? null;
        const { locate, countryMethod, issues } = buildLocator(
          file ? readText(file, 'Zones file') : null,
          null,
        );
        for (const i of issues) process.stderr.write(`warning: ${i}\n`);
        const service = new DredgingService(new DredgingRepository(ctx.db));
        const ids = options.dataset ? [options.dataset] : (await service.datasets()).map((d) => d.id);
        for (const id of ids) {
          const r = await service.reattribute(
            null,
            id,
            (lon, lat) => locate(lon, lat).country,
            countryMethod,
            {
              system: true,
              auditAction: 'cli.ais.reattribute',
            },
          );
          process.stdout.write(
            `${id}: ${r.changed} of ${r.events} periods changed country (${countryMethod})\n`,
          );
        }
      });
    });

  ais
    .command('scenario')
    .description('Write a seeded synthetic AIS scenario (NMEA with tag-block times) with its ground truth')
    .requiredOption('--out <dir>', 'folder for scenario.nmea, truth.json, registry.csv, areas.geojson')
    .option('--seed <n>', 'random seed', '1')
    .option('--days <n>', 'length in days', '14')
    .action((options: { out: string; seed: string; days: string }) => {
      const seed = Number(options.seed);
      const days = Number(options.days);
      if (!Number.isInteger(seed) || !(days > 0 && days <= 366))
        throw new CliError('--seed must be a whole number and --days 1–366.', EXIT.usage);
      const s = generateScenario(
        scenarioOptions({ seed, days, sites: DEMO_SITES, hoppers: 4, cutters: 2, cargo: 3, fishing: 3 }),
      );
      mkdirSync(options.out, { recursive: true });
      writeFileSync(path.join(options.out, 'scenario.nmea'), `${[...scenarioNmeaLines(s)].join('\n')}\n`);
      writeFileSync(
        path.join(options.out, 'truth.json'),
        `${JSON.stringify({ note: 'SYNTHETIC scenario: not real vessels', vessels: s.vessels, truth: s.truth }, null, 1)}\n`,
      );
      writeFileSync(path.join(options.out, 'registry.csv'), s.registryCsv);
      writeFileSync(path.join(options.out, 'areas.geojson'), `${DEMO_AREAS_GEOJSON}\n`);
      process.stdout.write(
        `wrote a synthetic scenario: ${s.positions.length.toLocaleString('en')} positions, ${s.truth.cycles.length} true cycles → ${options.out}\n`,
      );
    });
}
