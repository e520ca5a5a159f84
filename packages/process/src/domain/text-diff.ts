/** One run of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Splits text into words, runs of whitespace and single punctuation marks, so that a diff reads word by
 * word and keeps the spacing. Works for scripts without spaces (Chinese) character by character.
 */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}'’-]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/** Largest number of tokens compared by the quadratic table (~16 M cells) before falling back. */
const MAX_CELLS = 16_000_000;

/**
 * A readable word-level diff between two versions of a text (longest common subsequence of tokens,
 * after trimming the common head and tail). Joining `equal` + `delete` parts gives `before`; joining
 * `equal` + `insert` parts gives `after`. Adjacent parts of the same kind are merged.
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
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    // Too long to align word by word: show the middle as replaced.
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], in one flat array.
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? (lcs[(i + 1) * (m + 1) + j + 1] as number) + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j] as number, lcs[i * (m + 1) + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push('equal', midA[i] as string);
        i++;
        j++;
      } else if (
        j < m &&
        (i === n || (lcs[i * (m + 1) + j + 1] as number) >= (lcs[(i + 1) * (m + 1) + j] as number))
      ) {
        push('insert', midB[j] as string);
        j++;
      } else {
        push('delete', midA[i] as string);
        i++;
      }
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
