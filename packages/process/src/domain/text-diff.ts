/** One run of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// A word is a run of letters, digits and marks that are not Han; each Han character is a token.
const TOKEN_RE = /\s+|\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}'’-])+|[^\s\p{L}\p{N}\p{M}]/gu;

/**
 * Splits text into words, runs of whitespace and single punctuation marks, so that a diff reads word by
 * word and keeps the spacing. Chinese, written without spaces, is split into single characters.
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Largest edit distance (in tokens) aligned word by word; beyond it the middle shows as replaced. */
const MAX_EDITS = 2000;

/**
 * Myers' O((N+M)·D) shortest edit script (E. W. Myers, "An O(ND) difference algorithm and its
 * variations", Algorithmica 1, 1986), keeping each round's frontier to trace the path back.
 * Returns null when the texts differ by more than MAX_EDITS tokens.
 */
function shortestEditScript(a: readonly string[], b: readonly string[]): DiffPart['op'][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  // trace[d] keeps the frontier before round d, only its live diagonals -d..d: O(D²) memory in all.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): DiffPart['op'][] {
  const ops: DiffPart['op'][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[d + k - 1] as number) < (v[d + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[d + prevK] as number);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    if (d > 0) ops.push(down ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/**
 * A readable word-level diff between two versions of a text: the shortest edit script over word tokens
 * (Myers 1986), after trimming the common head and tail. Joining `equal` + `delete` parts gives
 * `before`; joining `equal` + `insert` parts gives `after`. Adjacent parts of the same kind are merged.
 *
 * @example diffWords('Promote recycling', 'Promote safe recycling')
 * // [{op:'equal',text:'Promote '},{op:'insert',text:'safe '},{op:'equal',text:'recycling'}]
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('equal', a.slice(0, head).join(''));
  const script = shortestEditScript(midA, midB);
  if (!script) {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    let i = 0;
    let j = 0;
    for (const op of script) {
      if (op === 'equal') {
        push('equal', midA[i++] as string);
        j++;
      } else if (op === 'insert') push('insert', midB[j++] as string);
      else push('delete', midA[i++] as string);
    }
  }
  push('equal', a.slice(a.length - tail).join(''));
  return parts;
}

/** Counts of inserted and deleted words (whitespace not counted), for a one-line summary. */
export function diffStats(parts: readonly DiffPart[]): { insertedWords: number; deletedWords: number } {
  const words = (t: string) => tokenize(t).filter((w) => !/^\s+$/.test(w)).length;
  let insertedWords = 0;
  let deletedWords = 0;
  for (const p of parts) {
    if (p.op === 'insert') insertedWords += words(p.text);
    if (p.op === 'delete') deletedWords += words(p.text);
  }
  return { insertedWords, deletedWords };
}
