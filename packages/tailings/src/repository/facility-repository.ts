import type { Executor } from '@strata/db';
import { sql } from 'kysely';
import type { CrosswalkConfidence } from '../domain/classification.ts';
import type { FacilityRecord, FacilityStatus, GistmClass, RaiseMethod } from '../domain/facility.ts';
import type { FieldChange } from '../domain/history.ts';
import type { ToxicityClass } from '../domain/scores.ts';
import { FACILITY_SORT_SCALES, type FacilitySort } from '../domain/sort.ts';
import type { FacilityRow } from './tables.ts';

/** What a facility's record implies (class, scores, toxicity), stored beside it for filters and the map. */
export interface DerivedValues {
  gistmClass: GistmClass | null;
  classConfidence: CrosswalkConfidence | null;
  toxicityClass: ToxicityClass;
  hazardScore: number;
  /** Share (0–1) of the hazard score whose inputs were disclosed. */
  hazardCoverage: number;
  exposureScore: number;
}

/** The filters of the registry's views (list, map, downloads). */
export interface FacilityFilter {
  country?: string;
  operator?: string;
  status?: string;
  raiseMethod?: string;
  gistmClass?: string;
  commodity?: string;
  toxicityClass?: string;
  /** Tailings from artisanal and small-scale gold mining: known yes, known no, or not known. */
  asgm?: 'yes' | 'no' | 'unknown';
  q?: string;
  companyId?: string;
}

/** A facility's summary (no full record), as the registry lists it. */
export interface FacilitySummary extends DerivedValues {
  id: string;
  source: string;
  sourceId: string;
  name: string;
  countryIso3: string;
  operator: string | null;
  status: FacilityStatus;
  raiseMethod: RaiseMethod;
  commodity: string | null;
  lon: number | null;
  lat: number | null;
  heightM: number | null;
  volumeM3: number | null;
  version: number;
  /** ISO 8601. */
  updatedAt: string;
}

/** A stored facility: its record and what the workflow needs beside it. */
export interface StoredFacility {
  id: string;
  name: string;
  countryIso3: string;
  companyId: string | null;
  version: number;
  record: FacilityRecord;
  /** Hash of the registry record last imported (null for a facility never imported). */
  sourceHash: string | null;
  updatedAt: Date;
}

/** A full record with its derived values, for downloads. */
export interface FacilityDownloadRow extends DerivedValues {
  id: string;
  record: FacilityRecord;
  version: number;
  updatedAt: Date;
}

/** One write of a facility: a new one, a re-import, a rescore or a published disclosure. */
export interface FacilityWrite {
  id: string;
  version: number;
  record: FacilityRecord;
  derived: DerivedValues;
  /** The record already serialised (the import hashes it), to avoid serialising twice. */
  recordJson?: string;
  sourceHash: string | null;
}

/** One history entry of a facility. */
export interface FacilityVersion {
  facilityId: string;
  version: number;
  changes: FieldChange[];
  reason: string;
  actorId: string | null;
  actorEmail: string | null;
}

/** Rows per JSON batch written with json_to_recordset. */
const CHUNK = 1000;

/** The facility columns an import writes, with their SQL types for json_to_recordset. */
const FACILITY_TYPES: Record<string, string> = {
  id: 'uuid',
  source: 'text',
  source_id: 'text',
  name: 'text',
  country_iso3: 'text',
  operator: 'text',
  company_id: 'uuid',
  status: 'text',
  raise_method: 'text',
  gistm_class: 'text',
  class_confidence: 'text',
  commodity: 'text',
  toxicity_class: 'text',
  hazard_score: 'integer',
  hazard_coverage: 'real',
  exposure_score: 'integer',
  lon: 'double precision',
  lat: 'double precision',
  height_m: 'double precision',
  volume_m3: 'double precision',
  last_review: 'text',
  version: 'integer',
  data: 'json',
  source_hash: 'text',
};
const FACILITY_WRITE_COLUMNS = Object.keys(FACILITY_TYPES);
const FACILITY_RECORDSET = Object.entries(FACILITY_TYPES)
  .map(([c, t]) => `${c} ${t}`)
  .join(', ');

