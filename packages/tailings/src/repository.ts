import type { Database, Json, StrataTables, Timestamp } from '@strata/db';
import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { FailureRecord } from './domain/csp2.ts';
import type { FacilityRecord } from './domain/facility.ts';
import type { FieldChange } from './domain/history.ts';

export interface FacilityRow {
  id: string;
  source: string;
  source_id: string;
  name: string;
  country_iso3: string;
  operator: string | null;
  company_id: string | null;
  status: string;
  raise_method: string;
  gistm_class: string | null;
  class_confidence: string | null;
  commodity: string | null;
  toxicity_class: string;
  hazard_score: number;
  hazard_coverage: number;
  exposure_score: number;
  lon: number | null;
  lat: number | null;
  height_m: number | null;
  volume_m3: number | null;
  last_review: string | null;
  version: number;
  data: Json<FacilityRecord>;
  source_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

interface FacilityVersionRow {
  facility_id: string;
  version: number;
  data: Json<FacilityRecord> | null;
  changes: Json<FieldChange[]>;
  reason: string;
  actor_id: string | null;
  actor_email: string | null;
  at: Timestamp;
}

declare module '@strata/db' {
  interface StrataTables {
    tailings_facility: FacilityRow;
    tailings_facility_version: FacilityVersionRow;
    tailings_import: {
      id: string;
      format: string;
      file_name: string | null;
      file_sha256: string;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      actor_id: string | null;
      at: Timestamp;
    };
    tailings_disclosure: {
      id: string;
      facility_id: string;
      company_id: string | null;
      status: string;
      changes: Json<Partial<FacilityRecord>>;
      note: string | null;
      comments: string | null;
      submitted_by: string | null;
      submitted_by_email: string | null;
      submitted_at: Timestamp;
      decided_by: string | null;
      decided_at: Timestamp | null;
    };
    tailings_review: {
      id: string;
      facility_id: string;
      kind: string;
      reviewer: string;
      review_date: string;
      scope: string;
      outcome: string;
      principles: Json<number[]>;
      next_due: string | null;
      created_by: string | null;
      created_at: Timestamp;
    };
    tailings_finding: {
      id: string;
      review_id: string;
      facility_id: string;
      text: string;
      severity: string;
      status: string;
      closed_at: Timestamp | null;
    };
    tailings_requirement: { id: string; principle: number; text: string; updated_at: Timestamp };
    tailings_self_assessment: {
      facility_id: string;
      requirement_id: string;
      status: string;
      note: string | null;
      updated_by: string | null;
      updated_at: Timestamp;
    };
    tailings_resource: {
      id: string;
      title: string;
      kind: string;
      url: string | null;
      summary: string;
      language: string;
      topics: Json<string[]>;
      created_at: Timestamp;
    };
    tailings_knowledge_gap: {
      id: string;
      topic: string;
      title: string;
      description: string;
      status: string;
      resource_ids: Json<string[]>;
      created_at: Timestamp;
    };
    tailings_failure: {
      source_id: string;
      year: number;
      country_iso3: string | null;
      raise_method: string;
      cause: string | null;
      data: Json<FailureRecord>;
    };
  }
}

export type Trx = Kysely<StrataTables> | Transaction<StrataTables>;

/** The columns kept beside the record for filtering, sorting and the map. */
export type FacilityColumns = Omit<
  FacilityRow,
  'id' | 'data' | 'created_at' | 'updated_at' | 'version' | 'source_hash'
>;

export interface FacilityFilter {
  country?: string;
  operator?: string;
  status?: string;
  raiseMethod?: string;
  gistmClass?: string;
  commodity?: string;
  toxicityClass?: string;
  q?: string;
  companyId?: string;
}

/** A facility's summary row (no full record). */
export type FacilitySummary = Omit<FacilityRow, 'data' | 'created_at' | 'updated_at' | 'source_hash'> & {
  updated_at: Date;
};

const SUMMARY_COLUMNS = [
  'id',
  'source',
  'source_id',
  'name',
  'country_iso3',
  'operator',
  'company_id',
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
  'last_review',
  'version',
  'updated_at',
] as const;

/** Rows per JSON batch written with jsonb_to_recordset. */
const CHUNK = 1000;

/** The facility columns an import writes, with their SQL types for jsonb_to_recordset. */
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

/** Facilities, their history, disclosures, reviews, GISTM self-assessments and the knowledge registers. */
export class TailingsRepository {
  constructor(private readonly db: Database) {}

  get kysely(): Kysely<StrataTables> {
    return this.db.kysely;
  }

