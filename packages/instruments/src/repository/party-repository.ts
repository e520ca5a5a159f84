import type { Executor } from '@strata/db';
import type { Participation } from '../domain/parties.ts';
import type { ConsentKind } from '../domain/vocabulary.ts';

/** When a parties list was last checked, and from where. */
export interface PartyList {
  instrumentSlug: string;
  source: string;
  sourceUrl: string | null;
  listDate: string;
  importedAt: string;
  parties: number;
}

/** Who is party to which binding instrument. */
export class PartyRepository {
  constructor(private readonly db: Executor) {}

  async list(filter: { slug?: string; country?: string }): Promise<Participation[]> {
    let q = this.db.selectFrom('instruments_party').selectAll();
    if (filter.slug) q = q.where('instrument_slug', '=', filter.slug);
    if (filter.country) q = q.where('country_iso3', '=', filter.country.toUpperCase());
    const rows = await q.orderBy('instrument_slug').orderBy('country_iso3').execute();
    return rows.map((r) => ({
      instrument: r.instrument_slug,
      countryIso3: r.country_iso3,
      consentKind: r.consent_kind as ConsentKind | null,
      consentDate: r.consent_date,
      signatureDate: r.signature_date,
      entryIntoForce: r.entry_into_force,
      source: r.source,
      sourceUrl: r.source_url,
      listDate: r.list_date,
    }));
  }

  async lists(): Promise<PartyList[]> {
    const rows = await this.db
      .selectFrom('instruments_party_list as l')
      .leftJoin('instruments_party as p', 'p.instrument_slug', 'l.instrument_slug')
      .select(['l.instrument_slug', 'l.source', 'l.source_url', 'l.list_date', 'l.imported_at'])
      .select((eb) => eb.fn.count<number>('p.country_iso3').as('parties'))
      .groupBy(['l.instrument_slug', 'l.source', 'l.source_url', 'l.list_date', 'l.imported_at'])
      .orderBy('l.instrument_slug')
      .execute();
    return rows.map((r) => ({
      instrumentSlug: r.instrument_slug,
      source: r.source,
      sourceUrl: r.source_url,
      listDate: r.list_date,
      importedAt: new Date(r.imported_at).toISOString(),
      parties: Number(r.parties),
    }));
  }

  /**
   * Replaces the parties list of each instrument present in `rows` (a list is replaced whole, so a party
   * dropped from the source list disappears) and records when each was checked.
   */
  async replaceLists(rows: readonly Participation[]): Promise<void> {
    const bySlug = new Map<string, Participation[]>();
    for (const r of rows) bySlug.set(r.instrument, [...(bySlug.get(r.instrument) ?? []), r]);
    for (const [slug, list] of bySlug) {
      await this.db.deleteFrom('instruments_party').where('instrument_slug', '=', slug).execute();
      for (let i = 0; i < list.length; i += 500) {
        await this.db
          .insertInto('instruments_party')
          .values(
            list.slice(i, i + 500).map((p) => ({
              instrument_slug: slug,
              country_iso3: p.countryIso3,
              consent_kind: p.consentKind,
              consent_date: p.consentDate,
              signature_date: p.signatureDate,
              entry_into_force: p.entryIntoForce,
              source: p.source,
              source_url: p.sourceUrl,
              list_date: p.listDate,
            })),
          )
          .execute();
      }
      const latest = list.reduce((a, b) => (b.listDate > a.listDate ? b : a));
      const values = {
        source: latest.source,
        source_url: latest.sourceUrl,
        list_date: latest.listDate,
        imported_at: new Date(),
      };
      await this.db
        .insertInto('instruments_party_list')
        .values({ instrument_slug: slug, ...values })
        .onConflict((oc) => oc.column('instrument_slug').doUpdateSet(values))
        .execute();
    }
  }
}
