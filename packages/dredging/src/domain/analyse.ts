import { ensureCapacity } from './capacity.ts';
import { type ActivityClassifier, RuleClassifier, type TrackView, trackView } from './classify.ts';
import { groupByVessel } from './columns.ts';
import { assembleCycles, type CycleDraft, periodsFromLabels } from './cycles.ts';
import { distanceM } from './geo.ts';
import { addBehaviourEvidence, identifyVessels } from './identify.ts';
import {
  DEFAULT_SEGMENT_PARAMETERS,
  emptyDrops,
  type SegmentDrops,
  type SegmentParameters,
  segmentTrack,
} from './segment.ts';
import { sampleSegment, type TrackSample } from './track-sample.ts';
import type { ActivityPeriod, DredgerType, DredgingCycle, PositionColumns } from './types.ts';
import type { RegistryEntry, Vessel, VesselStatic } from './vessel.ts';
import {
  DEFAULT_VOLUME_PARAMETERS,
  draughtAt,
  hopperLoadVolume,
  productionVolume,
  splitVolume,
  type VolumeParameters,
} from './volumes.ts';

/** When a vessel with no AIS or registry evidence is taken for a hopper dredger from its track alone. */
export interface BehaviourParameters {
  /** At least this many complete cycles (dredge → sail loaded → discharge). */
  minCycles: number;
  /** The cycles' dredging sites lie within this distance of their median (metres). */
  siteRadiusM: number;
  /** Median reported speed while dredging at most this (trawlers tow at 3–5 kn; hoppers trail at 1–3 kn). */
  maxMedianDredgingKnots: number;
  /** …and at least this (a vessel hauling nets or drifting moves slower than a trailing drag head). */
  minMedianDredgingKnots: number;
  /** Median speed sailing loaded at least this: hoppers sail at 10–15 kn, a trawler towing at 3–5 kn. */
  minMedianLoadedKnots: number;
  /** Vessels with less than this share of positions at trailing speeds are not examined (speed-up). */
  minTrailingShare: number;
}

export const DEFAULT_BEHAVIOUR_PARAMETERS: BehaviourParameters = {
  minCycles: 2,
  siteRadiusM: 5_000,
  maxMedianDredgingKnots: 3.0,
  minMedianDredgingKnots: 1.0,
  minMedianLoadedKnots: 6,
  minTrailingShare: 0.05,
};

export interface AnalysisOptions {
  classifier?: ActivityClassifier;
  segment?: SegmentParameters;
  volume?: VolumeParameters;
  behaviour?: BehaviourParameters;
  /** Called after each vessel with (vessels done, vessels in all). */
  onProgress?: (done: number, total: number) => void;
  /** When set, thin each dredger's track to one point per this many ms, labelled (for maps). */
  trackSampleMs?: number;
}

export interface AnalysisResult {
  /** Vessels identified as dredgers, with their evidence. */
  dredgers: Vessel[];
  /** Activity periods of the dredgers, by vessel then time. */
  periods: ActivityPeriod[];
  cycles: DredgingCycle[];
  positions: number;
  vesselsSeen: number;
  segments: number;
  dropped: SegmentDrops;
  classifier: { name: string; parameters: Readonly<Record<string, number>> };
  /** Thinned, labelled dredger tracks (only with `trackSampleMs`). */
  track: TrackSample[];
}

interface SegmentResult {
  track: TrackView;
  periods: ActivityPeriod[];
  cycles: CycleDraft[];
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The dredging watch's analysis of decoded positions: identifies dredgers (AIS static data, registry,
 * behaviour), segments each track, classifies activity, assembles cycles and estimates volumes.
 * Pure: no I/O, no clock.
 *
 * @example
 * const result = analyseTracks(columns, statics, registry.entries);
 */
