/**
 * Endorsements are an append-only list of records. The position of a state on a proposal version is the
 * latest of its records for that version; a withdrawal is a record too (kind `withdrawn`), which leaves
 * the state without a position. Nothing is ever edited or deleted.
 */

/** What a state says about a proposal version. */
export const ENDORSEMENT_KINDS = ['support', 'co_sponsor', 'reservation', 'objection', 'withdrawn'] as const;
export type EndorsementKind = (typeof ENDORSEMENT_KINDS)[number];
/** A position that a state holds (a withdrawal is not a position). */
export type PositionKind = Exclude<EndorsementKind, 'withdrawn'>;

/** Where the position was expressed. */
export const ENDORSEMENT_VENUES = ['written', 'regional_consultation', 'plenary'] as const;
export type EndorsementVenue = (typeof ENDORSEMENT_VENUES)[number];

/** One record of the append-only list, as the domain needs it. */
export interface EndorsementRecord {
  proposalVersionId: string;
  countryIso3: string;
  kind: EndorsementKind;
  /** When the state expressed it (ISO date or timestamp). */
  expressedAt: string;
  /** Recording order: a strictly increasing number (the database sequence). */
  sequence: number;
}

/** The current position of one state on one version, and the record that set it. */
export interface CurrentPosition {
  proposalVersionId: string;
  countryIso3: string;
  kind: PositionKind;
  expressedAt: string;
  sequence: number;
}

/** True when record `a` supersedes record `b`: later expression, then later recording. */
function isLater(a: EndorsementRecord, b: EndorsementRecord): boolean {
  const ta = Date.parse(a.expressedAt);
  const tb = Date.parse(b.expressedAt);
  if (ta !== tb) return ta > tb;
  return a.sequence > b.sequence;
}

/**
 * The current positions from the append-only records: for each (version, state) the latest record wins,
 * ordered by when it was expressed and then by recording order; a latest `withdrawn` removes the position.
 * The input order does not matter.
 *
 * @example currentPositions(records).filter((p) => p.kind === 'objection')
 */
export function currentPositions(records: readonly EndorsementRecord[]): CurrentPosition[] {
  const latest = new Map<string, EndorsementRecord>();
  for (const r of records) {
    const key = `${r.proposalVersionId}\u0000${r.countryIso3}`;
    const held = latest.get(key);
    if (!held || isLater(r, held)) latest.set(key, r);
  }
  const out: CurrentPosition[] = [];
  for (const r of latest.values()) {
    if (r.kind === 'withdrawn') continue;
    out.push({
      proposalVersionId: r.proposalVersionId,
      countryIso3: r.countryIso3,
      kind: r.kind,
      expressedAt: r.expressedAt,
      sequence: r.sequence,
    });
  }
  return out.sort(
    (a, b) =>
      a.proposalVersionId.localeCompare(b.proposalVersionId) || a.countryIso3.localeCompare(b.countryIso3),
  );
}
