import {
  type Actor,
  authorize,
  can,
  type FieldIssue,
  findCountry,
  LANGUAGES,
  type Language,
  NotFoundError,
  newId,
  UN_GROUPS,
  ValidationError,
} from '@strata/core';
import type { UnitOfWork, WorkContext } from '@strata/db';
import { assertMatchMove, type MatchState } from '../domain/match-state.ts';
import { scoreMatch } from '../domain/matching.ts';
import type { Match, Need, Offer } from '../domain/model.ts';
import { needDocument, offerDocument } from '../domain/search-documents.ts';
import {
  isOneOf,
  REGIONS,
  type Region,
  STAGES,
  type Stage,
  SUPPORT_KINDS,
  type SupportKind,
  THEMES,
  type Theme,
  URGENCIES,
  type Urgency,
} from '../domain/vocabulary.ts';
import type { DuplicateReport, DuplicateService } from './duplicate-service.ts';
import type { NotificationService } from './notification-service.ts';
import type { ExchangeRepos, FocalPointDirectory } from './ports.ts';

export interface NewNeedInput {
  countryIso3: string;
  theme: Theme;
  stage?: Stage | null;
  kind: SupportKind;
  urgency: Urgency;
  language: Language;
  title: string;
  context: string;
  neededBy?: string | null;
  demo?: boolean;
}

