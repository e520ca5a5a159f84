import type { Position, PositionColumns } from './types.ts';

/** An empty set of position columns with room for `capacity` rows. */
export function allocateColumns(capacity: number): PositionColumns {
  return {
    length: 0,
    mmsi: new Uint32Array(capacity),
    timestampMs: new Float64Array(capacity),
    lon: new Float64Array(capacity),
    lat: new Float64Array(capacity),
    speedKnots: new Float32Array(capacity),
    courseDeg: new Float32Array(capacity),
  };
}

/**
 * A growable column store: append rows one by one or batch by batch; the arrays double when full,
 * so memory stays at about 36 bytes per position.
 */
export class ColumnsBuilder {
  private cols: PositionColumns;
  constructor(initialCapacity = 1 << 16) {
    this.cols = allocateColumns(initialCapacity);
  }
  get length(): number {
    return this.cols.length;
  }
  private ensure(extra: number): void {
    const need = this.cols.length + extra;
    if (need <= this.cols.mmsi.length) return;
    let cap = this.cols.mmsi.length * 2;
    while (cap < need) cap *= 2;
    const next = allocateColumns(cap);
    next.length = this.cols.length;
    next.mmsi.set(this.cols.mmsi.subarray(0, this.cols.length));
    next.timestampMs.set(this.cols.timestampMs.subarray(0, this.cols.length));
    next.lon.set(this.cols.lon.subarray(0, this.cols.length));
    next.lat.set(this.cols.lat.subarray(0, this.cols.length));
    next.speedKnots.set(this.cols.speedKnots.subarray(0, this.cols.length));
    next.courseDeg.set(this.cols.courseDeg.subarray(0, this.cols.length));
    this.cols = next;
  }
  /** Appends one row; `speedKnots`/`courseDeg` NaN when not available. */
  push(
    mmsi: number,
    timestampMs: number,
    lon: number,
    lat: number,
    speedKnots: number,
    courseDeg: number,
  ): void {
    this.ensure(1);
    const i = this.cols.length++;
    this.cols.mmsi[i] = mmsi;
    this.cols.timestampMs[i] = timestampMs;
    this.cols.lon[i] = lon;
    this.cols.lat[i] = lat;
    this.cols.speedKnots[i] = speedKnots;
    this.cols.courseDeg[i] = courseDeg;
  }
  /**
   * Appends rows `from..to` of same-shaped columns in one copy per column (no per-row call).
   * `timestampMs` rows that are NaN are the caller's to filter first.
   */
  pushColumns(
    src: {
      mmsi: Uint32Array;
      timeMs: Float64Array;
      lon: Float64Array;
      lat: Float64Array;
      speedKnots: Float32Array;
      courseDeg: Float32Array;
    },
    from: number,
    to: number,
  ): void {
    const k = to - from;
    if (k <= 0) return;
    this.ensure(k);
    const at = this.cols.length;
    this.cols.mmsi.set(src.mmsi.subarray(from, to), at);
    this.cols.timestampMs.set(src.timeMs.subarray(from, to), at);
    this.cols.lon.set(src.lon.subarray(from, to), at);
    this.cols.lat.set(src.lat.subarray(from, to), at);
    this.cols.speedKnots.set(src.speedKnots.subarray(from, to), at);
    this.cols.courseDeg.set(src.courseDeg.subarray(from, to), at);
    this.cols.length += k;
  }

  /** The columns filled so far (views, trimmed to the length). */
  build(): PositionColumns {
    const n = this.cols.length;
    return {
      length: n,
      mmsi: this.cols.mmsi.subarray(0, n),
      timestampMs: this.cols.timestampMs.subarray(0, n),
      lon: this.cols.lon.subarray(0, n),
      lat: this.cols.lat.subarray(0, n),
      speedKnots: this.cols.speedKnots.subarray(0, n),
      courseDeg: this.cols.courseDeg.subarray(0, n),
    };
  }
}

/** Columns from plain position objects (null speed or course → NaN). */
export function columnsFromPositions(positions: readonly Position[]): PositionColumns {
  const b = new ColumnsBuilder(Math.max(16, positions.length));
  for (const p of positions) {
    b.push(p.mmsi, p.timestampMs, p.lon, p.lat, p.speedKnots ?? Number.NaN, p.courseDeg ?? Number.NaN);
  }
  return b.build();
}

/** The rows of one vessel, as indices into the columns, in time order. */
export interface VesselRows {
  mmsi: number;
  indices: Uint32Array;
}

/**
 * Groups rows by MMSI in linear time (a counting sort), each vessel's rows in time order.
 * Rows already in time order (the usual case for a log) are not re-sorted.
 */
export function groupByVessel(cols: PositionColumns): VesselRows[] {
  const slot = new Map<number, number>();
  const counts: number[] = [];
  const n = cols.length;
  const slotOfRow = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const m = cols.mmsi[i];
    let s = slot.get(m);
    if (s === undefined) {
      s = counts.length;
      slot.set(m, s);
      counts.push(0);
    }
    counts[s]++;
    slotOfRow[i] = s;
  }
  const offsets = new Uint32Array(counts.length + 1);
  for (let s = 0; s < counts.length; s++) offsets[s + 1] = offsets[s] + counts[s];
  const order = new Uint32Array(n);
  const fill = offsets.slice(0, counts.length);
  for (let i = 0; i < n; i++) order[fill[slotOfRow[i]]++] = i;
  const out: VesselRows[] = [];
  for (const [mmsi, s] of slot) {
    const indices = order.subarray(offsets[s], offsets[s + 1]);
    let sorted = true;
    for (let k = 1; k < indices.length; k++) {
      if (cols.timestampMs[indices[k]] < cols.timestampMs[indices[k - 1]]) {
        sorted = false;
        break;
      }
    }
    if (!sorted) indices.sort((a, b) => cols.timestampMs[a] - cols.timestampMs[b] || a - b);
    out.push({ mmsi, indices });
  }
  out.sort((a, b) => a.mmsi - b.mmsi);
  return out;
}