export function analyseTracks(
  cols: PositionColumns,
  statics: Iterable<VesselStatic>,
  registry: readonly RegistryEntry[] = [],
  options: AnalysisOptions = {},
): AnalysisResult {
  const classifier = options.classifier ?? new RuleClassifier();
  const segParams = options.segment ?? DEFAULT_SEGMENT_PARAMETERS;
  const volParams = options.volume ?? DEFAULT_VOLUME_PARAMETERS;
  const behaviour = options.behaviour ?? DEFAULT_BEHAVIOUR_PARAMETERS;
  const staticByMmsi = new Map<number, VesselStatic>();
  for (const s of statics) staticByMmsi.set(s.mmsi, s);
  const groups = groupByVessel(cols);
  const vessels = identifyVessels(
    staticByMmsi.values(),
    registry,
    groups.map((g) => g.mmsi),
  );

  const dropped = emptyDrops();
  const dredgers: Vessel[] = [];
  const periods: ActivityPeriod[] = [];
  const cycles: DredgingCycle[] = [];
  let segmentCount = 0;
  const track: TrackSample[] = [];
  let segmentNumber = 0;

  const runSegments = (
    segs: { indices: Uint32Array }[],
    mmsi: number,
    type: DredgerType,
  ): SegmentResult[] => {
    let cycleNumber = 1;
    return segs.map((seg) => {
      const track = trackView(cols, seg.indices);
      const labels = classifier.classify(track, type);
      const ps = periodsFromLabels(track, labels, mmsi);
      const cs = type === 'trailing_suction_hopper' ? assembleCycles(ps, mmsi, cycleNumber) : [];
      cycleNumber += cs.length;
      return { track, periods: ps, cycles: cs };
    });
  };

  let done = 0;
  for (const group of groups) {
    const vessel = vessels.get(group.mmsi)!;
    const { segments, dropped: d } = segmentTrack(cols, group.mmsi, group.indices, segParams);
    dropped.positionNotAvailable += d.positionNotAvailable;
    dropped.speedNotAvailable += d.speedNotAvailable;
    dropped.duplicate += d.duplicate;
    dropped.implausible += d.implausible;
    segmentCount += segments.length;
    done++;

    let results: SegmentResult[] | null = null;
    if (vessel.isDredger && vessel.dredgerType) {
      results = runSegments(segments, group.mmsi, vessel.dredgerType);
    } else if (vessel.isDredger) {
      // Type 33 or a dredger's name, type unknown: let the track tell hopper from stationary dredger.
      const asHopper = runSegments(segments, group.mmsi, 'trailing_suction_hopper');
      const hopperCycles = asHopper.reduce((n, r) => n + r.cycles.filter((c) => c.complete).length, 0);
      if (hopperCycles > 0) {
        addBehaviourEvidence(
          vessel,
          'trailing_suction_hopper',
          `${hopperCycles} complete hopper cycles in the track`,
        );
        results = asHopper;
      } else {
        const asStationary = runSegments(segments, group.mmsi, 'cutter_suction');
        const working = asStationary.reduce(
          (n, r) => n + r.periods.filter((p) => p.activity === 'dredging').length,
          0,
        );
        if (working > 0) {
          addBehaviourEvidence(
            vessel,
            'cutter_suction',
            `${working} stationary swinging work periods in the track`,
          );
        } else {
          vessel.dredgerType = 'other';
          vessel.dredgerTypeSource = 'default';
        }
        results = asStationary;
      }
    } else {
      results = behaviourCheck(vessel, segments, cols, runSegments, behaviour);
    }
    options.onProgress?.(done, groups.length);
    if (!results) continue;
    results = dropOtherTransmitters(results, dropped);

    dredgers.push(vessel);
    const capacity = ensureCapacity(vessel)!;
    const stat = staticByMmsi.get(vessel.mmsi);
    const draughts = stat?.draughts ?? [];
    for (const r of results) {
      if (vessel.dredgerType === 'trailing_suction_hopper') {
        for (const c of r.cycles) {
          const empty = draughtAt(draughts, c.startMs);
          const loaded = c.dischargeStartMs === null ? null : draughtAt(draughts, c.dischargeStartMs);
          const volume = hopperLoadVolume(
            capacity,
            empty !== null && loaded !== null ? { emptyM: empty, loadedM: loaded } : null,
            { lengthM: vessel.lengthM, beamM: vessel.beamM },
            volParams,
          );
          const parts = splitVolume(
            volume,
            c.dredgingPeriods.map((p) => p.endMs - p.startMs),
          );
          c.dredgingPeriods.forEach((p, k) => {
            p.volume = parts[k];
          });
          cycles.push({
            id: c.id,
            mmsi: c.mmsi,
            startMs: c.startMs,
            endMs: c.endMs,
            dredgingMinutes: c.dredgingMinutes,
            complete: c.complete,
            dredgeLon: c.dredgeLon,
            dredgeLat: c.dredgeLat,
            dischargeLon: c.dischargeLon,
            dischargeLat: c.dischargeLat,
            volume,
          });
        }
      } else {
        for (const p of r.periods) {
          if (p.activity === 'dredging') {
            p.volume = productionVolume(capacity, (p.endMs - p.startMs) / 3_600_000, volParams);
          }
        }
      }
      periods.push(...r.periods);
      if (options.trackSampleMs)
        track.push(...sampleSegment(r.track, r.periods, vessel.mmsi, segmentNumber++, options.trackSampleMs));
    }
  }
  return {
    track,
    dredgers,
    periods,
    cycles,
    positions: cols.length,
    vesselsSeen: groups.length,
    segments: segmentCount,
    dropped,
    classifier: { name: classifier.name, parameters: classifier.parameters },
  };
}

