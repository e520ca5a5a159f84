import { fastDistanceM, METRES_PER_NAUTICAL_MILE } from './geo.ts';
import type { PositionColumns } from './types.ts';

/**
 * Parameters of {@link segmentTrack}. The design follows Global Fishing Watch's open segmenter
 * (gpsdio-segment, Apache-2.0): a position joins the open segment it could plausibly continue, else it
 * opens a new one, so two transmitters sharing one MMSI end up in separate segments.
 */
export interface SegmentParameters {
  /** A gap of at least this many hours closes a segment (issue 4; gpsdio-segment's `max_hours` is 24). */
  maxGapHours: number;
  /**
   * Implied speeds above this are not plausible for a dredger or merchant ship. gpsdio-segment's
   * `DEFAULT_MAX_SPEED` is 30 kn in its later `core.py` (40 kn in early versions): Strata follows 30.
   */
  maxSpeedKnots: number;
  /**
   * Jumps shorter than this are accepted whatever the time step: GPS jitter and receiver clock
   * differences on near-simultaneous reports. Strata's own choice, 0.1 nm (185.2 m), tighter than
   * gpsdio-segment's `DEFAULT_NOISE_DIST = round(500 / 1852, 3)` nm (500 m), which its later versions
   * mark deprecated.
   */
  noiseDistanceM: number;
  /** At most this many segments stay open per MMSI at once (the oldest closes first). */
  maxOpenSegments: number;
  /** Segments with fewer positions are dropped as noise (a lone spoofed or garbled position). */
  minSegmentPositions: number;
}

export const DEFAULT_SEGMENT_PARAMETERS: SegmentParameters = {
  maxGapHours: 6,
  maxSpeedKnots: 30,
  noiseDistanceM: 185,
  maxOpenSegments: 4,
  minSegmentPositions: 3,
};

/** A stretch of one vessel's track that is continuous and plausible. */
export interface TrackSegment {
  /** `<mmsi>-<n>`, n counting from 1 in order of start. */
  id: string;
  mmsi: number;
  /** Row indices into the columns, in time order. */
  indices: Uint32Array;
  startMs: number;
  endMs: number;
}

/** Why positions were left out of every segment. */
export interface SegmentDrops {
  /** Longitude 181 / latitude 91 (AIS "not available") or out of range. */
  positionNotAvailable: number;
  /** Speed over ground "not available" (AIS 102.3, decoded as NaN). */
  speedNotAvailable: number;
  /** Same time and place as the previous position of its segment (repeated by several receivers). */
  duplicate: number;
  /** In a segment shorter than `minSegmentPositions`: implausible jumps and lone outliers. */
  implausible: number;
  /** From a second transmitter sharing a dredger's MMSI (segments overlapping the dredger's, no dredging). */
  otherTransmitter: number;
}

export interface SegmentationResult {
  segments: TrackSegment[];
  dropped: SegmentDrops;
}

interface OpenSegment {
  /** Sequence number of the segment (index into the row labels). */
  id: number;
  count: number;
  firstRow: number;
  lastRow: number;
}

export function emptyDrops(): SegmentDrops {
  return { positionNotAvailable: 0, speedNotAvailable: 0, duplicate: 0, implausible: 0, otherTransmitter: 0 };
}

/**
 * Splits one vessel's time-ordered rows into segments: at gaps of `maxGapHours` or more, leaving out
 * implausible jumps (implied speed above `maxSpeedKnots`) and not-available speeds and positions, and
 * keeping apart two transmitters that share the MMSI.
 *
 * @example
 * const { segments } = segmentTrack(cols, 244123456, rows.indices);
 */
export function segmentTrack(
  cols: PositionColumns,
  mmsi: number,
  indices: ArrayLike<number>,
  params: SegmentParameters = DEFAULT_SEGMENT_PARAMETERS,
): SegmentationResult {
  const dropped = emptyDrops();
  const maxGapMs = params.maxGapHours * 3_600_000;
  const open: OpenSegment[] = [];
  const closed: OpenSegment[] = [];
  // Segment of each input row (by position in `indices`), -1 when dropped.
  const label = new Int32Array(indices.length).fill(-1);
  let nextId = 0;
  const close = (s: number) => {
    closed.push(open[s]);
    open.splice(s, 1);
  };
  const { timestampMs: ts, lon, lat, speedKnots } = cols;

  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const x = lon[i];
    const y = lat[i];
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) {
      dropped.positionNotAvailable++;
      continue;
    }
    if (Number.isNaN(speedKnots[i])) {
      dropped.speedNotAvailable++;
      continue;
    }
    const t = ts[i];
    // Close segments that have waited too long.
    for (let s = open.length - 1; s >= 0; s--) {
      if (t - ts[open[s].lastRow] >= maxGapMs) close(s);
    }
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    let duplicate = false;
    for (let s = 0; s < open.length; s++) {
      const j = open[s].lastRow;
      const dt = t - ts[j];
      const d = fastDistanceM(lon[j], lat[j], x, y);
      if (dt === 0 && d === 0) {
        duplicate = true;
        break;
      }
      // Time step floored at one minute so that near-simultaneous reports do not explode the speed.
      const hours = Math.max(dt, 60_000) / 3_600_000;
      const implied = d / METRES_PER_NAUTICAL_MILE / hours;
      const plausible = d <= params.noiseDistanceM || (dt > 0 && implied <= params.maxSpeedKnots);
      if (!plausible) continue;
      // Prefer the segment heard from most recently: after a reception gap, a stale lone outlier can look
      // as plausible as the vessel's own track; ties (same minute) go to the lower implied speed.
      const score = -Math.floor(ts[j] / 60_000) * 1e6 + implied;
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (duplicate) {
      dropped.duplicate++;
      continue;
    }
    if (best >= 0) {
      const seg = open[best];
      seg.count++;
      seg.lastRow = i;
      label[k] = seg.id;
      continue;
    }
    if (open.length >= params.maxOpenSegments) {
      let oldest = 0;
      for (let s = 1; s < open.length; s++) if (ts[open[s].lastRow] < ts[open[oldest].lastRow]) oldest = s;
      close(oldest);
    }
    label[k] = nextId;
    open.push({ id: nextId++, count: 1, firstRow: i, lastRow: i });
  }
  closed.push(...open);

  const kept = closed.filter((s) => {
    if (s.count >= params.minSegmentPositions) return true;
    dropped.implausible += s.count;
    return false;
  });
  kept.sort((a, b) => ts[a.firstRow] - ts[b.firstRow]);
  const slot = new Int32Array(nextId).fill(-1);
  const rows = kept.map((s, n) => {
    slot[s.id] = n;
    return new Uint32Array(s.count);
  });
  const fill = new Int32Array(kept.length);
  for (let k = 0; k < indices.length; k++) {
    const id = label[k];
    if (id < 0) continue;
    const n = slot[id];
    if (n >= 0) rows[n][fill[n]++] = indices[k];
  }
  const segments = kept.map((s, n) => ({
    id: `${mmsi}-${n + 1}`,
    mmsi,
    indices: rows[n],
    startMs: ts[s.firstRow],
    endMs: ts[s.lastRow],
  }));
  return { segments, dropped };
}
