import type { Executor, StrataTables } from '@strata/db';
import type { Band } from '../domain/band.ts';
import type { SandSource } from '../domain/parameters.ts';
import type { Tier } from '../domain/tiers.ts';
import './tables.ts';

/** One published figure: a country, a year, an indicator and a method tier, with its band and provenance. */
export interface SandValue extends Band {
  iso3: string;
  year: number;
  indicator: string;
  tier: Tier;
  sourceId: string;
  unit: string;
  licence: string;
  retrieved: string;
  method: string;
  importId: string | null;
}

/** One import run of a source file, as the import log keeps it. */
export interface SandImportRun {
  id: string;
  kind: string;
  sourceId: string;
  fileName: string | null;
  fileSha256: string;
  rows: number;
  rejected: number;
  actorId: string | null;
}

/** Rows per insert: 13 parameters a row keeps a slice well under PostgreSQL's 65,535 bind parameters. */
const SLICE = 2000;

type ValueRow = StrataTables['sand_value'];

function sandValueOf(r: ValueRow): SandValue {
  return {
    iso3: r.iso3,
    year: r.year,
    indicator: r.indicator,
    tier: r.tier as Tier,
    sourceId: r.source_id,
    // PostgreSQL returns double precision as numbers; Number() keeps PGlite and pg alike.
    low: Number(r.value_low),
    central: Number(r.value_central),
    high: Number(r.value_high),
    unit: r.unit,
    licence: r.licence,
    retrieved: r.retrieved,
    method: r.method,
    importId: r.import_id,
  };
}

function rowOf(v: SandValue): ValueRow {
  return {
    iso3: v.iso3,
    year: v.year,
    indicator: v.indicator,
    tier: v.tier,
    source_id: v.sourceId,
    value_low: v.low,
    value_central: v.central,
    value_high: v.high,
    unit: v.unit,
    licence: v.licence,
    retrieved: v.retrieved,
    method: v.method,
    import_id: v.importId,
  };
}

/** Sand figures, their sources and the import log. */
export class SandRepository {
  constructor(private readonly db: Executor) {}

  async upsertSource(source: SandSource): Promise<void> {
    const values = {
      title: source.title,
      publisher: source.publisher,
      licence: source.licence,
      url: source.url,
      retrieved: source.retrieved,
      tier: source.tier,
      method: source.method,
    };
    await this.db
      .insertInto('sand_source')
      .values({ id: source.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: new Date() }))
      .execute();
  }

  async sources(): Promise<SandSource[]> {
    const rows = await this.db.selectFrom('sand_source').selectAll().orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      licence: r.licence,
      url: r.url,
      retrieved: r.retrieved,
      tier: r.tier as Tier,
      method: r.method,
    }));
  }

  /** Removes every figure of a source (before a re-import replaces them); returns how many. */
  async deleteBySource(sourceId: string, filter: { iso3?: string } = {}): Promise<number> {
    let q = this.db.deleteFrom('sand_value').where('source_id', '=', sourceId);
    if (filter.iso3) q = q.where('iso3', '=', filter.iso3);
    const result = await q.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Replaces every figure of `source` with `values` (the caller's transaction); returns how many went. */
  async replaceSource(
    source: SandSource,
    values: readonly SandValue[],
    progress?: (done: number) => void,
  ): Promise<number> {
    await this.upsertSource(source);
    const removed = await this.deleteBySource(source.id);
    await this.upsertValues(values, progress);
    return removed;
  }

  /** Inserts or replaces figures, in slices; `progress` is called after each slice. */
  async upsertValues(values: readonly SandValue[], progress?: (done: number) => void): Promise<void> {
    for (let start = 0; start < values.length; start += SLICE) {
      const rows = values.slice(start, start + SLICE).map(rowOf);
      await this.db
        .insertInto('sand_value')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['iso3', 'year', 'indicator', 'tier', 'source_id']).doUpdateSet((eb) => ({
            value_low: eb.ref('excluded.value_low'),
            value_central: eb.ref('excluded.value_central'),
            value_high: eb.ref('excluded.value_high'),
            unit: eb.ref('excluded.unit'),
            licence: eb.ref('excluded.licence'),
            retrieved: eb.ref('excluded.retrieved'),
            method: eb.ref('excluded.method'),
            import_id: eb.ref('excluded.import_id'),
          })),
        )
        .execute();
      progress?.(Math.min(start + SLICE, values.length));
    }
  }

  /** Every figure of one country (all indicators, or one), by indicator and year. */
  async forCountry(iso3: string, indicator?: string): Promise<SandValue[]> {
    let q = this.db.selectFrom('sand_value').selectAll().where('iso3', '=', iso3);
    if (indicator) q = q.where('indicator', '=', indicator);
    const rows = await q.orderBy('indicator').orderBy('year').orderBy('tier').execute();
    return rows.map(sandValueOf);
  }

  /** Every figure of one indicator in one year, all countries and tiers. */
  async forYear(indicator: string, year: number): Promise<SandValue[]> {
    const rows = await this.db
      .selectFrom('sand_value')
      .selectAll()
      .where('indicator', '=', indicator)
      .where('year', '=', year)
      .orderBy('iso3')
      .execute();
    return rows.map(sandValueOf);
  }

  /** Every figure of an indicator (or of all), by country, year and tier: the export. */
  async all(filter: { indicator?: string; year?: number } = {}): Promise<SandValue[]> {
    let q = this.db.selectFrom('sand_value').selectAll();
    if (filter.indicator) q = q.where('indicator', '=', filter.indicator);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    const rows = await q.orderBy('iso3').orderBy('indicator').orderBy('year').orderBy('tier').execute();
    return rows.map(sandValueOf);
  }

  /** The years with at least one figure for the indicator, ascending. */
  async years(indicator: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('sand_value')
      .select('year')
      .distinct()
      .where('indicator', '=', indicator)
      .orderBy('year')
      .execute();
    return rows.map((r) => r.year);
  }

  /** Whether a file with this SHA-256 was imported before for the source. */
  async importSeen(sourceId: string, sha256: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('sand_import')
      .select('id')
      .where('file_sha256', '=', sha256)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insertImport(run: SandImportRun): Promise<void> {
    await this.db
      .insertInto('sand_import')
      .values({
        id: run.id,
        kind: run.kind,
        source_id: run.sourceId,
        file_name: run.fileName,
        file_sha256: run.fileSha256,
        rows: run.rows,
        rejected: run.rejected,
        actor_id: run.actorId,
      })
      .execute();
  }
}
