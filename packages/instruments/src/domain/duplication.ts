import { allCells, gradeOfWeight } from './matrix.ts';
import { CELLS_PER_INSTRUMENT, type Grade, type Issue, type Stage } from './vocabulary.ts';

/** A cell two instruments both address (mentioned or more), with each one's grade. */
export interface SharedCell {
  issue: Issue;
  stage: Stage;
  gradeA: Grade;
  gradeB: Grade;
}

/** Two instruments whose coverage overlaps, with the measure and the cells they share. */
export interface DuplicationPair {
  a: string;
  b: string;
  /** Weighted Jaccard similarity of their columns, 0–1 (see {@link duplicationPairs}). */
  similarity: number;
  sharedCells: SharedCell[];
}

const WORDS = CELLS_PER_INSTRUMENT / 32; // 96 cells = 3 words of 32 bits

/**
 * One column as threshold bit sets: bit c of level t (1–3) is set when the cell's weight is ≥ t.
 * Then Σ min(a_c, b_c) = Σ_t popcount(A_t ∧ B_t), which makes each pair nine AND + popcount.
 */
interface Packed {
  id: string;
  column: Int8Array;
  levels: Uint32Array; // 3 levels × 3 words
  total: number; // Σ weights of graded cells
}

function pack(id: string, column: Int8Array): Packed {
  const levels = new Uint32Array(3 * WORDS);
  let total = 0;
  for (let c = 0; c < CELLS_PER_INSTRUMENT; c++) {
    const w = column[c];
    if (w > 0) total += w;
    for (let t = 1; t <= w; t++) levels[(t - 1) * WORDS + (c >>> 5)] |= 1 << (c & 31);
  }
  return { id, column, levels, total };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function sumOfMinima(a: Packed, b: Packed): number {
  let sum = 0;
  for (let i = 0; i < 3 * WORDS; i++) sum += popcount(a.levels[i] & b.levels[i]);
  return sum;
}

function sharedCells(a: Int8Array, b: Int8Array): SharedCell[] {
  return allCells().flatMap(({ issue, stage }, i) =>
    a[i] >= 1 && b[i] >= 1
      ? [{ issue, stage, gradeA: gradeOfWeight(a[i]) as Grade, gradeB: gradeOfWeight(b[i]) as Grade }]
      : [],
  );
}

/**
 * The pairs of graded instruments whose coverage overlaps most, by weighted Jaccard similarity over
 * their cells: J(a, b) = Σ_c min(w_a,c, w_b,c) / Σ_c max(w_a,c, w_b,c), with w the grade weight
 * (0 not addressed … 3 verified requirement; an ungraded cell weighs 0). 1 means identical columns,
 * 0 no shared cell. Returns the `limit` most similar pairs (ties by ids), each with its shared cells.
 *
 * @example duplicationPairs(columnsByInstrument(cells), 50)
 */
export function duplicationPairs(columns: ReadonlyMap<string, Int8Array>, limit = 50): DuplicationPair[] {
  const packed = [...columns].map(([id, column]) => pack(id, column)).sort((x, y) => (x.id < y.id ? -1 : 1));
  // The best `limit` pairs so far, strongest first; `floor` is the weakest kept once full.
  const best: { a: Packed; b: Packed; similarity: number }[] = [];
  let floor = 0;
  for (let i = 0; i < packed.length; i++) {
    const a = packed[i];
    for (let j = i + 1; j < packed.length; j++) {
      const b = packed[j];
      const min = sumOfMinima(a, b);
      if (min === 0) continue;
      const similarity = min / (a.total + b.total - min); // Σ max = Σ a + Σ b − Σ min
      if (best.length === limit && similarity <= floor) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].similarity < similarity) at--;
      best.splice(at, 0, { a, b, similarity });
      if (best.length > limit) best.pop();
      floor = best.length === limit ? best[best.length - 1].similarity : 0;
    }
  }
  return best.map(({ a, b, similarity }) => ({
    a: a.id,
    b: b.id,
    similarity,
    sharedCells: sharedCells(a.column, b.column),
  }));
}

/**
 * Clusters of instruments linked by pairs at or above `threshold` similarity (connected components),
 * largest first; singletons are left out.
 */
export function duplicationClusters(pairs: readonly DuplicationPair[], threshold: number): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) {
    if (p.similarity < threshold) continue;
    for (const id of [p.a, p.b]) if (!parent.has(id)) parent.set(id, id);
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra === rb) continue;
    const [low, high] = [ra, rb].sort();
    parent.set(high, low);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()]
    .map((g) => g.sort())
    .sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
}
