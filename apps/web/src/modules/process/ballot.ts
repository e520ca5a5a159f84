/** A ballot as the API takes it (`BallotContent`). */
export type BallotContent =
  | { method: 'approval'; approved: string[] }
  | { method: 'ranked'; ranking: string[] }
  | { method: 'score'; scores: Record<string, number> }
  | { method: 'dots'; dots: Record<string, number> };

/**
 * Builds a ballot from the form's per-item inputs (text of each field, '' when left empty):
 * approval — '1' means approved; ranked — a rank number (items without one stay unranked, ordered by
 * rank, equal ranks refused); score and dots — a whole number (empty counts as 0 and is left out).
 * Returns the ballot or the message key of the first problem.
 */
export function buildBallot(
  method: BallotContent['method'],
  items: readonly string[],
  values: Readonly<Record<string, string>>,
): { ballot: BallotContent } | { problem: string } {
  const value = (id: string) => (values[id] ?? '').trim();
  if (method === 'approval') return { ballot: { method, approved: items.filter((id) => value(id) === '1') } };
  const numbers: [string, number][] = [];
  for (const id of items) {
    if (value(id) === '') continue;
    const n = Number(value(id));
    if (!Number.isInteger(n) || n < 0) return { problem: 'process.ballot.wholeNumbers' };
    numbers.push([id, n]);
  }
  if (method === 'ranked') {
    const ranks = numbers.map(([, n]) => n);
    if (new Set(ranks).size !== ranks.length || ranks.some((n) => n < 1))
      return { problem: 'process.ballot.distinctRanks' };
    return { ballot: { method, ranking: [...numbers].sort((a, b) => a[1] - b[1]).map(([id]) => id) } };
  }
  const map = Object.fromEntries(numbers.filter(([, n]) => n > 0));
  return { ballot: method === 'score' ? { method, scores: map } : { method, dots: map } };
}

/**
 * The title a ballot shows for a proposal version: the one in the reader's language when the version has
 * it, otherwise the first (the API lists official texts first); null when the version has no text.
 */
export function ballotItemTitle(
  titles: readonly { language: string; title: string }[],
  locale: string,
): string | null {
  const language = locale.split('-')[0];
  return (titles.find((x) => x.language === language) ?? titles[0])?.title ?? null;
}