export interface NewOfferInput {
  providerCountryIso3?: string | null;
  providerOrganisationId?: string | null;
  providerName: string;
  themes: Theme[];
  stages?: Stage[];
  kinds: SupportKind[];
  regions: Region[];
  language: Language;
  title: string;
  description: string;
  capacity?: number | null;
  availableFrom?: string | null;
  availableUntil?: string | null;
  demo?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (issues: FieldIssue[], path: string, value: string, max: number) => {
  if (!value.trim()) issues.push({ path, message: 'required' });
  else if (value.length > max) issues.push({ path, message: `at most ${max} characters` });
};
const date = (issues: FieldIssue[], path: string, value: string | null | undefined) => {
  if (value && !DATE.test(value)) issues.push({ path, message: 'a date YYYY-MM-DD' });
};
const list = <T extends string>(
  issues: FieldIssue[],
  path: string,
  vocabulary: readonly T[],
  values: readonly string[],
  min = 1,
) => {
  if (values.length < min) issues.push({ path, message: `at least ${min}` });
  values.forEach((v, i) => {
    if (!isOneOf(vocabulary, v)) issues.push({ path: `${path}.${i}`, message: vocabulary.join(', ') });
  });
};

/** A need or offer saved, with the matches proposed for it and the duplicates that were there. */
export interface Saved<T> {
  item: T;
  matches: Match[];
  duplicates: DuplicateReport;
}

/**
 * The capacity-building board: needs and offers, matched by the domain's transparent score, and the
 * life of each match (proposed → in contact → agreed → delivered → closed) with dated notes.
 */
export class BoardService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly duplicates: DuplicateService,
    private readonly notifications: NotificationService,
    private readonly directory: FocalPointDirectory,
    private readonly now: () => Date,
  ) {}

  private today() {
    return this.now().toISOString().slice(0, 10);
  }

  listNeeds(filter: { countryIso3?: string; theme?: string; status?: string } = {}) {
    return this.work.read.board.listNeeds(filter);
  }
  listOffers(filter: { countryIso3?: string; theme?: string; status?: string } = {}) {
    return this.work.read.board.listOffers(filter);
  }
  listMatches(filter: { needIds?: string[]; offerIds?: string[] } = {}) {
    return this.work.read.board.listMatches(filter);
  }
  async getMatch(id: string): Promise<Match> {
    const m = await this.work.read.board.findMatch(id);
    if (!m) throw new NotFoundError(`Match ${id}`);
    return m;
  }

  /** Records a need of the actor's country, proposes matches with the open offers, reports duplicates. */
  async createNeed(actor: Actor | null, input: NewNeedInput): Promise<Saved<Need>> {
    authorize(actor, 'exchange.need.create', { countryIso3: input.countryIso3 });
    const issues: FieldIssue[] = [];
    if (!findCountry(input.countryIso3))
      issues.push({ path: 'countryIso3', message: 'an ISO 3166 alpha-3 code' });
    if (!isOneOf(THEMES, input.theme)) issues.push({ path: 'theme', message: THEMES.join(', ') });
    if (input.stage && !isOneOf(STAGES, input.stage))
      issues.push({ path: 'stage', message: STAGES.join(', ') });
    if (!isOneOf(SUPPORT_KINDS, input.kind)) issues.push({ path: 'kind', message: SUPPORT_KINDS.join(', ') });
    if (!isOneOf(URGENCIES, input.urgency)) issues.push({ path: 'urgency', message: URGENCIES.join(', ') });
    if (!isOneOf(LANGUAGES, input.language)) issues.push({ path: 'language', message: LANGUAGES.join(', ') });
    text(issues, 'title', input.title, 300);
    text(issues, 'context', input.context, 20000);
    date(issues, 'neededBy', input.neededBy);
    if (issues.length) throw new ValidationError('The need is not valid.', issues);
    const need: Need = {
      id: newId(),
      countryIso3: input.countryIso3,
      theme: input.theme,
      stage: input.stage ?? null,
      kind: input.kind,
      urgency: input.urgency,
      language: input.language,
      title: input.title.trim(),
      context: input.context.trim(),
      neededBy: input.neededBy ?? null,
      status: 'open',
      mergedInto: null,
      createdBy: actor.userId,
      demo: input.demo ?? false,
      createdAt: this.now().toISOString(),
    };
    const openOffers = await this.work.read.board.listOffers({ status: 'open' });
    const recipients = await this.focalPoints([
      need.countryIso3,
      ...openOffers.map((o) => o.providerCountryIso3),
    ]);
    return this.work.run(async (repos, tx) => {
      const duplicates = await this.duplicates.check({ ...needDocument(need), kind: 'need' }, repos);
      await repos.board.insertNeed(need);
      await repos.search.upsert(needDocument(need));
      await tx.audit({
        actor,
        action: 'exchange.need.create',
        entity: 'exchange_need',
        entityId: need.id,
        before: null,
        after: need,
      });
      const offers = await repos.board.listOffers({ status: 'open' });
      const matches = await this.propose(repos, tx, [need], offers, recipients);
      return { item: need, matches, duplicates };
    });
  }

  /** Records an offer of a State or an organisation, proposes matches with the open needs. */
  async createOffer(actor: Actor | null, input: NewOfferInput): Promise<Saved<Offer>> {
    authorize(actor, 'exchange.offer.create', {
      countryIso3: input.providerCountryIso3 ?? null,
      organisationId: input.providerOrganisationId ?? null,
    });
    const issues: FieldIssue[] = [];
    if (!input.providerCountryIso3 && !input.providerOrganisationId)
      issues.push({ path: 'providerCountryIso3', message: 'a country or an organisation offers' });
    if (input.providerCountryIso3 && !findCountry(input.providerCountryIso3))
      issues.push({ path: 'providerCountryIso3', message: 'an ISO 3166 alpha-3 code' });
    list(issues, 'themes', THEMES, input.themes);
    list(issues, 'stages', STAGES, input.stages ?? [], 0);
    list(issues, 'kinds', SUPPORT_KINDS, input.kinds);
    list(issues, 'regions', REGIONS, input.regions);
    if (!isOneOf(LANGUAGES, input.language)) issues.push({ path: 'language', message: LANGUAGES.join(', ') });
    text(issues, 'providerName', input.providerName, 300);
    text(issues, 'title', input.title, 300);
    text(issues, 'description', input.description, 20000);
    date(issues, 'availableFrom', input.availableFrom);
    date(issues, 'availableUntil', input.availableUntil);
    if (
      input.capacity !== undefined &&
      input.capacity !== null &&
      (!Number.isInteger(input.capacity) || input.capacity < 0)
    )
      issues.push({ path: 'capacity', message: 'a whole number, 0 or more' });
    if (issues.length) throw new ValidationError('The offer is not valid.', issues);
    const offer: Offer = {
      id: newId(),
      providerCountryIso3: input.providerCountryIso3 ?? null,
      providerOrganisationId: input.providerOrganisationId ?? null,
      providerName: input.providerName.trim(),
      themes: [...new Set(input.themes)],
      stages: [...new Set(input.stages ?? [])],
      kinds: [...new Set(input.kinds)],
      regions: [...new Set(input.regions)],
      language: input.language,
      title: input.title.trim(),
      description: input.description.trim(),
      capacity: input.capacity ?? null,
      availableFrom: input.availableFrom ?? null,
      availableUntil: input.availableUntil ?? null,
      status: 'open',
      mergedInto: null,
      createdBy: actor.userId,
      demo: input.demo ?? false,
      createdAt: this.now().toISOString(),
    };
    const openNeeds = await this.work.read.board.listNeeds({ status: 'open' });
    const recipients = await this.focalPoints([
      offer.providerCountryIso3,
      ...openNeeds.map((n) => n.countryIso3),
    ]);
    return this.work.run(async (repos, tx) => {
      const duplicates = await this.duplicates.check({ ...offerDocument(offer), kind: 'offer' }, repos);
      await repos.board.insertOffer(offer);
      await repos.search.upsert(offerDocument(offer));
      await tx.audit({
        actor,
        action: 'exchange.offer.create',
        entity: 'exchange_offer',
        entityId: offer.id,
        before: null,
        after: offer,
      });
      const needs = await repos.board.listNeeds({ status: 'open' });
      const matches = await this.propose(repos, tx, needs, [offer], recipients);
      return { item: offer, matches, duplicates };
    });
  }

  /** The focal-point accounts of each country, looked up before a transaction opens. */
  private async focalPoints(countries: (string | null)[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const iso3 of new Set(countries)) {
      if (iso3)
        out.set(
          iso3,
          (await this.directory.focalPointsOf(iso3)).map((a) => a.userId),
        );
    }
    return out;
  }

  /** Scores every need × offer pair given and saves the proposed ones (never the same pair twice). */
  private async propose(
    repos: ExchangeRepos,
    tx: WorkContext,
    needs: Need[],
    offers: Offer[],
    focalPoints: Map<string, string[]>,
  ) {
    const matches: Match[] = [];
    const usedCapacity = new Map<string, number>();
    for (const m of await repos.board.listMatches({ offerIds: offers.map((o) => o.id) })) {
      if (m.state !== 'closed') usedCapacity.set(m.offerId, (usedCapacity.get(m.offerId) ?? 0) + 1);
    }
    for (const need of needs) {
      for (const offer of offers) {
        const capacityLeft =
          offer.capacity === null ? null : offer.capacity - (usedCapacity.get(offer.id) ?? 0);
        const score = scoreMatch(need, { ...offer, capacityLeft }, this.today());
        if (!score.proposed) continue;
        const at = this.now().toISOString();
        const match: Match = {
          id: newId(),
          needId: need.id,
          offerId: offer.id,
          score: score.total,
          explanation: score,
          state: 'proposed',
          outcome: null,
          demo: need.demo || offer.demo,
          createdAt: at,
          updatedAt: at,
          notes: [],
        };
        if (!(await repos.board.insertMatch(match))) continue;
        matches.push(match);
        await tx.audit({
          actor: null,
          action: 'exchange.match.propose',
          entity: 'exchange_match',
          entityId: match.id,
          before: null,
          after: match,
        });
        const recipients = [
          ...(focalPoints.get(need.countryIso3) ?? []),
          ...(focalPoints.get(offer.providerCountryIso3 ?? '') ?? []),
        ];
        await this.notifications.notifyIn(repos, tx, {
          userIds: recipients,
          topic: 'match',
          subject: `Proposed match (${Math.round(score.total * 100)}%): ${need.title} ↔ ${offer.title}`,
          body: score.dimensions
            .map((d) => `${d.dimension}: ${d.score ? 'fits' : 'does not fit'} (${d.reason})`)
            .join('\n'),
          link: `/exchange/matches/${match.id}`,
          key: `match:${match.id}`,
        });
      }
    }
    return matches;
  }

  /** Moves a match on (or closes it with an outcome), with a dated note: either party, or the secretariat. */
  async moveMatch(
    actor: Actor | null,
    id: string,
    input: { state: MatchState; note: string; outcome?: string | null },
  ) {
    return this.work.run(async (repos, tx) => {
      const match = await repos.board.findMatch(id);
      if (!match) throw new NotFoundError(`Match ${id}`);
      const need = await repos.board.findNeed(match.needId);
      const offer = await repos.board.findOffer(match.offerId);
      if (!need || !offer) throw new NotFoundError(`Match ${id}`);
      const party =
        can(actor, 'exchange.match.update', { countryIso3: need.countryIso3 }) ||
        can(actor, 'exchange.match.update', {
          countryIso3: offer.providerCountryIso3,
          organisationId: offer.providerOrganisationId,
        });
      if (!party) authorize(actor, 'exchange.match.update', { countryIso3: need.countryIso3 });
      if (!actor) throw new NotFoundError(`Match ${id}`);
      if (!input.note.trim())
        throw new ValidationError('A note is needed.', [{ path: 'note', message: 'required' }]);
      const outcome = input.outcome?.trim() || null;
      assertMatchMove(match.state, input.state, outcome);
      const at = this.now().toISOString();
      await repos.board.moveMatch(id, input.state, input.state === 'closed' ? outcome : match.outcome, {
        id: newId(),
        state: input.state,
        note: input.note.trim(),
        authorId: actor.userId,
        at,
      });
      if (input.state === 'delivered') await repos.board.setNeedStatus(need.id, 'served');
      const after = await repos.board.findMatch(id);
      await tx.audit({
        actor,
        action: 'exchange.match.update',
        entity: 'exchange_match',
        entityId: id,
        before: match,
        after,
      });
      return after as Match;
    });
  }

  /** Merges a duplicate need or offer into another: the duplicate stays, marked merged, with its history. */
  async merge(actor: Actor | null, kind: 'need' | 'offer', duplicateId: string, intoId: string) {
    authorize(actor, 'exchange.duplicate.merge');
    if (duplicateId === intoId)
      throw new ValidationError('An item cannot be merged into itself.', [
        { path: 'intoId', message: 'another item' },
      ]);
    return this.work.run(async (repos, tx) => {
      const find = (id: string) => (kind === 'need' ? repos.board.findNeed(id) : repos.board.findOffer(id));
      const [dup, into] = await Promise.all([find(duplicateId), find(intoId)]);
      if (!dup || !into) throw new NotFoundError(`${kind} ${dup ? intoId : duplicateId}`);
      if (kind === 'need') await repos.board.setNeedStatus(duplicateId, 'merged', intoId);
      else await repos.board.setOfferStatus(duplicateId, 'merged', intoId);
      await repos.search.remove(kind, duplicateId);
      await tx.audit({
        actor,
        action: 'exchange.duplicate.merge',
        entity: `exchange_${kind}`,
        entityId: duplicateId,
        before: dup,
        after: { ...dup, status: 'merged', mergedInto: intoId },
      });
      return { merged: duplicateId, into: intoId };
    });
  }

  /** A country's needs, the offers it makes, and the matches of both. */
  async countryPage(countryIso3: string) {
    const country = findCountry(countryIso3);
    if (!country) throw new NotFoundError(`Country ${countryIso3}`);
    const [needs, offers] = await Promise.all([
      this.work.read.board.listNeeds({ countryIso3: country.iso3 }),
      this.work.read.board.listOffers({ countryIso3: country.iso3 }),
    ]);
    const matches = await this.work.read.board.listMatches({
      needIds: needs.map((n) => n.id),
      offerIds: offers.map((o) => o.id),
    });
    return { countryIso3: country.iso3, unGroup: country.unGroup, needs, offers, matches };
  }

  /** Open needs without an agreed, delivered or closed match, counted by UN regional group and theme. */
  async unmetNeeds() {
    const needs = await this.work.read.board.listNeeds({ status: 'open' });
    const matches = await this.work.read.board.listMatches({ needIds: needs.map((n) => n.id) });
    const progressed = new Set(
      matches.filter((m) => m.state !== 'proposed' && m.state !== 'in_contact').map((m) => m.needId),
    );
    const cells = new Map<string, number>();
    for (const n of needs) {
      if (progressed.has(n.id)) continue;
      const key = `${findCountry(n.countryIso3)?.unGroup ?? 'other'}|${n.theme}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    return [...cells.entries()]
      .map(([key, count]) => {
        const [region, theme] = key.split('|') as [string, string];
        return { region, theme, count };
      })
      .sort(
        (a, b) =>
          UN_GROUPS.indexOf(a.region as never) - UN_GROUPS.indexOf(b.region as never) ||
          a.theme.localeCompare(b.theme),
      );
  }
}