/**
 * A second transmitter sharing the dredger's MMSI shows up as segments that overlap the dredger's in
 * time. Those without any dredging are left out of the dredger's periods (their positions are counted
 * under `otherTransmitter`).
 */
function dropOtherTransmitters(results: SegmentResult[], dropped: SegmentDrops): SegmentResult[] {
  const working = results.filter((r) => r.periods.some((p) => p.activity === 'dredging'));
  if (working.length === 0 || working.length === results.length) return results;
  const span = (r: SegmentResult) => [r.track.timestampMs[0], r.track.timestampMs[r.track.length - 1]];
  return results.filter((r) => {
    if (working.includes(r)) return true;
    const [a, b] = span(r);
    const overlaps = working.some((w) => {
      const [c, d] = span(w);
      return a < d && c < b;
    });
    if (overlaps) dropped.otherTransmitter += r.track.length;
    return !overlaps;
  });
}

function behaviourCheck(
  vessel: Vessel,
  segments: { indices: Uint32Array }[],
  cols: PositionColumns,
  runSegments: (segs: { indices: Uint32Array }[], mmsi: number, type: DredgerType) => SegmentResult[],
  p: BehaviourParameters,
): SegmentResult[] | null {
  let total = 0;
  let trailing = 0;
  for (const s of segments) {
    for (const i of s.indices) {
      total++;
      const v = cols.speedKnots[i];
      if (v >= 0.5 && v <= 3.5) trailing++;
    }
  }
  if (total === 0 || trailing / total < p.minTrailingShare) return null;
  const results = runSegments(segments, vessel.mmsi, 'trailing_suction_hopper');
  const complete = results.flatMap((r) => r.cycles.filter((c) => c.complete));
  if (complete.length < p.minCycles) return null;
  const mLon = median(complete.map((c) => c.dredgeLon));
  const mLat = median(complete.map((c) => c.dredgeLat));
  const near = complete.filter((c) => distanceM(c.dredgeLon, c.dredgeLat, mLon, mLat) <= p.siteRadiusM);
  if (near.length < p.minCycles) return null;
  // A hopper also returns its loads to one discharge site (a reclamation, a pipeline, a disposal ground).
  const dLon = median(near.map((c) => c.dischargeLon ?? 0));
  const dLat = median(near.map((c) => c.dischargeLat ?? 0));
  const sameDischarge = near.filter(
    (c) => distanceM(c.dischargeLon ?? 0, c.dischargeLat ?? 0, dLon, dLat) <= p.siteRadiusM,
  );
  if (sameDischarge.length < p.minCycles) return null;
  const speeds: number[] = [];
  const loadedSpeeds: number[] = [];
  for (const r of results) {
    // Periods tile the track in time order: position k of period q is at offset + k.
    let offset = 0;
    for (const q of r.periods) {
      const into = q.activity === 'dredging' ? speeds : q.activity === 'sailing_loaded' ? loadedSpeeds : null;
      if (into) for (let k = offset; k < offset + q.positions; k++) into.push(r.track.speedKnots[k]);
      offset += q.positions;
    }
  }
  const med = median(speeds);
  if (!(med <= p.maxMedianDredgingKnots && med >= p.minMedianDredgingKnots)) return null;
  if (!(median(loadedSpeeds) >= p.minMedianLoadedKnots)) return null;
  addBehaviourEvidence(
    vessel,
    'trailing_suction_hopper',
    `${near.length} complete dredge–discharge cycles around ${mLat.toFixed(3)}, ${mLon.toFixed(3)} at a median ${med.toFixed(1)} kn while dredging`,
  );
  return results;
}
