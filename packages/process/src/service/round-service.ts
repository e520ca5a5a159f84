import {
  type Actor,
  authorize,
  ConflictError,
  findCountry,
  NotFoundError,
  newId,
  newToken,
  toCsv,
  ValidationError,
} from '@strata/core';
import type { WorkContext } from '@strata/db';
import { revealedBallot, sealedBallot } from '../domain/ballot-seal.ts';
import {
  type BallotContent,
  describeMethod,
  type MethodParameters,
  PRIORITISATION_METHODS,
  type TallyResult,
  tally,
  validateBallot,
  validateParameters,
} from '../domain/prioritisation.ts';
import { stateOf } from '../domain/states.ts';
import type { ProcessRepositories, ProcessWork } from '../repository/repositories.ts';
import type { RoundRepository } from '../repository/round-repository.ts';
import { processIdOf } from './process-id.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export type RoundState = 'scheduled' | 'open' | 'closed';

export interface RoundItem {
  versionId: string;
  proposalCode: string;
  versionNumber: number;
  /** The version's titles, official texts first: what a focal point reads on the ballot. */
  titles: { language: string; title: string }[];
}
export interface RoundView {
  id: string;
  processId: string;
  title: string;
  parameters: MethodParameters;
  rule: string;
  items: RoundItem[];
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  state: RoundState;
  ballotsCast: number;
  demo: boolean;
}
export interface BallotView {
  countryIso3: string;
  content: BallotContent;
  onBehalf: boolean;
  castAt: string;
}

