import type { Language } from '@strata/core';
import type { Executor } from '@strata/db';
import type { Selectable } from 'kysely';
import type { MatchState } from '../domain/match-state.ts';
import type { MatchScore } from '../domain/matching.ts';
import type { Match, MatchNote, Need, Offer } from '../domain/model.ts';
import type { Region, Stage, SupportKind, Theme, Urgency } from '../domain/vocabulary.ts';
import { iso, iso3 } from './rows.ts';
import type { MatchRow, NeedRow, OfferRow } from './tables.ts';
import './tables.ts';

const toNeed = (r: Selectable<NeedRow>): Need => ({
  id: r.id,
  countryIso3: r.country_iso3.trim(),
  theme: r.theme as Theme,
  stage: r.stage as Stage | null,
  kind: r.kind as SupportKind,
  urgency: r.urgency as Urgency,
  language: r.language as Language,
  title: r.title,
  context: r.context,
  neededBy: r.needed_by,
  status: r.status as Need['status'],
  mergedInto: r.merged_into,
  createdBy: r.created_by,
  demo: r.demo,
  createdAt: iso(r.created_at),
});
const toOffer = (r: Selectable<OfferRow>): Offer => ({
  id: r.id,
  providerCountryIso3: iso3(r.provider_country_iso3),
  providerOrganisationId: r.provider_organisation_id,
  providerName: r.provider_name,
  themes: r.themes as unknown as Theme[],
  stages: r.stages as unknown as Stage[],
  kinds: r.kinds as unknown as SupportKind[],
  regions: r.regions as unknown as Region[],
  language: r.language as Language,
  title: r.title,
  description: r.description,
  capacity: r.capacity,
  availableFrom: r.available_from,
  availableUntil: r.available_until,
  status: r.status as Offer['status'],
  mergedInto: r.merged_into,
  createdBy: r.created_by,
  demo: r.demo,
  createdAt: iso(r.created_at),
});
const toMatch = (r: Selectable<MatchRow>, notes: MatchNote[]): Match => ({
  id: r.id,
  needId: r.need_id,
  offerId: r.offer_id,
  score: r.score,
  explanation: r.explanation as unknown as MatchScore,
  state: r.state as MatchState,
  outcome: r.outcome,
  demo: r.demo,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  notes,
});

export interface BoardFilter {
  countryIso3?: string;
  theme?: string;
  status?: string;
}

/** The capacity-building board: needs, offers, matches between them and the matches' dated notes. */
export class BoardRepository {
  constructor(private readonly db: Executor) {}

  async listNeeds(filter: BoardFilter = {}): Promise<Need[]> {
    let q = this.db.selectFrom('exchange_need').selectAll();
    if (filter.countryIso3) q = q.where('country_iso3', '=', filter.countryIso3);
    if (filter.theme) q = q.where('theme', '=', filter.theme);
    if (filter.status) q = q.where('status', '=', filter.status);
    return (await q.orderBy('created_at', 'desc').execute()).map(toNeed);
  }
  async findNeed(id: string): Promise<Need | null> {
    const row = await this.db.selectFrom('exchange_need').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toNeed(row) : null;
  }
  async insertNeed(n: Need): Promise<void> {
    await this.db
      .insertInto('exchange_need')
      .values({
        id: n.id,
        country_iso3: n.countryIso3,
        theme: n.theme,
        stage: n.stage,
        kind: n.kind,
        urgency: n.urgency,
        language: n.language,
        title: n.title,
        context: n.context,
        needed_by: n.neededBy,
        status: n.status,
        created_by: n.createdBy,
        demo: n.demo,
        created_at: n.createdAt,
      })
      .execute();
  }
  async setNeedStatus(id: string, status: Need['status'], mergedInto: string | null = null): Promise<void> {
    await this.db
      .updateTable('exchange_need')
      .set({ status, merged_into: mergedInto })
      .where('id', '=', id)
      .execute();
  }

