import type { FieldIssue } from '@strata/core';

/** The four prioritisation methods a round may use. */
export const PRIORITISATION_METHODS = ['approval', 'ranked', 'score', 'dots'] as const;
export type PrioritisationMethod = (typeof PRIORITISATION_METHODS)[number];

/** Method parameters, recorded with the round. */
export type MethodParameters =
  | { method: 'approval' }
  /** Borda count; partial rankings by the average rule (see {@link tally}). */
  | { method: 'ranked' }
  /** Each item scored 0..maxScore (0–5 by default); an unscored item counts 0. */
  | { method: 'score'; maxScore: number }
  /** N dots to spread; at most `maxPerItem` on one item (default N). */
  | { method: 'dots'; dots: number; maxPerItem?: number };

/** A state's ballot; its shape follows the method. */
export type BallotContent =
  | { method: 'approval'; approved: string[] }
  | { method: 'ranked'; ranking: string[] }
  | { method: 'score'; scores: Record<string, number> }
  | { method: 'dots'; dots: Record<string, number> };

/** One line of a round's results. */
export interface TallyLine {
  itemId: string;
  /** Points under the method (approvals, Borda points, score sum, dots). */
  points: number;
  /** Points divided by the number of ballots (0 when there are none). */
  meanPoints: number;
  /** Ballots that gave the item anything (approved, ranked, scored above 0, or a dot). */
  ballotsFor: number;
  /** Competition rank ("1224"): equal points share a rank. */
  rank: number;
}

export interface TallyResult {
  parameters: MethodParameters;
  ballots: number;
  lines: TallyLine[];
  /** A sentence saying how points were counted, shown with the results. */
  rule: string;
}

/** Human-readable statement of how a method counts, shown beside its results. */
export function describeMethod(p: MethodParameters, itemCount: number): string {
  switch (p.method) {
    case 'approval':
      return 'Approval: each state approves any number of proposals; one point per approval.';
    case 'ranked':
      return (
        `Borda count over ${itemCount} proposals: the proposal ranked r-th (1-based) gets ${itemCount} − r points. ` +
        'Partial rankings: the proposals a state leaves unranked share equally the points of the positions left, ' +
        'so every ballot gives the same total and a ranked proposal always gets more than an unranked one.'
      );
    case 'score':
      return `Score: each state gives each proposal 0–${p.maxScore} points; an unscored proposal counts 0.`;
    case 'dots':
      return `Dot voting: each state spreads up to ${p.dots} dots${
        p.maxPerItem !== undefined && p.maxPerItem < p.dots ? `, at most ${p.maxPerItem} on one proposal` : ''
      }; one point per dot.`;
  }
}

/** Checks the parameters of a round; returns the problems (empty when valid). */
export function validateParameters(p: MethodParameters): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (p.method === 'score' && (!Number.isInteger(p.maxScore) || p.maxScore < 1 || p.maxScore > 100)) {
    issues.push({ path: 'parameters.maxScore', message: 'a whole number 1–100 (5 for the usual 0–5 scale)' });
  }
  if (p.method === 'dots') {
    if (!Number.isInteger(p.dots) || p.dots < 1 || p.dots > 1000)
      issues.push({ path: 'parameters.dots', message: 'a whole number 1–1000' });
    if (p.maxPerItem !== undefined && (!Number.isInteger(p.maxPerItem) || p.maxPerItem < 1))
      issues.push({ path: 'parameters.maxPerItem', message: 'a whole number ≥ 1' });
  }
  return issues;
}