/** Prioritisation rounds: creation, one ballot per state, sealed ballots until the close, results. */
export class RoundService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private stateOf(r: { opens_at: Date; closes_at: Date; closed_at: Date | null }): RoundState {
    const t = this.now().getTime();
    if (r.closed_at || t >= new Date(r.closes_at).getTime()) return 'closed';
    return t >= new Date(r.opens_at).getTime() ? 'open' : 'scheduled';
  }

  private async present(rows: Awaited<ReturnType<RoundRepository['listRounds']>>): Promise<RoundView[]> {
    const counts = new Map(
      (await this.work.read.rounds.ballotCounts(rows.map((r) => r.id))).map((c) => [c.round_id, Number(c.n)]),
    );
    const versions = await this.work.read.proposals.versionsByIds([
      ...new Set(rows.flatMap((r) => r.version_ids)),
    ]);
    const byId = new Map(versions.map((v) => [v.id, v]));
    const texts = await this.work.read.proposals.texts(versions.map((v) => v.id));
    const titlesOf = (versionId: string) =>
      texts
        .filter((x) => x.version_id === versionId)
        .sort((a, b) => Number(b.official) - Number(a.official) || a.language.localeCompare(b.language))
        .map((x) => ({ language: x.language, title: x.title }));
    return rows.map((r) => {
      const parameters = r.parameters as MethodParameters;
      return {
        id: r.id,
        processId: r.process_id,
        title: r.title,
        parameters,
        rule: describeMethod(parameters, r.version_ids.length),
        items: r.version_ids.map((id) => ({
          versionId: id,
          proposalCode: byId.get(id)?.code ?? '?',
          versionNumber: byId.get(id)?.number ?? 0,
          titles: titlesOf(id),
        })),
        opensAt: iso(r.opens_at) as string,
        closesAt: iso(r.closes_at) as string,
        closedAt: iso(r.closed_at),
        state: this.stateOf(r),
        ballotsCast: counts.get(r.id) ?? 0,
        demo: r.demo,
      };
    });
  }

  async listRounds(processIdOrSlug: string): Promise<RoundView[]> {
    return this.present(
      await this.work.read.rounds.listRounds(await processIdOf(this.work.read.processes, processIdOrSlug)),
    );
  }

  async getRound(id: string): Promise<RoundView> {
    const row = await this.work.read.rounds.findRound(id);
    if (!row) throw new NotFoundError(`Round ${id}`);
    const [view] = await this.present([row]);
    return view as RoundView;
  }

  /** Opens a round over a set of proposal versions with a method and its parameters (co-chairs). */
  async createRound(
    actor: Actor | null,
    processIdOrSlug: string,
    input: {
      title: string;
      parameters: MethodParameters;
      versionIds: string[];
      opensAt: string;
      closesAt: string;
      demo?: boolean;
    },
    options: { system?: boolean } = {},
  ): Promise<RoundView> {
    if (!options.system) authorize(actor, 'process.round.create');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const issues = PRIORITISATION_METHODS.includes(input.parameters.method)
      ? validateParameters(input.parameters)
      : [{ path: 'parameters.method', message: PRIORITISATION_METHODS.join(', ') }];
    const opensAt = new Date(input.opensAt);
    const closesAt = new Date(input.closesAt);
    if (Number.isNaN(opensAt.getTime())) issues.push({ path: 'opensAt', message: 'an ISO timestamp' });
    if (Number.isNaN(closesAt.getTime()) || closesAt <= opensAt)
      issues.push({ path: 'closesAt', message: 'an ISO timestamp after opensAt' });
    const unique = [...new Set(input.versionIds)];
    if (unique.length < 2 || unique.length !== input.versionIds.length)
      issues.push({ path: 'versionIds', message: 'two or more different proposal versions' });
    const versions = await this.work.read.proposals.versionsByIds(unique);
    if (versions.length !== unique.length || versions.some((v) => v.process_id !== processId))
      issues.push({ path: 'versionIds', message: 'every version must belong to a proposal of this process' });
    if (issues.length) throw new ValidationError('The round is not valid.', issues);
    const id = await this.work.run(async (repos, tx) => {
      const row = await repos.rounds.insertRound({
        id: newId(),
        process_id: processId,
        title: input.title,
        method: input.parameters.method,
        parameters: input.parameters,
        version_ids: unique,
        opens_at: opensAt,
        closes_at: closesAt,
        demo: input.demo ?? false,
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'process.round.create',
        entity: 'process_round',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row.id;
    });
    return this.getRound(id);
  }

  /** Closes a round early (co-chairs); after the close, ballots and results are public. */
  async closeRound(actor: Actor | null, id: string): Promise<RoundView> {
    authorize(actor, 'process.round.close');
    const round = await this.getRound(id);
    if (round.state === 'closed') throw new ConflictError('The round is closed already.');
    await this.work.run(async (repos, tx) => {
      const after = await repos.rounds.closeRound(id, this.now());
      await tx.audit({
        actor,
        action: 'process.round.close',
        entity: 'process_round',
        entityId: id,
        before: round,
        after,
      });
      await this.revealBallots(repos, tx, id, actor, 'process.round.close');
    });
    return this.getRound(id);
  }

  /**
   * Casts the state's ballot (its focal point, or the secretariat on its behalf). One ballot per state:
   * casting again while the round is open replaces the earlier one (both are in the audit log).
   */
  async castBallot(
    actor: Actor | null,
    roundId: string,
    input: { countryIso3: string; content: BallotContent },
  ): Promise<BallotView> {
    const country = findCountry(input.countryIso3);
    if (!country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    authorize(actor, 'process.ballot.cast', { countryIso3: country.iso3 });
    const round = await this.getRound(roundId);
    if (round.state !== 'open')
      throw new ConflictError(`The round is ${round.state}; ballots are cast while it is open.`);
    const issues = validateBallot(
      round.parameters,
      round.items.map((i) => i.versionId),
      input.content,
    );
    if (issues.length) throw new ValidationError('The ballot is not valid.', issues);
    const before = (await this.work.read.rounds.ballots(roundId, country.iso3))[0] ?? null;
    const row = await this.work.run(async (repos, tx) => {
      const saved = await repos.rounds.upsertBallot({
        round_id: roundId,
        country_iso3: country.iso3,
        content: input.content,
        cast_by: actor.userId,
        on_behalf: actor.role === 'secretariat',
        cast_at: this.now(),
        seal_nonce: newToken(),
      });
      // Sealed: the log holds a digest until the round closes, when the content is written in full.
      await tx.audit({
        actor,
        action: 'process.ballot.cast',
        entity: 'process_ballot',
        entityId: `${roundId}/${country.iso3}`,
        before: before && sealedBallot(before),
        after: sealedBallot(saved),
      });
      return saved;
    });
    return {
      countryIso3: row.country_iso3.trim(),
      content: row.content as BallotContent,
      onBehalf: row.on_behalf,
      castAt: iso(row.cast_at) as string,
    };
  }

  /**
   * Imports the ballots of a past round as the system (CLI or demo seed), whatever the round's dates:
   * each ballot is validated, marked as cast on the state's behalf, one audit row names the import.
   */
  async importBallots(
    roundId: string,
    ballots: { countryIso3: string; content: BallotContent; castAt: string }[],
    options: { system: true; action: string },
  ): Promise<number> {
    const round = await this.getRound(roundId);
    const items = round.items.map((i) => i.versionId);
    const seen = new Set<string>();
    const issues = ballots.flatMap((b, i) => {
      const iso3 = stateOf(b.countryIso3, round.demo)?.iso3;
      if (!iso3) return [{ path: `${i}.countryIso3`, message: 'not a UN State code' }];
      if (seen.has(iso3)) return [{ path: `${i}.countryIso3`, message: 'one ballot per state' }];
      seen.add(iso3);
      return validateBallot(round.parameters, items, b.content).map((x) => ({
        ...x,
        path: `${i}.${x.path}`,
      }));
    });
    if (issues.length) throw new ValidationError('Some ballots are not valid.', issues);
    await this.work.run(async (repos, tx) => {
      for (const b of ballots)
        await repos.rounds.upsertBallot({
          round_id: roundId,
          country_iso3: stateOf(b.countryIso3, round.demo)?.iso3 as string,
          content: b.content,
          cast_by: null,
          on_behalf: true,
          cast_at: new Date(b.castAt),
          seal_nonce: newToken(),
        });
      await tx.audit({
        actor: null,
        action: options.action,
        entity: 'process_round',
        entityId: roundId,
        before: null,
        after: { ballots: ballots.length },
      });
    });
    return ballots.length;
  }

  private presentBallots(rows: Awaited<ReturnType<RoundRepository['ballots']>>): BallotView[] {
    return rows.map((b) => ({
      countryIso3: b.country_iso3.trim(),
      content: b.content as BallotContent,
      onBehalf: b.on_behalf,
      castAt: iso(b.cast_at) as string,
    }));
  }

  /**
   * Writes the round's ballots in full to the audit log, once (one row per ballot, with the nonce and
   * digest that let anyone check the sealed rows written while the round was open).
   */
  private async revealBallots(
    repos: ProcessRepositories,
    tx: WorkContext,
    roundId: string,
    actor: Actor | null,
    action: string,
  ): Promise<void> {
    if (!(await repos.rounds.markBallotsRevealed(roundId, this.now()))) return;
    for (const b of await repos.rounds.ballots(roundId))
      await tx.audit({
        actor,
        action,
        entity: 'process_ballot',
        entityId: `${roundId}/${b.country_iso3.trim()}`,
        before: null,
        after: revealedBallot(b),
      });
  }

  /** A round closed by its deadline (no close request): its ballots are written in full on first read. */
  private async revealIfClosed(round: RoundView): Promise<void> {
    if (round.state !== 'closed' || (await this.work.read.rounds.findRound(round.id))?.ballots_revealed_at)
      return;
    await this.work.run((repos, tx) => this.revealBallots(repos, tx, round.id, null, 'process.round.reveal'));
  }

  /** The ballots: sealed until the round closes (for everyone, the secretariat included). */
  async ballots(roundId: string): Promise<BallotView[]> {
    const round = await this.getRound(roundId);
    if (round.state !== 'closed') throw new ConflictError('Ballots are sealed until the round closes.');
    await this.revealIfClosed(round);
    return this.presentBallots(await this.work.read.rounds.ballots(roundId));
  }

  /** The state's own ballot while the round is open (its focal point or the secretariat). */
  async ownBallot(actor: Actor | null, roundId: string, countryIso3: string): Promise<BallotView | null> {
    const iso3 = findCountry(countryIso3)?.iso3 ?? countryIso3;
    authorize(actor, 'process.ballot.read_own', { countryIso3: iso3 });
    await this.getRound(roundId);
    return this.presentBallots(await this.work.read.rounds.ballots(roundId, iso3))[0] ?? null;
  }

  /** Results with the method shown; only once the round is closed. */
  async results(roundId: string): Promise<{ round: RoundView; result: TallyResult }> {
    const round = await this.getRound(roundId);
    if (round.state !== 'closed') throw new ConflictError('Results are published when the round closes.');
    await this.revealIfClosed(round);
    const ballots = await this.work.read.rounds.ballots(roundId);
    const result = tally(
      round.parameters,
      round.items.map((i) => i.versionId),
      ballots.map((b) => b.content as BallotContent),
    );
    return { round, result };
  }

  /** Ballots as CSV, one row per state and proposal, once the round is closed. */
  async ballotsCsv(roundId: string): Promise<string> {
    const round = await this.getRound(roundId);
    const ballots = await this.ballots(roundId);
    const code = new Map(round.items.map((i) => [i.versionId, `${i.proposalCode} v${i.versionNumber}`]));
    const rows: (string | number | boolean | null)[][] = [];
    for (const b of ballots) {
      const c = b.content;
      const values: [string, number][] =
        c.method === 'approval'
          ? c.approved.map((id) => [id, 1])
          : c.method === 'ranked'
            ? c.ranking.map((id, i) => [id, i + 1])
            : Object.entries(c.method === 'score' ? c.scores : c.dots);
      for (const [id, v] of values)
        rows.push([
          round.id,
          round.parameters.method,
          b.countryIso3,
          stateOf(b.countryIso3, true)?.unGroup ?? '',
          code.get(id) ?? id,
          id,
          v,
          b.onBehalf,
          b.castAt,
        ]);
    }
    return toCsv(
      [
        'round_id',
        'method',
        'country_iso3',
        'un_group',
        'proposal',
        'version_id',
        'value',
        'recorded_on_behalf',
        'cast_at',
      ],
      rows,
    );
  }
}