  transaction<T>(fn: (trx: Transaction<StrataTables>) => Promise<T>): Promise<T> {
    return this.db.kysely.transaction().execute(fn);
  }

  /** Existing facilities of one source, keyed by source id, with the hash of their last imported record. */
  async existingBySource(
    trx: Trx,
    source: string,
  ): Promise<Map<string, { id: string; version: number; sourceHash: string | null }>> {
    const rows = await trx
      .selectFrom('tailings_facility')
      .select(['id', 'source_id', 'version', 'source_hash'])
      .where('source', '=', source)
      .execute();
    return new Map(
      rows.map((r) => [r.source_id, { id: r.id, version: r.version, sourceHash: r.source_hash }]),
    );
  }

  /** The stored records of some facilities (for the rows a re-import may change). */
  async recordsById(trx: Trx, ids: string[]): Promise<Map<string, FacilityRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await trx
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
  async upsertFacilities(
    trx: Trx,
    rows: {
      id: string;
      version: number;
      columns: FacilityColumns;
      record: FacilityRecord;
      /** The record already serialised (the import hashes it), to avoid serialising twice. */
      recordJson?: string;
      sourceHash: string | null;
    }[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const parts = rows.slice(i, i + CHUNK).map((r) => {
        const head = JSON.stringify({
          ...r.columns,
          id: r.id,
          version: r.version,
          source_hash: r.sourceHash,
        });
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
          updated_at = now()`.execute(trx);
    }
  }

  async insertVersions(
    trx: Trx,
    rows: {
      facilityId: string;
      version: number;
      changes: FieldChange[];
      reason: string;
      actorId: string | null;
      actorEmail: string | null;
    }[],
  ): Promise<void> {
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
        trx,
      );
    }
  }

  /** Every facility's record with its version, company and source hash (for rescoring). */
  async allRecords(trx: Trx) {
    return trx
      .selectFrom('tailings_facility')
      .select(['id', 'version', 'company_id', 'source_hash', 'data'])
      .execute();
  }

  async findImportByHash(sha256: string) {
    return this.db.kysely
      .selectFrom('tailings_import')
      .selectAll()
      .where('file_sha256', '=', sha256)
      .executeTakeFirst();
  }

  async insertImport(trx: Trx, row: StrataTables['tailings_import'] extends infer R ? Omit<R, 'at'> : never) {
    await trx.insertInto('tailings_import').values(row).execute();
  }

  private filtered(filter: FacilityFilter) {
    let q = this.db.kysely.selectFrom('tailings_facility');
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
    if (filter.companyId) q = q.where('company_id', '=', filter.companyId);
    if (filter.q) q = q.where('name', 'ilike', `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`);
    return q;
  }

  async listFacilities(
    filter: FacilityFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: FacilitySummary[]; total: number }> {
    const base = this.filtered(filter);
    const [items, total] = await Promise.all([
      base
        .select([...SUMMARY_COLUMNS])
        .orderBy('country_iso3')
        .orderBy('name')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: items as FacilitySummary[], total: Number(total.n) };
  }

  /** Full records of a filtered view, for downloads. */
  async facilityRecords(filter: FacilityFilter, limit: number) {
    return this.filtered(filter)
      .select([
        'id',
        'data',
        'gistm_class',
        'class_confidence',
        'hazard_score',
        'exposure_score',
        'toxicity_class',
        'version',
        'updated_at',
      ])
      .orderBy('country_iso3')
      .orderBy('name')
      .limit(limit)
      .execute();
  }

  /**
   * The map's query: every facility of the filtered view as columns (id, lon, lat, status, class,
   * hazard score, toxicity class), serialised to JSON text by the database in one row: building one
   * JS object per row costs five times more on the embedded engine.
   */
  async mapPointsJson(filter: FacilityFilter): Promise<string> {
    const inner = this.filtered(filter)
      .select(['id', 'lon', 'lat', 'status', 'gistm_class', 'hazard_score', 'toxicity_class'])
      .where('lon', 'is not', null)
      .where('lat', 'is not', null)
      .orderBy('id');
    const row = await this.db.kysely
      .selectFrom(inner.as('p'))
      .select(
        sql<string>`json_build_object(
          'total', count(*),
          'columns', json_build_object(
            'id', coalesce(json_agg(p.id), '[]'), 'lon', coalesce(json_agg(p.lon), '[]'),
            'lat', coalesce(json_agg(p.lat), '[]'), 'status', coalesce(json_agg(p.status), '[]'),
            'gistmClass', coalesce(json_agg(p.gistm_class), '[]'),
            'hazardScore', coalesce(json_agg(p.hazard_score), '[]'),
            'toxicityClass', coalesce(json_agg(p.toxicity_class), '[]')))::text`.as('json'),
      )
      .executeTakeFirstOrThrow();
    return row.json;
  }

  async getFacility(trx: Trx, id: string): Promise<Selectable<FacilityRow> | undefined> {
    return trx.selectFrom('tailings_facility').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async facilityHistory(id: string) {
    return this.db.kysely
      .selectFrom('tailings_facility_version')
      .select(['version', 'changes', 'reason', 'actor_email', 'at'])
      .where('facility_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
  }

  async facilityVersion(id: string, version: number) {
    return this.db.kysely
      .selectFrom('tailings_facility_version')
      .selectAll()
      .where('facility_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
  }

  /** The public change log: newest versions across all facilities. */
  async changeLog(limit: number, country?: string) {
    let q = this.db.kysely
      .selectFrom('tailings_facility_version as v')
      .innerJoin('tailings_facility as f', 'f.id', 'v.facility_id')
      .select(['v.facility_id', 'f.name', 'f.country_iso3', 'v.version', 'v.reason', 'v.changes', 'v.at']);
    if (country) q = q.where('f.country_iso3', '=', country.toUpperCase());
    return q.orderBy('v.at', 'desc').orderBy('v.version', 'desc').limit(limit).execute();
  }

  async setCompany(trx: Trx, id: string, companyId: string | null) {
    await trx.updateTable('tailings_facility').set({ company_id: companyId }).where('id', '=', id).execute();
  }

  // Disclosures

  async insertDisclosure(trx: Trx, row: Insertable<StrataTables['tailings_disclosure']>) {
    await trx.insertInto('tailings_disclosure').values(row).execute();
  }

  async getDisclosure(trx: Trx, id: string) {
    return trx.selectFrom('tailings_disclosure').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listDisclosures(filter: {
    status?: string;
    facilityId?: string;
    companyId?: string;
    country?: string;
  }) {
    let q = this.db.kysely
      .selectFrom('tailings_disclosure as d')
      .innerJoin('tailings_facility as f', 'f.id', 'd.facility_id')
      .selectAll('d')
      .select(['f.name as facility_name', 'f.country_iso3']);
    if (filter.status) q = q.where('d.status', '=', filter.status);
    if (filter.facilityId) q = q.where('d.facility_id', '=', filter.facilityId);
    if (filter.companyId) q = q.where('d.company_id', '=', filter.companyId);
    if (filter.country) q = q.where('f.country_iso3', '=', filter.country);
    return q.orderBy('d.submitted_at', 'desc').limit(500).execute();
  }

  async decideDisclosure(
    trx: Trx,
    id: string,
    status: 'published' | 'returned',
    by: string,
    comments: string | null,
  ) {
    await trx
      .updateTable('tailings_disclosure')
      .set({ status, decided_by: by, decided_at: new Date(), comments })
      .where('id', '=', id)
      .execute();
  }

  // Reviews, audits, findings

  async insertReview(
    trx: Trx,
    row: Omit<StrataTables['tailings_review'], 'created_at' | 'principles'> & { principles: number[] },
  ) {
    await trx
      .insertInto('tailings_review')
      .values({ ...row, principles: JSON.stringify(row.principles) })
      .execute();
  }

  async insertFindings(trx: Trx, rows: Omit<StrataTables['tailings_finding'], 'closed_at'>[]) {
    if (rows.length > 0) await trx.insertInto('tailings_finding').values(rows).execute();
  }

  async reviews(facilityId: string) {
    return this.db.kysely
      .selectFrom('tailings_review')
      .selectAll()
      .where('facility_id', '=', facilityId)
      .orderBy('review_date', 'desc')
      .execute();
  }

  async findings(facilityIds: string[]) {
    if (facilityIds.length === 0) return [];
    return this.db.kysely
      .selectFrom('tailings_finding')
      .selectAll()
      .where('facility_id', 'in', facilityIds)
      .execute();
  }

  async getFinding(trx: Trx, id: string) {
    return trx.selectFrom('tailings_finding').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async setFindingStatus(trx: Trx, id: string, status: 'open' | 'closed') {
    await trx
      .updateTable('tailings_finding')
      .set({ status, closed_at: status === 'closed' ? new Date() : null })
      .where('id', '=', id)
      .execute();
  }

  // GISTM

  async seedRequirements(rows: { id: string; principle: number; text: string }[]) {
    await this.db.kysely
      .insertInto('tailings_requirement')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async requirements() {
    return this.db.kysely
      .selectFrom('tailings_requirement')
      .selectAll()
      .orderBy('principle')
      .orderBy('id')
      .execute();
  }

  async upsertRequirement(trx: Trx, row: { id: string; principle: number; text: string }) {
    await trx
      .insertInto('tailings_requirement')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ principle: row.principle, text: row.text, updated_at: new Date() }),
      )
      .execute();
  }

  async selfAssessment(facilityId: string) {
    return this.db.kysely
      .selectFrom('tailings_self_assessment')
      .selectAll()
      .where('facility_id', '=', facilityId)
      .execute();
  }

  async upsertSelfAssessment(
    trx: Trx,
    rows: {
      facility_id: string;
      requirement_id: string;
      status: string;
      note: string | null;
      updated_by: string | null;
    }[],
  ) {
    for (const row of rows) {
      await trx
        .insertInto('tailings_self_assessment')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['facility_id', 'requirement_id']).doUpdateSet({
            status: row.status,
            note: row.note,
            updated_by: row.updated_by,
            updated_at: new Date(),
          }),
        )
        .execute();
    }
  }

  // Resources and knowledge gaps

  async insertResource(
    trx: Trx,
    row: Omit<StrataTables['tailings_resource'], 'created_at' | 'topics'> & { topics: string[] },
  ) {
    await trx
      .insertInto('tailings_resource')
      .values({ ...row, topics: JSON.stringify(row.topics) })
      .execute();
  }

  async resources() {
    return this.db.kysely.selectFrom('tailings_resource').selectAll().orderBy('title').execute();
  }

  async insertGap(
    trx: Trx,
    row: Omit<StrataTables['tailings_knowledge_gap'], 'created_at' | 'resource_ids'> & {
      resource_ids: string[];
    },
  ) {
    await trx
      .insertInto('tailings_knowledge_gap')
      .values({ ...row, resource_ids: JSON.stringify(row.resource_ids) })
      .execute();
  }

  async gaps() {
    return this.db.kysely
      .selectFrom('tailings_knowledge_gap')
      .selectAll()
      .orderBy('topic')
      .orderBy('title')
      .execute();
  }

  async countRows(
    table: 'tailings_resource' | 'tailings_knowledge_gap' | 'tailings_requirement',
  ): Promise<number> {
    const r = await this.db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // Failures

  async upsertFailures(trx: Trx, rows: FailureRecord[]): Promise<{ created: number; updated: number }> {
    const existing = new Set(
      (await trx.selectFrom('tailings_failure').select('source_id').execute()).map((r) => r.source_id),
    );
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await trx
        .insertInto('tailings_failure')
        .values(
          chunk.map((r) => ({
            source_id: r.sourceId,
            year: r.year,
            country_iso3: r.countryIso3,
            raise_method: r.raiseMethod,
            cause: r.cause,
            data: JSON.stringify(r),
          })),
        )
        .onConflict((oc) =>
          oc.column('source_id').doUpdateSet((eb) => ({
            year: eb.ref('excluded.year'),
            country_iso3: eb.ref('excluded.country_iso3'),
            raise_method: eb.ref('excluded.raise_method'),
            cause: eb.ref('excluded.cause'),
            data: eb.ref('excluded.data'),
          })),
        )
        .execute();
    }
    const created = rows.filter((r) => !existing.has(r.sourceId)).length;
    return { created, updated: rows.length - created };
  }

  async failures() {
    return this.db.kysely.selectFrom('tailings_failure').select('data').orderBy('year', 'desc').execute();
  }

  // Regulator view and country aggregates

  /** Facilities of a country with their latest review date and open findings count. */
  async regulatorRows(country: string) {
    return this.db.kysely
      .selectFrom('tailings_facility as f')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('tailings_review')
            .select([
              'facility_id',
              (e) => e.fn.max('review_date').as('last_review_date'),
              (e) => e.fn.max('next_due').as('next_due'),
            ])
            .groupBy('facility_id')
            .as('r'),
        (join) => join.onRef('r.facility_id', '=', 'f.id'),
      )
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('tailings_finding')
            .select(['facility_id', (e) => e.fn.countAll<number>().as('open_findings')])
            .where('status', '=', 'open')
            .groupBy('facility_id')
            .as('o'),
        (join) => join.onRef('o.facility_id', '=', 'f.id'),
      )
      .select([
        'f.id',
        'f.name',
        'f.operator',
        'f.status',
        'f.gistm_class',
        'f.hazard_score',
        'f.last_review',
        'r.last_review_date',
        'r.next_due',
        'o.open_findings',
      ])
      .where('f.country_iso3', '=', country)
      .orderBy('f.name')
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
      from tailings_facility group by country_iso3 order by country_iso3`.execute(this.db.kysely);
    return rows.rows;
  }
}
