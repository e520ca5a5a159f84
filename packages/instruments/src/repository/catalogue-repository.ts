import type { Executor } from '@strata/db';
import { type Selectable, sql } from 'kysely';
import type {
  CatalogueFilter,
  Instrument,
  InstrumentFacts,
  InstrumentLink,
  InstrumentVersion,
  LinkTarget,
  Organisation,
} from '../domain/instrument.ts';
import type { Assurance, InstrumentKind, InstrumentStatus, Stage } from '../domain/vocabulary.ts';
import type { InstrumentRow } from './tables.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function toInstrument(r: Selectable<InstrumentRow>): Instrument {
  return {
    slug: r.slug,
    title: r.title,
    shortTitle: r.short_title,
    kind: r.kind as InstrumentKind,
    issuers: r.issuers,
    adoptionYear: r.adoption_year,
    entryIntoForce: r.entry_into_force,
    currentVersion: r.current_version,
    versionDate: r.version_date,
    languages: r.languages,
    titles: r.titles,
    commodities: r.commodities,
    stages: r.stages as Stage[],
    geography: r.geography,
    assurance: r.assurance as Assurance | null,
    status: r.status as InstrumentStatus | null,
    url: r.url,
    sources: r.sources,
    published: r.published,
    demo: r.demo,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function factColumns(f: InstrumentFacts) {
  return {
    title: f.title,
    short_title: f.shortTitle,
    kind: f.kind,
    issuers: JSON.stringify(f.issuers),
    adoption_year: f.adoptionYear,
    entry_into_force: f.entryIntoForce,
    current_version: f.currentVersion,
    version_date: f.versionDate,
    languages: JSON.stringify(f.languages),
    titles: JSON.stringify(f.titles),
    commodities: JSON.stringify(f.commodities),
    stages: JSON.stringify(f.stages),
    geography: f.geography,
    assurance: f.assurance,
    status: f.status,
    url: f.url,
    sources: JSON.stringify(f.sources),
  };
}

/** The catalogue: instruments, the organisations behind them, their versions and links. */
export class CatalogueRepository {
  constructor(private readonly db: Executor) {}

  async list(filter: CatalogueFilter): Promise<Instrument[]> {
    let q = this.db.selectFrom('instruments_instrument as i').selectAll('i');
    if (!filter.includeUnpublished) q = q.where('i.published', '=', true);
    if (filter.kind) q = q.where('i.kind', '=', filter.kind);
    if (filter.assurance) q = q.where('i.assurance', '=', filter.assurance);
    if (filter.binding !== undefined) q = q.where('i.kind', filter.binding ? '=' : '<>', 'binding_treaty');
    if (filter.q) {
      const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(i.title)`, 'like', like),
          eb(sql`lower(coalesce(i.short_title, ''))`, 'like', like),
          eb(sql`lower(i.issuers::text)`, 'like', like),
          eb(sql`lower(i.titles::text)`, 'like', like),
        ]),
      );
    }
    if (filter.issue || filter.stage)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('instruments_cell as c')
            .select(sql`1`.as('one'))
            .whereRef('c.instrument_slug', '=', 'i.slug')
            .where('c.grade', '<>', 'not_addressed')
            .$if(!!filter.issue, (s) => s.where('c.issue', '=', filter.issue as string))
            .$if(!!filter.stage, (s) => s.where('c.stage', '=', filter.stage as string)),
        ),
      );
    if (filter.country)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('instruments_party as p')
            .select(sql`1`.as('one'))
            .whereRef('p.instrument_slug', '=', 'i.slug')
            .where('p.country_iso3', '=', (filter.country as string).toUpperCase())
            .where((w) =>
              w.or([w('p.consent_date', 'is not', null), w('p.entry_into_force', 'is not', null)]),
            ),
        ),
      );
    const rows = await q.orderBy('i.title').execute();
    return rows.map(toInstrument);
  }

  async find(slug: string): Promise<Instrument | null> {
    const row = await this.db
      .selectFrom('instruments_instrument')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toInstrument(row) : null;
  }

  /** Slug and kind of every instrument (published or not), for the analyses. */
  /** Kind and publication of every instrument (or of those in `slugs`), by slug. */
  async kinds(
    slugs?: readonly string[],
  ): Promise<{ slug: string; kind: InstrumentKind; published: boolean }[]> {
    if (slugs && slugs.length === 0) return [];
    let q = this.db.selectFrom('instruments_instrument').select(['slug', 'kind', 'published']);
    if (slugs) q = q.where('slug', 'in', slugs);
    const rows = await q.orderBy('slug').execute();
    return rows.map((r) => ({ slug: r.slug, kind: r.kind as InstrumentKind, published: r.published }));
  }

  async insert(
    slug: string,
    facts: InstrumentFacts,
    options: { published: boolean; demo: boolean },
  ): Promise<void> {
    await this.db
      .insertInto('instruments_instrument')
      .values({ slug, ...factColumns(facts), published: options.published, demo: options.demo })
      .execute();
  }

  async updateFacts(slug: string, facts: InstrumentFacts): Promise<void> {
    await this.db
      .updateTable('instruments_instrument')
      .set({ ...factColumns(facts), updated_at: new Date() })
      .where('slug', '=', slug)
      .execute();
  }

  async setPublished(slug: string, published: boolean): Promise<void> {
    await this.db
      .updateTable('instruments_instrument')
      .set({ published, updated_at: new Date() })
      .where('slug', '=', slug)
      .execute();
  }

  async organisations(): Promise<Organisation[]> {
    const rows = await this.db.selectFrom('instruments_organisation').selectAll().orderBy('name').execute();
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      acronym: r.acronym,
      url: r.url,
      sources: r.sources,
    }));
  }

  async upsertOrganisation(o: Organisation): Promise<void> {
    const values = { name: o.name, acronym: o.acronym, url: o.url, sources: JSON.stringify(o.sources) };
    await this.db
      .insertInto('instruments_organisation')
      .values({ slug: o.slug, ...values })
      .onConflict((oc) => oc.column('slug').doUpdateSet(values))
      .execute();
  }

  async versions(slug?: string): Promise<InstrumentVersion[]> {
    let q = this.db.selectFrom('instruments_version').selectAll();
    if (slug) q = q.where('instrument_slug', '=', slug);
    const rows = await q.orderBy('recorded_at', 'desc').execute();
    return rows.map((r) => ({
      instrumentSlug: r.instrument_slug,
      version: r.version,
      versionDate: r.version_date,
      note: r.note,
      recordedAt: iso(r.recorded_at),
    }));
  }

  /** Records a version; false when that version was already recorded. */
  async addVersion(
    slug: string,
    version: string,
    versionDate: string | null,
    note: string | null,
  ): Promise<boolean> {
    const result = await this.db
      .insertInto('instruments_version')
      .values({ instrument_slug: slug, version, version_date: versionDate, note })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async links(filter: { slug?: string; targetKind?: string; targetRef?: string }): Promise<InstrumentLink[]> {
    let q = this.db.selectFrom('instruments_link').selectAll();
    if (filter.slug) q = q.where('instrument_slug', '=', filter.slug);
    if (filter.targetKind) q = q.where('target_kind', '=', filter.targetKind);
    if (filter.targetRef) q = q.where('target_ref', '=', filter.targetRef);
    const rows = await q.orderBy('instrument_slug').execute();
    return rows.map((r) => ({
      instrumentSlug: r.instrument_slug,
      targetKind: r.target_kind as LinkTarget,
      targetRef: r.target_ref,
      note: r.note,
    }));
  }

  async addLink(link: InstrumentLink): Promise<boolean> {
    const result = await this.db
      .insertInto('instruments_link')
      .values({
        instrument_slug: link.instrumentSlug,
        target_kind: link.targetKind,
        target_ref: link.targetRef,
        note: link.note,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Deletes the links of `targetKind` whose note starts with `notePrefix`, except those to `keepRefs`. */
  async removeLinks(targetKind: string, notePrefix: string, keepRefs: readonly string[]): Promise<number> {
    let q = this.db
      .deleteFrom('instruments_link')
      .where('target_kind', '=', targetKind)
      .where('note', 'like', `${notePrefix.replace(/[%_\\]/g, '\\$&')}%`);
    if (keepRefs.length > 0) q = q.where('target_ref', 'not in', keepRefs);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
