/**
 * The whole dredging analysis from decoded positions to publishable outputs, shared by the CLI, the
 * server's seed and the benchmark: analyse (on worker threads for large inputs), attribute to waters,
 * H3 cells and user areas, summarise.
 */
import { type AnalysisResult, analyseTracks } from './domain/analyse.ts';
import {
  buildEvents,
  buildSummary,
  type DredgingEvent,
  type Summary,
  vesselRecord,
} from './domain/output.ts';
import type { PositionColumns } from './domain/types.ts';
import type { RegistryEntry, VesselStatic } from './domain/vessel.ts';
import { analysePartitionsParallel, mergeResults } from './parallel-analyse.ts';
import { loadBucket, type SpilledInput, spillAisFiles } from './spill.ts';
import { loadEezGrid } from './zones/eez.ts';
import type { UserArea } from './zones/locate.ts';
import { createLocator, type Locator, parseAreasGeoJson, parseZonesGeoJson } from './zones/locate.ts';
import type { PolygonIndex } from './zones/polygons.ts';

export interface PipelineInput {
  /** Positions, split by MMSI modulo their count (one entry runs in this thread). */
  partitions: PositionColumns[];
  statics: Iterable<VesselStatic>;
  registry?: readonly RegistryEntry[];
  /** Official zones GeoJSON text (Marine Regions format); approximate EEZ when absent. */
  zonesGeoJson?: string | null;
  /** User areas GeoJSON text. */
  areasGeoJson?: string | null;
  /** Thin dredger tracks to one point per this many ms (default 5 minutes). */
  trackSampleMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineOutput {
  result: AnalysisResult;
  events: DredgingEvent[];
  summary: Summary;
  vessels: ReturnType<typeof vesselRecord>[];
  countryMethod: 'approximate' | 'official';
  locate: Locator;
  /** Problems found in the zones or areas files (feature index and message). */
  issues: string[];
}

/** Builds the locator from optional zones and areas GeoJSON texts. */
export function buildLocator(zonesGeoJson?: string | null, areasGeoJson?: string | null) {
  const issues: string[] = [];
  let zones: PolygonIndex<string> | null = null;
  let areas: PolygonIndex<UserArea> | null = null;
  if (zonesGeoJson) {
    const z = parseZonesGeoJson(zonesGeoJson);
    zones = z.index;
    issues.push(...z.issues.map((i) => `zones feature ${i.feature}: ${i.message}`));
  }
  if (areasGeoJson) {
    const a = parseAreasGeoJson(areasGeoJson);
    areas = a.index;
    issues.push(...a.issues.map((i) => `areas feature ${i.feature}: ${i.message}`));
  }
  const countryMethod: 'approximate' | 'official' = zones ? 'official' : 'approximate';
  return { locate: createLocator({ eez: loadEezGrid(), zones, areas }), countryMethod, issues };
}

/**
 * Runs the analysis and attribution.
 *
 * @example const out = await runPipeline({ partitions: [columns], statics, registry });
 */
export async function runPipeline(input: PipelineInput): Promise<PipelineOutput> {
  const { locate, countryMethod, issues } = buildLocator(input.zonesGeoJson, input.areasGeoJson);
  const trackSampleMs = input.trackSampleMs ?? 300_000;
  const result =
    input.partitions.length === 1
      ? analyseTracks(input.partitions[0], input.statics, input.registry ?? [], {
          trackSampleMs,
          onProgress: input.onProgress,
        })
      : await analysePartitionsParallel(input.partitions, input.statics, input.registry ?? [], {
          trackSampleMs,
        });
  const events = buildEvents(result, locate);
  const summary = buildSummary(result, events, countryMethod);
  const vessels = result.dredgers.map((v) => vesselRecord(v, events));
  return { result, events, summary, vessels, countryMethod, locate, issues };
}

export interface BoundedPipelineInput extends Omit<PipelineInput, 'partitions' | 'statics'> {
  files: readonly string[];
  /** Number of MMSI buckets (more buckets, less memory). */
  buckets: number;
  /** Folder for the temporary bucket files (default: the system's). */
  tempDir?: string;
  onDecodeProgress?: (bytes: number, totalBytes: number) => void;
  onBucket?: (done: number, total: number) => void;
}

/**
 * The pipeline in bounded memory: decode once, spilling positions to one temporary file per MMSI
 * bucket, then analyse and attribute bucket by bucket. Same outputs as {@link runPipeline}.
 */
export async function runPipelineBounded(
  input: BoundedPipelineInput,
): Promise<PipelineOutput & { decode: Omit<SpilledInput, 'dispose' | 'bucketFiles' | 'dir'> }> {
  const { locate, countryMethod, issues } = buildLocator(input.zonesGeoJson, input.areasGeoJson);
  const trackSampleMs = input.trackSampleMs ?? 300_000;
  const spilled = await spillAisFiles(input.files, input.buckets, {
    dir: input.tempDir,
    onProgress: input.onDecodeProgress,
  });
  try {
    const allStatics = [...spilled.statics.values()];
    const registry = input.registry ?? [];
    const parts: AnalysisResult[] = [];
    const events: DredgingEvent[] = [];
    for (let k = 0; k < input.buckets; k++) {
      const cols = loadBucket(spilled.bucketFiles[k]);
      const result = analyseTracks(
        cols,
        allStatics.filter((s) => s.mmsi % input.buckets === k),
        registry.filter((r) => r.mmsi % input.buckets === k),
        { trackSampleMs },
      );
      events.push(...buildEvents(result, locate));
      parts.push(result);
      input.onBucket?.(k + 1, input.buckets);
    }
    const result = mergeResults(parts);
    events.sort((a, b) => a.mmsi - b.mmsi || a.start.localeCompare(b.start));
    const summary = buildSummary(result, events, countryMethod);
    const vessels = result.dredgers.map((v) => vesselRecord(v, events));
    const { dispose: _d, bucketFiles: _f, dir: _dir, ...decode } = spilled;
    return { result, events, summary, vessels, countryMethod, locate, issues, decode };
  } finally {
    spilled.dispose();
  }
}