/** Checks one ballot against the round's method and items; returns the problems (empty when valid). */
export function validateBallot(
  p: MethodParameters,
  items: readonly string[],
  b: BallotContent,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set(items);
  if (b.method !== p.method) return [{ path: 'method', message: `this round uses ${p.method}` }];
  const checkIds = (ids: string[], path: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) issues.push({ path, message: `${id} is not in this round` });
      if (seen.has(id)) issues.push({ path, message: `${id} appears twice` });
      seen.add(id);
    }
  };
  if (b.method === 'approval') checkIds(b.approved, 'approved');
  else if (b.method === 'ranked') checkIds(b.ranking, 'ranking');
  else if (b.method === 'score' && p.method === 'score') {
    checkIds(Object.keys(b.scores), 'scores');
    for (const [id, s] of Object.entries(b.scores)) {
      if (!Number.isInteger(s) || s < 0 || s > p.maxScore)
        issues.push({ path: `scores.${id}`, message: `a whole number 0–${p.maxScore}` });
    }
  } else if (b.method === 'dots' && p.method === 'dots') {
    checkIds(Object.keys(b.dots), 'dots');
    let total = 0;
    const cap = p.maxPerItem ?? p.dots;
    for (const [id, d] of Object.entries(b.dots)) {
      if (!Number.isInteger(d) || d < 0) issues.push({ path: `dots.${id}`, message: 'a whole number ≥ 0' });
      else if (d > cap) issues.push({ path: `dots.${id}`, message: `at most ${cap} dots on one proposal` });
      total += d;
    }
    if (total > p.dots) issues.push({ path: 'dots', message: `${total} dots used; ${p.dots} available` });
  }
  return issues;
}

/** The points one ballot gives each item (items absent from the map get 0). */
export function ballotPoints(items: readonly string[], b: BallotContent): Map<string, number> {
  const points = new Map<string, number>();
  if (b.method === 'approval') for (const id of b.approved) points.set(id, 1);
  else if (b.method === 'ranked') {
    const n = items.length;
    b.ranking.forEach((id, i) => {
      points.set(id, n - 1 - i);
    });
    // Average rule for partial rankings: the n − k unranked items share positions k+1..n,
    // worth (n−k−1) … 0 points, i.e. (n − k − 1) / 2 each.
    const k = b.ranking.length;
    if (k < n) {
      const share = (n - k - 1) / 2;
      const ranked = new Set(b.ranking);
      for (const id of items) if (!ranked.has(id)) points.set(id, share);
    }
  } else if (b.method === 'score') for (const [id, s] of Object.entries(b.scores)) points.set(id, s);
  else for (const [id, d] of Object.entries(b.dots)) points.set(id, d);
  return points;
}

/** Whether the ballot gives the item anything (for `ballotsFor`). */
function expressesFor(b: BallotContent, id: string): boolean {
  if (b.method === 'approval') return b.approved.includes(id);
  if (b.method === 'ranked') return b.ranking.includes(id);
  if (b.method === 'score') return (b.scores[id] ?? 0) > 0;
  return (b.dots[id] ?? 0) > 0;
}

/**
 * Tallies a round: points per item under the method, ranks with ties shared, sorted by points (then by
 * item order). Ballots must be valid ({@link validateBallot}); an invalid one throws.
 *
 * @example tally({ method: 'dots', dots: 5 }, ['p1', 'p2'], ballots).lines[0].itemId
 */
export function tally(
  p: MethodParameters,
  items: readonly string[],
  ballots: readonly BallotContent[],
): TallyResult {
  const totals = new Map(items.map((id) => [id, 0]));
  const counts = new Map(items.map((id) => [id, 0]));
  for (const b of ballots) {
    const issues = validateBallot(p, items, b);
    if (issues.length > 0)
      throw new Error(`Invalid ballot: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    for (const [id, pts] of ballotPoints(items, b)) totals.set(id, (totals.get(id) ?? 0) + pts);
    for (const id of items) if (expressesFor(b, id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const order = new Map(items.map((id, i) => [id, i]));
  const sorted = [...items].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const lines: TallyLine[] = [];
  sorted.forEach((itemId, i) => {
    const points = totals.get(itemId) ?? 0;
    const previous = lines[i - 1];
    lines.push({
      itemId,
      points,
      meanPoints: ballots.length === 0 ? 0 : points / ballots.length,
      ballotsFor: counts.get(itemId) ?? 0,
      rank: previous && previous.points === points ? previous.rank : i + 1,
    });
  });
  return { parameters: p, ballots: ballots.length, lines, rule: describeMethod(p, items.length) };
}