const SUMMARY_COLUMNS = [
  'id',
  'source',
  'source_id',
  'name',
  'country_iso3',
  'operator',
  'status',
  'raise_method',
  'gistm_class',
  'class_confidence',
  'commodity',
  'toxicity_class',
  'hazard_score',
  'hazard_coverage',
  'exposure_score',
  'lon',
  'lat',
  'height_m',
  'volume_m3',
  'version',
  'updated_at',
] as const;

type SummaryRow = Pick<FacilityRow, Exclude<(typeof SUMMARY_COLUMNS)[number], 'updated_at'>> & {
  updated_at: Date;
};

function derivedOf(
  r: Pick<FacilityRow, 'gistm_class' | 'class_confidence' | 'toxicity_class'> & {
    hazard_score: number;
    hazard_coverage: number;
    exposure_score: number;
  },
): DerivedValues {
  return {
    gistmClass: r.gistm_class as GistmClass | null,
    classConfidence: r.class_confidence as CrosswalkConfidence | null,
    toxicityClass: r.toxicity_class as ToxicityClass,
    hazardScore: r.hazard_score,
    hazardCoverage: r.hazard_coverage,
    exposureScore: r.exposure_score,
  };
}

function summaryOf(r: SummaryRow): FacilitySummary {
  return {
    id: r.id,
    source: r.source,
    sourceId: r.source_id,
    name: r.name,
    countryIso3: r.country_iso3,
    operator: r.operator,
    status: r.status as FacilityStatus,
    raiseMethod: r.raise_method as RaiseMethod,
    commodity: r.commodity,
    ...derivedOf(r),
    // Two decimals: the share is shown as a percentage; `real` carries float noise.
    hazardCoverage: Math.round(r.hazard_coverage * 100) / 100,
    lon: r.lon,
    lat: r.lat,
    heightM: r.height_m,
    volumeM3: r.volume_m3,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The indexed columns of a facility write: taken from its record and its derived values. */
function columnsOf(w: FacilityWrite) {
  const r = w.record;
  return {
    id: w.id,
    source: r.source,
    source_id: r.sourceId,
    name: r.name,
    country_iso3: r.countryIso3,
    operator: r.operator,
    company_id: null,
    status: r.status,
    raise_method: r.raiseMethod,
    gistm_class: w.derived.gistmClass,
    class_confidence: w.derived.classConfidence,
    commodity: r.commodity,
    toxicity_class: w.derived.toxicityClass,
    hazard_score: w.derived.hazardScore,
    hazard_coverage: w.derived.hazardCoverage,
    exposure_score: w.derived.exposureScore,
    lon: r.lon,
    lat: r.lat,
    height_m: r.heightM,
    volume_m3: r.volumeM3,
    last_review: r.lastIndependentReview,
    version: w.version,
    source_hash: w.sourceHash,
  };
}

/** Facilities, their versioned history and the registry's views (list, map, downloads, country aggregates). */
/** The SQL value a sort orders by: text case-folded, coded columns by their rank on their scale. */
function sortExpression(sort: FacilitySort) {
  const scale = FACILITY_SORT_SCALES[sort.key];
  const column = {
    name: 'name',
    country: 'country_iso3',
    operator: 'operator',
    status: 'status',
    raiseMethod: 'raise_method',
    class: 'gistm_class',
    hazard: 'hazard_score',
    toxicity: 'toxicity_class',
  }[sort.key];
  if (scale) {
    // the code's place on the scale; null for codes outside it (sorted last)
    const ranks = scale.map((code, i) => sql`when ${code} then ${sql.lit(i)}`);
    return sql`(case ${sql.ref(column)} ${sql.join(ranks, sql` `)} end)`;
  }
  if (sort.key === 'hazard') return sql.ref(column);
  return sql`lower(${sql.ref(column)})`;
}

export class FacilityRepository {
  constructor(private readonly db: Executor) {}

  /** Existing facilities of one source, keyed by source id, with the hash of their last imported record. */
  async existingBySource(
    source: string,
  ): Promise<Map<string, { id: string; version: number; sourceHash: string | null }>> {
    const rows = await this.db
      .selectFrom('tailings_facility')
      .select(['id', 'source_id', 'version', 'source_hash'])
      .where('source', '=', source)
      .execute();
    return new Map(
      rows.map((r) => [r.source_id, { id: r.id, version: r.version, sourceHash: r.source_hash }]),
    );
  }

  /** The stored records of some facilities (for the rows a re-import may change). */
  async recordsById(ids: string[]): Promise<Map<string, FacilityRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('tailings_facility')
      .select(['id', 'data'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r.data]));
  }

  /**
   * Inserts or overwrites facilities (columns, record, version, source hash). Rows travel as one JSON
   * array per chunk, expanded by json_to_recordset: one bound parameter instead of thousands makes
   * the embedded engine several times faster on large imports. company_id is never overwritten here:
   * only assignCompany links a company.
   */
  async upsert(rows: FacilityWrite[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const parts = rows.slice(i, i + CHUNK).map((r) => {
        const head = JSON.stringify(columnsOf(r));
        return `${head.slice(0, -1)},"data":${r.recordJson ?? JSON.stringify(r.record)}}`;
      });
      const payload = `[${parts.join(',')}]`;
      await sql`
        insert into tailings_facility (${sql.raw(FACILITY_WRITE_COLUMNS.join(', '))}, updated_at)
        select ${sql.raw(FACILITY_WRITE_COLUMNS.join(', '))}, now()
        from json_to_recordset(${payload}::json) as x(${sql.raw(FACILITY_RECORDSET)})
        on conflict (id) do update set
          ${sql.raw(
            FACILITY_WRITE_COLUMNS.filter((c) => c !== 'id' && c !== 'company_id')
              .map((c) => `${c} = excluded.${c}`)
              .join(', '),
          )},
          updated_at = now()`.execute(this.db);
    }
  }

  /** Appends history entries (one per changed facility). */
  async insertVersions(rows: FacilityVersion[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const payload = JSON.stringify(
        rows.slice(i, i + CHUNK).map((r) => ({
          facility_id: r.facilityId,
          version: r.version,
          changes: r.changes,
          reason: r.reason,
          actor_id: r.actorId,
          actor_email: r.actorEmail,
        })),
      );
      await sql`
        insert into tailings_facility_version (facility_id, version, changes, reason, actor_id, actor_email)
        select facility_id, version, changes, reason, actor_id, actor_email
        from json_to_recordset(${payload}::json)
          as x(facility_id uuid, version integer, changes jsonb, reason text, actor_id uuid, actor_email text)`.execute(
        this.db,
      );
    }
  }

  /** Every facility's record with its version and source hash (for rescoring). */
  async allRecords(): Promise<
    { id: string; version: number; sourceHash: string | null; record: FacilityRecord }[]
  > {
    const rows = await this.db
      .selectFrom('tailings_facility')
      .select(['id', 'version', 'source_hash', 'data'])
      .execute();
    return rows.map((r) => ({ id: r.id, version: r.version, sourceHash: r.source_hash, record: r.data }));
  }

  private filtered(filter: FacilityFilter) {
    let q = this.db.selectFrom('tailings_facility');
    if (filter.country) q = q.where('country_iso3', '=', filter.country.toUpperCase());
    if (filter.operator) q = q.where('operator', 'ilike', `%${filter.operator.replace(/[%_\\]/g, '\\$&')}%`);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.raiseMethod) q = q.where('raise_method', '=', filter.raiseMethod);
    if (filter.gistmClass) {
      q =
        filter.gistmClass === 'unclassified'
          ? q.where('gistm_class', 'is', null)
          : q.where('gistm_class', '=', filter.gistmClass);
    }
    if (filter.commodity) q = q.where('commodity', '=', filter.commodity);
    if (filter.toxicityClass) q = q.where('toxicity_class', '=', filter.toxicityClass);
    if (filter.asgm) {
      const asgm = sql<string | null>`data->>'asgm'`;
      q =
        filter.asgm === 'unknown'
          ? q.where(asgm, 'is', null)
          : q.where(asgm, '=', filter.asgm === 'yes' ? 'true' : 'false');
    }
    if (filter.companyId) q = q.where('company_id', '=', filter.companyId);
    if (filter.q) {
      // One search box for what people look facilities up by: their name, the mine's, the operator's, the
      // municipality's.
      const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
      q = q.where((eb) =>
        eb.or([
          eb('name', 'ilike', pattern),
          eb('operator', 'ilike', pattern),
          eb(sql<string>`data->>'mineName'`, 'ilike', pattern),
          eb(sql<string>`data->>'municipality'`, 'ilike', pattern),
        ]),
      );
    }
    return q;
  }

  /**
   * One page of a filtered view, with the view's total: in the sort's order (empty values last either way),
   * then by country, name and id, so that pages never overlap.
   */
  async list(
    filter: FacilityFilter,
    page: { limit: number; offset: number; sort?: FacilitySort | null },
  ): Promise<{ items: FacilitySummary[]; total: number }> {
    const base = this.filtered(filter);
    let ordered = base.select([...SUMMARY_COLUMNS]);
    if (page.sort) {
      const direction = page.sort.descending ? sql`desc` : sql`asc`;
      ordered = ordered.orderBy(sql`${sortExpression(page.sort)} ${direction} nulls last`);
    }
    const [items, total] = await Promise.all([
      ordered
        .orderBy('country_iso3')
        .orderBy('name')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: items.map(summaryOf), total: Number(total.n) };
  }

  /** Full records of a filtered view, for downloads. */
  async downloadRows(filter: FacilityFilter, limit: number): Promise<FacilityDownloadRow[]> {
    const rows = await this.filtered(filter)
      .select([
        'id',
        'data',
        'gistm_class',
        'class_confidence',
        'hazard_score',
        'hazard_coverage',
        'exposure_score',
        'toxicity_class',
        'version',
        'updated_at',
      ])
      .orderBy('country_iso3')
      .orderBy('name')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      record: r.data,
      ...derivedOf(r),
      version: r.version,
      updatedAt: new Date(r.updated_at),
    }));
  }

  /**
   * The map's query: every facility of the filtered view as columns (id, lon, lat, status, class,
   * hazard score, toxicity class), serialised to JSON text by the database in one row: building one
   * JS object per row costs five times more on the embedded engine.
   */
  async mapPointsJson(filter: FacilityFilter): Promise<string> {
    const inner = this.filtered(filter)
      .select(['id', 'name', 'lon', 'lat', 'status', 'gistm_class', 'hazard_score', 'toxicity_class'])
      .where('lon', 'is not', null)
      .where('lat', 'is not', null)
      .orderBy('id');
    const row = await this.db
      .selectFrom(inner.as('p'))
      .select(
        sql<string>`json_build_object(
          'total', count(*),
          'columns', json_build_object(
            'id', coalesce(json_agg(p.id), '[]'), 'name', coalesce(json_agg(p.name), '[]'),
            'lon', coalesce(json_agg(p.lon), '[]'),
            'lat', coalesce(json_agg(p.lat), '[]'), 'status', coalesce(json_agg(p.status), '[]'),
            'gistmClass', coalesce(json_agg(p.gistm_class), '[]'),
            'hazardScore', coalesce(json_agg(p.hazard_score), '[]'),
            'toxicityClass', coalesce(json_agg(p.toxicity_class), '[]')))::text`.as('json'),
      )
      .executeTakeFirstOrThrow();
    return row.json;
  }

  /** One facility, or undefined. */
  async find(id: string): Promise<StoredFacility | undefined> {
    const r = await this.db
      .selectFrom('tailings_facility')
      .select(['id', 'name', 'country_iso3', 'company_id', 'version', 'data', 'source_hash', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      name: r.name,
      countryIso3: r.country_iso3,
      companyId: r.company_id,
      version: r.version,
      record: r.data,
      sourceHash: r.source_hash,
      updatedAt: new Date(r.updated_at),
    };
  }

  /** A facility's versions, newest first. */
  async history(id: string) {
    const rows = await this.db
      .selectFrom('tailings_facility_version')
      .select(['version', 'changes', 'reason', 'actor_id', 'actor_email', 'at'])
      .where('facility_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((h) => ({
      version: h.version,
      reason: h.reason,
      by: h.actor_email,
      byUserId: h.actor_id,
      at: new Date(h.at),
      changes: h.changes,
    }));
  }

  /** The public change log: newest versions across all facilities. */
  async changeLog(limit: number, country?: string) {
    let q = this.db
      .selectFrom('tailings_facility_version as v')
      .innerJoin('tailings_facility as f', 'f.id', 'v.facility_id')
      .select(['v.facility_id', 'f.name', 'f.country_iso3', 'v.version', 'v.reason', 'v.changes', 'v.at']);
    if (country) q = q.where('f.country_iso3', '=', country.toUpperCase());
    const rows = await q.orderBy('v.at', 'desc').orderBy('v.version', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      facilityId: r.facility_id,
      name: r.name,
      countryIso3: r.country_iso3,
      version: r.version,
      reason: r.reason,
      changes: r.changes,
      at: new Date(r.at),
    }));
  }

  /** Links a facility to the company whose operator accounts disclose for it (null unlinks). */
  async setCompany(id: string, companyId: string | null): Promise<void> {
    await this.db
      .updateTable('tailings_facility')
      .set({ company_id: companyId })
      .where('id', '=', id)
      .execute();
  }

  /** Per-country counts and means for the Member States' risk and toxicity map. */
  async countryAggregates() {
    const rows = await sql<{
      country_iso3: string;
      facilities: number;
      active: number;
      closed_or_inactive: number;
      high_class: number;
      classified: number;
      mean_hazard: number | null;
      max_hazard: number | null;
      mean_exposure: number | null;
      toxicity_high: number;
      toxicity_moderate: number;
      toxicity_low: number;
      toxicity_unknown: number;
    }>`
      select country_iso3,
        count(*) as facilities,
        count(*) filter (where status = 'active') as active,
        count(*) filter (where status in ('inactive','closed','abandoned','decharacterising')) as closed_or_inactive,
        count(*) filter (where gistm_class in ('high','very_high','extreme')) as high_class,
        count(gistm_class) as classified,
        avg(hazard_score)::double precision as mean_hazard,
        max(hazard_score) as max_hazard,
        avg(exposure_score)::double precision as mean_exposure,
        count(*) filter (where toxicity_class = 'high') as toxicity_high,
        count(*) filter (where toxicity_class = 'moderate') as toxicity_moderate,
        count(*) filter (where toxicity_class = 'low') as toxicity_low,
        count(*) filter (where toxicity_class = 'unknown') as toxicity_unknown
      from tailings_facility group by country_iso3 order by country_iso3`.execute(this.db);
    return rows.rows.map((r) => ({
      countryIso3: r.country_iso3,
      facilities: Number(r.facilities),
      active: Number(r.active),
      closedOrInactive: Number(r.closed_or_inactive),
      highConsequence: Number(r.high_class),
      classified: Number(r.classified),
      meanHazardScore: r.mean_hazard === null ? null : Math.round(Number(r.mean_hazard) * 100) / 100,
      maxHazardScore: r.max_hazard === null ? null : Number(r.max_hazard),
      meanExposureScore: r.mean_exposure === null ? null : Math.round(Number(r.mean_exposure) * 100) / 100,
      toxicity: {
        high: Number(r.toxicity_high),
        moderate: Number(r.toxicity_moderate),
        low: Number(r.toxicity_low),
        unknown: Number(r.toxicity_unknown),
      },
    }));
  }
}
