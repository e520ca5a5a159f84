import {
  type Actor,
  authorize,
  ConflictError,
  type FieldIssue,
  findCountry,
  findFictionalState,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import { summariseEndorsements } from '../domain/consensus.ts';
import { parseEndorsementCsv } from '../domain/endorsement-csv.ts';
import {
  currentPositions,
  ENDORSEMENT_KINDS,
  ENDORSEMENT_VENUES,
  type EndorsementKind,
  type EndorsementVenue,
} from '../domain/endorsement-state.ts';
import { stateOf } from '../domain/states.ts';
import type { ProcessWork } from '../repository/repositories.ts';
import { processIdOf } from './process-id.ts';
import type { ProposalService } from './proposal-service.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface EndorsementView {
  id: string;
  sequence: number;
  proposalCode: string;
  proposalVersionId: string;
  versionNumber: number;
  countryIso3: string;
  kind: EndorsementKind;
  venue: EndorsementVenue;
  meetingId: string | null;
  expressedAt: string;
  onBehalf: boolean;
  demo: boolean;
  note: string | null;
  recordedAt: string;
}

/**
 * Positions of states on proposal versions: the append-only records, their current state and the
 * side-by-side summary (raw, per group, group share, group-aware consensus score, flags).
 */
export class EndorsementService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date,
    private readonly versions: Pick<ProposalService, 'resolveVersions'>,
  ) {}

  /**
   * Appends a state's position on a proposal version. Only the state's focal point may do it, or the
   * secretariat on its behalf (recorded with `onBehalf`). A withdrawal is a new record of kind `withdrawn`.
   */
  async recordEndorsement(
    actor: Actor | null,
    versionId: string,
    input: {
      countryIso3: string;
      kind: EndorsementKind;
      venue: EndorsementVenue;
      expressedAt?: string | null;
      meetingId?: string | null;
      note?: string | null;
      demo?: boolean;
    },
  ): Promise<EndorsementView> {
    const country = findCountry(input.countryIso3);
    if (!country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    authorize(actor, 'process.endorsement.record', { countryIso3: country.iso3 });
    const issues: FieldIssue[] = [];
    if (!ENDORSEMENT_KINDS.includes(input.kind))
      issues.push({ path: 'kind', message: ENDORSEMENT_KINDS.join(', ') });
    if (!ENDORSEMENT_VENUES.includes(input.venue))
      issues.push({ path: 'venue', message: ENDORSEMENT_VENUES.join(', ') });
    const expressedAt = input.expressedAt ? new Date(input.expressedAt) : this.now();
    if (Number.isNaN(expressedAt.getTime()))
      issues.push({ path: 'expressedAt', message: 'an ISO date or timestamp' });
    else if (expressedAt.getTime() > this.now().getTime() + 60_000)
      issues.push({ path: 'expressedAt', message: 'not in the future' });
    if (input.meetingId && !(await this.work.read.processes.findMeeting(input.meetingId)))
      issues.push({ path: 'meetingId', message: 'no such meeting' });
    if (issues.length) throw new ValidationError('The endorsement is not valid.', issues);
    const version = await this.work.read.proposals.findVersion(versionId);
    if (!version) throw new NotFoundError(`Proposal version ${versionId}`);
    const proposal = await this.work.read.proposals.findProposal(version.proposal_id);
    if (proposal?.status !== 'active')
      throw new ConflictError(
        `The proposal is ${proposal?.status ?? 'gone'}; positions are recorded on active proposals.`,
      );
    const id = newId();
    await this.work.run(async (repos, tx) => {
      const row = await repos.proposals.insertEndorsement({
        id,
        proposal_version_id: versionId,
        country_iso3: country.iso3,
        kind: input.kind,
        venue: input.venue,
        meeting_id: input.meetingId ?? null,
        expressed_at: expressedAt,
        recorded_by: actor.userId,
        on_behalf: actor.role === 'secretariat',
        demo: input.demo ?? false,
        note: input.note ?? null,
      });
      await tx.audit({
        actor,
        action: 'process.endorsement.record',
        entity: 'process_endorsement',
        entityId: id,
        before: null,
        after: row,
      });
    });
    const [view] = await this.listEndorsements({ versionIds: [versionId] }).then((all) =>
      all.filter((e) => e.id === id),
    );
    if (!view) throw new NotFoundError(`Endorsement ${id}`);
    return view;
  }

  /**
   * Imports endorsement records in one transaction, as the system (the CLI or the demo seed): each record
   * is marked as recorded on the state's behalf, and one audit row names the import.
   */
  async importEndorsements(
    records: {
      versionId: string;
      countryIso3: string;
      kind: EndorsementKind;
      venue: EndorsementVenue;
      expressedAt: string;
      demo: boolean;
      note?: string | null;
    }[],
    options: { system: true; action: string },
  ): Promise<number> {
    const issues: FieldIssue[] = [];
    records.forEach((r, i) => {
      if (!stateOf(r.countryIso3, r.demo))
        issues.push({
          path: `${i}.countryIso3`,
          message: findFictionalState(r.countryIso3)
            ? 'a fictional State: only demo records may name it'
            : 'not a UN State code',
        });
      if (!ENDORSEMENT_KINDS.includes(r.kind))
        issues.push({ path: `${i}.kind`, message: ENDORSEMENT_KINDS.join(', ') });
      if (!ENDORSEMENT_VENUES.includes(r.venue))
        issues.push({ path: `${i}.venue`, message: ENDORSEMENT_VENUES.join(', ') });
      if (Number.isNaN(new Date(r.expressedAt).getTime()))
        issues.push({ path: `${i}.expressedAt`, message: 'an ISO date' });
    });
    if (issues.length) throw new ValidationError('Some endorsement records are not valid.', issues);
    const ids = [...new Set(records.map((r) => r.versionId))];
    if ((await this.work.read.proposals.versionsByIds(ids)).length !== ids.length)
      throw new ValidationError('Unknown proposal version.', [{ path: 'versionId', message: 'not found' }]);
    await this.work.run(async (repos, tx) => {
      await repos.proposals.insertEndorsements(
        records.map((r) => ({
          id: newId(),
          proposal_version_id: r.versionId,
          country_iso3: stateOf(r.countryIso3, r.demo)?.iso3 as string,
          kind: r.kind,
          venue: r.venue,
          meeting_id: null,
          expressed_at: new Date(r.expressedAt),
          recorded_by: null,
          on_behalf: true,
          demo: r.demo,
          note: r.note ?? null,
        })),
      );
      await tx.audit({
        actor: null,
        action: options.action,
        entity: 'process_endorsement',
        entityId: `import:${records.length}`,
        before: null,
        after: { records: records.length, demo: records.filter((r) => r.demo).length },
      });
    });
    return records.length;
  }

  /**
   * Imports the positions recorded at a meeting from an endorsement CSV (see `parseEndorsementCsv`), as
   * the system on behalf of the states, in one transaction. Nothing is imported when any line is wrong:
   * the ValidationError lists every bad line by number.
   */
  async importEndorsementsCsv(
    processIdOrSlug: string,
    text: string,
    options: { demo: boolean },
  ): Promise<number> {
    const { rows, issues } = parseEndorsementCsv(text);
    const found = await this.versions.resolveVersions(processIdOrSlug, rows);
    const records = rows.flatMap((r, i) => {
      const version = found[i];
      if (!version || 'problem' in version) {
        issues.push({ path: `line ${r.line}`, message: version?.problem ?? 'no such version' });
        return [];
      }
      return [{ ...r, versionId: version.versionId, demo: options.demo }];
    });
    if (issues.length) {
      issues.sort((a, b) => Number(a.path.slice(5)) - Number(b.path.slice(5)));
      throw new ValidationError('Nothing imported; fix these lines.', issues);
    }
    return this.importEndorsements(records, { system: true, action: 'process.endorsement.import' });
  }

  /** The append-only endorsement records, in recording order. */
  async listEndorsements(filter: {
    processIdOrSlug?: string;
    versionIds?: string[];
  }): Promise<EndorsementView[]> {
    const processId = filter.processIdOrSlug
      ? await processIdOf(this.work.read.processes, filter.processIdOrSlug)
      : undefined;
    const rows = await this.work.read.proposals.endorsements({ processId, versionIds: filter.versionIds });
    return rows.map((r) => ({
      id: r.id,
      sequence: Number(r.seq),
      proposalCode: r.code,
      proposalVersionId: r.proposal_version_id,
      versionNumber: r.version_number,
      countryIso3: r.country_iso3.trim(),
      kind: r.kind as EndorsementKind,
      venue: r.venue as EndorsementVenue,
      meetingId: r.meeting_id,
      expressedAt: iso(r.expressed_at) as string,
      onBehalf: r.on_behalf,
      demo: r.demo,
      note: r.note,
      recordedAt: iso(r.recorded_at) as string,
    }));
  }

  /** The side-by-side summary for one version: raw, per group, group share, consensus score, flags. */
  async endorsementSummary(versionId: string) {
    if (!(await this.work.read.proposals.findVersion(versionId)))
      throw new NotFoundError(`Proposal version ${versionId}`);
    const records = await this.listEndorsements({ versionIds: [versionId] });
    const positions = currentPositions(records.map((r) => ({ ...r, sequence: r.sequence })));
    return {
      versionId,
      positions: positions.map((p) => ({
        countryIso3: p.countryIso3,
        kind: p.kind,
        expressedAt: p.expressedAt,
      })),
      summary: summariseEndorsements(positions),
    };
  }
}