  async listOffers(filter: BoardFilter = {}): Promise<Offer[]> {
    let q = this.db.selectFrom('exchange_offer').selectAll();
    if (filter.countryIso3) q = q.where('provider_country_iso3', '=', filter.countryIso3);
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = (await q.orderBy('created_at', 'desc').execute()).map(toOffer);
    const theme = filter.theme;
    return theme ? rows.filter((o) => o.themes.includes(theme as Theme)) : rows;
  }
  async findOffer(id: string): Promise<Offer | null> {
    const row = await this.db
      .selectFrom('exchange_offer')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toOffer(row) : null;
  }
  async insertOffer(o: Offer): Promise<void> {
    await this.db
      .insertInto('exchange_offer')
      .values({
        id: o.id,
        provider_country_iso3: o.providerCountryIso3,
        provider_organisation_id: o.providerOrganisationId,
        provider_name: o.providerName,
        themes: JSON.stringify(o.themes),
        stages: JSON.stringify(o.stages),
        kinds: JSON.stringify(o.kinds),
        regions: JSON.stringify(o.regions),
        language: o.language,
        title: o.title,
        description: o.description,
        capacity: o.capacity,
        available_from: o.availableFrom,
        available_until: o.availableUntil,
        status: o.status,
        created_by: o.createdBy,
        demo: o.demo,
        created_at: o.createdAt,
      })
      .execute();
  }
  async setOfferStatus(id: string, status: Offer['status'], mergedInto: string | null = null): Promise<void> {
    await this.db
      .updateTable('exchange_offer')
      .set({ status, merged_into: mergedInto })
      .where('id', '=', id)
      .execute();
  }

  async listMatches(filter: { needIds?: string[]; offerIds?: string[] } = {}): Promise<Match[]> {
    let q = this.db.selectFrom('exchange_match').selectAll();
    if (filter.needIds || filter.offerIds) {
      const needs = filter.needIds ?? [];
      const offers = filter.offerIds ?? [];
      if (needs.length + offers.length === 0) return [];
      q = q.where((eb) =>
        eb.or([
          ...(needs.length ? [eb('need_id', 'in', needs)] : []),
          ...(offers.length ? [eb('offer_id', 'in', offers)] : []),
        ]),
      );
    }
    const rows = await q.orderBy('score', 'desc').orderBy('created_at').execute();
    if (rows.length === 0) return [];
    const notes = await this.db
      .selectFrom('exchange_match_note')
      .selectAll()
      .where(
        'match_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('at')
      .execute();
    return rows.map((r) =>
      toMatch(
        r,
        notes
          .filter((n) => n.match_id === r.id)
          .map((n) => ({ state: n.state as MatchState, note: n.note, authorId: n.author_id, at: iso(n.at) })),
      ),
    );
  }
  async findMatch(id: string): Promise<Match | null> {
    const row = await this.db
      .selectFrom('exchange_match')
      .select('need_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return (await this.listMatches({ needIds: [row.need_id] })).find((m) => m.id === id) ?? null;
  }
  /** Inserts a proposed match unless the pair is already matched; true when inserted. */
  async insertMatch(m: Match): Promise<boolean> {
    const result = await this.db
      .insertInto('exchange_match')
      .values({
        id: m.id,
        need_id: m.needId,
        offer_id: m.offerId,
        score: m.score,
        explanation: JSON.stringify(m.explanation),
        state: m.state,
        demo: m.demo,
        created_at: m.createdAt,
        updated_at: m.updatedAt,
      })
      .onConflict((oc) => oc.columns(['need_id', 'offer_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  async moveMatch(
    id: string,
    state: MatchState,
    outcome: string | null,
    note: { id: string } & MatchNote,
  ): Promise<void> {
    await this.db
      .updateTable('exchange_match')
      .set({ state, outcome, updated_at: note.at })
      .where('id', '=', id)
      .execute();
    await this.db
      .insertInto('exchange_match_note')
      .values({ id: note.id, match_id: id, state, note: note.note, author_id: note.authorId, at: note.at })
      .execute();
  }
}
