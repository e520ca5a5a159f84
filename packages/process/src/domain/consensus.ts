import { COUNTRIES, type Country, FICTIONAL_STATES, UN_GROUPS, type UnGroup } from '@strata/core';
import type { CurrentPosition, PositionKind } from './endorsement-state.ts';

/** Positions that count as support in the consensus score (A_g). */
const SUPPORTING: ReadonlySet<PositionKind> = new Set(['support', 'co_sponsor']);

/** Counts of each position kind. */
export interface PositionCounts {
  support: number;
  coSponsor: number;
  reservation: number;
  objection: number;
  /** States with any position. */
  expressed: number;
  /** support + co-sponsor. */
  supporting: number;
}

/** One UN regional group's view of a proposal version. */
export interface GroupView extends PositionCounts {
  group: UnGroup;
  /** Member States in the group (from the reference country list). */
  members: number;
  /** Share of the group's members that support: supporting / members (0–1). */
  supportShare: number;
  /** Share of the group's members that expressed any position (0–1). */
  expressedShare: number;
  /** The group's factor in the consensus score: (A_g + 1) / (S_g + 2). */
  factor: number;
}

/** How a proposal version stands as to consensus. */
export type ConsensusStatus = 'no_positions' | 'objected' | 'no_objection';

/** Everything shown side by side for one proposal version. */
export interface EndorsementSummary {
  raw: PositionCounts;
  perGroup: GroupView[];
  /** Positions of states outside the five groups (the observer States). */
  outsideGroups: PositionCounts;
  /** Group-aware consensus score: Π_g (A_g + 1) / (S_g + 2), in (0, 1). */
  consensusScore: number;
  /** ISO alpha-3 codes of the objecting states, sorted. */
  objectingStates: string[];
  /** ISO alpha-3 codes of the states with a reservation, sorted. */
  reservingStates: string[];
  status: ConsensusStatus;
  /** Groups in which no state supports the proposal version. */
  groupsWithoutSupport: UnGroup[];
}

function emptyCounts(): PositionCounts {
  return { support: 0, coSponsor: 0, reservation: 0, objection: 0, expressed: 0, supporting: 0 };
}

function add(counts: PositionCounts, kind: PositionKind): void {
  counts.expressed += 1;
  if (kind === 'support') counts.support += 1;
  else if (kind === 'co_sponsor') counts.coSponsor += 1;
  else if (kind === 'reservation') counts.reservation += 1;
  else counts.objection += 1;
  if (SUPPORTING.has(kind)) counts.supporting += 1;
}

/** Members per UN regional group, from a country list (default: the reference list of @strata/core). */
export function groupSizes(countries: readonly Country[] = COUNTRIES): Record<UnGroup, number> {
  const sizes = Object.fromEntries(UN_GROUPS.map((g) => [g, 0])) as Record<UnGroup, number>;
  for (const c of countries) if (c.unGroup) sizes[c.unGroup] += 1;
  return sizes;
}

/**
 * The group-aware consensus score of Pol.is (Small et al., "Polis: Scaling deliberation by mapping high
 * dimensional opinion spaces", 2021; the `group-aware-consensus` of the Pol.is math code): the product over
 * the groups of the Laplace-smoothed share of supporters among those who took a position,
 * (A_g + 1) / (S_g + 2). Here the groups are the five UN regional groups, so support spread over every
 * region ranks above the same support massed in one. A group with no positions contributes 1/2.
 *
 * @param supporting A_g per group; @param expressed S_g per group (A_g ≤ S_g).
 * @example groupAwareConsensusScore({ african: 3, ... }, { african: 4, ... })
 */
export function groupAwareConsensusScore(
  supporting: Readonly<Record<UnGroup, number>>,
  expressed: Readonly<Record<UnGroup, number>>,
): number {
  let score = 1;
  for (const g of UN_GROUPS) score *= (supporting[g] + 1) / (expressed[g] + 2);
  return score;
}

/**
 * Summarises the current positions on one proposal version: raw counts, counts per UN regional group,
 * each group's share of its members, the group-aware consensus score, objections and consensus status.
 * Consensus is read as the absence of formal objection (UN practice): `objected` when any state objects,
 * `no_positions` when no state has a position, else `no_objection`. A reservation does not block it.
 */
export function summariseEndorsements(
  positions: readonly Pick<CurrentPosition, 'countryIso3' | 'kind'>[],
  countries: readonly Country[] = COUNTRIES,
): EndorsementSummary {
  // The demonstration's fictional States (demo records only) count in their group, beside the members.
  const groupOf = new Map([...countries, ...FICTIONAL_STATES].map((c) => [c.iso3, c.unGroup]));
  const sizes = groupSizes(countries);
  const raw = emptyCounts();
  const outsideGroups = emptyCounts();
  const byGroup = new Map<UnGroup, PositionCounts>(UN_GROUPS.map((g) => [g, emptyCounts()]));
  const objecting: string[] = [];
  const reserving: string[] = [];
  const seen = new Set<string>();
  for (const p of positions) {
    if (seen.has(p.countryIso3)) throw new Error(`Two positions for ${p.countryIso3} on one version.`);
    seen.add(p.countryIso3);
    add(raw, p.kind);
    const g = groupOf.get(p.countryIso3);
    if (g === undefined) throw new Error(`Unknown state ${p.countryIso3}.`);
    add(g ? (byGroup.get(g) as PositionCounts) : outsideGroups, p.kind);
    if (p.kind === 'objection') objecting.push(p.countryIso3);
    if (p.kind === 'reservation') reserving.push(p.countryIso3);
  }
  const perGroup: GroupView[] = UN_GROUPS.map((group) => {
    const c = byGroup.get(group) as PositionCounts;
    const members = sizes[group];
    return {
      group,
      ...c,
      members,
      supportShare: members === 0 ? 0 : c.supporting / members,
      expressedShare: members === 0 ? 0 : c.expressed / members,
      factor: (c.supporting + 1) / (c.expressed + 2),
    };
  });
  const supporting = Object.fromEntries(perGroup.map((v) => [v.group, v.supporting])) as Record<
    UnGroup,
    number
  >;
  const expressed = Object.fromEntries(perGroup.map((v) => [v.group, v.expressed])) as Record<
    UnGroup,
    number
  >;
  return {
    raw,
    perGroup,
    outsideGroups,
    consensusScore: groupAwareConsensusScore(supporting, expressed),
    objectingStates: objecting.sort(),
    reservingStates: reserving.sort(),
    status: raw.expressed === 0 ? 'no_positions' : raw.objection > 0 ? 'objected' : 'no_objection',
    groupsWithoutSupport: perGroup.filter((v) => v.supporting === 0).map((v) => v.group),
  };
}
