import { createHash } from 'node:crypto';
import { type Actor, authorize, decodeText, findCountry, newId, ValidationError } from '@strata/core';
import { type Band, relativeBand } from '../domain/band.ts';
import { parseCementCsv } from '../domain/cement.ts';
import { DENOMINATOR_SOURCES, type Denominator, parseWorldBankCsv } from '../domain/denominators.ts';
import { type IrpRow, type LineReject, parseIrpLine } from '../domain/irp.ts';
import {
  CEMENT_SOURCE,
  FIRST_YEAR,
  type Indicator,
  IRP_SOURCE,
  type SandSource,
  TIER_RELATIVE_BAND,
} from '../domain/parameters.ts';
import { type SandUnit, toTonnes } from '../domain/units.ts';
import type { SandWork } from '../repository/index.ts';
import type { SandValue } from '../repository/value-repository.ts';

const INDICATOR: Indicator = 'construction-aggregates';
const IRP_HEADER = 'alphanumiso;CCC_Code;year;unit;value';

/** What an import did, or would have done: rows accepted, rows rejected with their line, whether it saved. */
export interface SandImportReport {
  kind: 'irp' | 'cement';
  sourceId: string;
  /** Figures written (or that would have been written had no row been rejected). */
  rows: number;
  rejected: LineReject[];
  /** Header columns left out (cement: historical and sub-national series). */
  skippedColumns: string[];
  /** Rows left out because a current country's row covers the same year (IRP: the former Sudan). */
  superseded: LineReject[];
  /** False when a row was rejected: the import is all-or-nothing and nothing was saved. */
  saved: boolean;
  /** True when the same file had been imported before and `skipIfSeen` was asked (seeding). */
  skipped: boolean;
}

export interface SandImportOptions {
  fileName?: string | null;
  /** Run as the system (seeding) with actor null; the audit row names `auditAction`. */
  system?: boolean;
  auditAction?: string;
  /** Skip when a file with the same SHA-256 was imported already for the source (idempotent seeding). */
  skipIfSeen?: boolean;
  progress?: (done: number, total: number) => void;
}

/** An official statistic for one year, in the unit the State reports it in. */
export interface OfficialFigure {
  year: number;
  value: number;
  unit: SandUnit;
  /** Bulk density in t/m³, required when `unit` is m3. */
  densityTPerM3?: number;
}

/** A country's approved official series, with the source it comes from. */
export interface OfficialSeries {
  iso3: string;
  source: Omit<SandSource, 'tier'>;
  figures: OfficialFigure[];
}

/** The IRP rows of a file: accepted, rejected by line, and superseded by a current country's rows. */
export interface IrpFile {
  rows: IrpRow[];
  rejected: LineReject[];
  /** Rows of a former entity (same ISO3, older M49 code) for years the current country covers. */
  superseded: LineReject[];
}

/**
 * Parses the IRP export's A.3.8.2 rows, rejecting malformed rows and repeated country-years by line.
 * The export lists Sudan twice: the former Sudan (M49 736, 1970–2018) and Sudan (M49 729, from 2011).
 * Where one ISO3 code has rows under two M49 codes for a year, the row of the country's current M49
 * code is kept and the other is reported as superseded, so the former entity's years fill the earlier
 * part of the series without counting the overlap twice.
 */
export function parseIrpFile(text: string): IrpFile {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').trim();
  if (header !== IRP_HEADER) {
    return {
      rows: [],
      rejected: [{ line: 1, message: `the header must be "${IRP_HEADER}"` }],
      superseded: [],
    };
  }
  const kept = new Map<string, { row: IrpRow; line: number; m49: string }>();
  const rejected: LineReject[] = [];
  const superseded: LineReject[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const parsed = parseIrpLine(text, i + 1);
    if (parsed === null) continue;
    if ('message' in parsed) {
      rejected.push(parsed);
      continue;
    }
    const entry = { row: parsed, line: i + 1, m49: text.slice(3, text.indexOf(';')) };
    const key = `${parsed.iso3}:${parsed.year}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, entry);
    } else if (first.m49 === entry.m49) {
      rejected.push({
        line: entry.line,
        message: `${parsed.iso3} ${parsed.year} repeats line ${first.line}`,
      });
    } else {
      const current = findCountry(parsed.iso3)?.m49;
      const [keep, drop] = entry.m49 === current ? [entry, first] : [first, entry];
      kept.set(key, keep);
      superseded.push({
        line: drop.line,
        message: `${parsed.iso3} (M49 ${drop.m49}) ${parsed.year}: superseded by M49 ${keep.m49} on line ${keep.line}`,
      });
    }
  }
  const rows = [...kept.values()].map((e) => e.row);
  if (rows.length === 0 && rejected.length === 0) {
    rejected.push({ line: 1, message: 'the file has no A.3.8.2 row' });
  }
  return { rows, rejected, superseded };
}

/** What a population or GDP import did: rows accepted, aggregates left out, rows rejected with their line. */
export interface DenominatorImportReport {
  kind: Denominator;
  sourceId: string;
  rows: number;
  /** Rows of regional or income aggregates (not countries), left out. */
  aggregates: number;
  rejected: LineReject[];
  saved: boolean;
  skipped: boolean;
}

/** Imports of the source data sets and of approved official statistics; each replaces its source's figures. */
export class SandImportService {
  constructor(
    private readonly work: SandWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Imports the IRP Global Material Flows export (code A.3.8.2 rows), all-or-nothing: when any row is
   * rejected nothing is saved and the report lists each rejected line with its reason.
   */
  async importIrp(
    actor: Actor | null,
    bytes: Uint8Array,
    options: SandImportOptions = {},
  ): Promise<SandImportReport> {
    if (!options.system) authorize(actor, 'sand.source.import');
    const base = { kind: 'irp' as const, sourceId: IRP_SOURCE.id, skippedColumns: [] };
    const sha256 = digest(bytes);
    if (options.skipIfSeen && (await this.work.read.sand.importSeen(IRP_SOURCE.id, sha256))) {
      return { ...base, rows: 0, rejected: [], superseded: [], saved: false, skipped: true };
    }
    const { rows, rejected, superseded } = parseIrpFile(decodeText(bytes, 'utf-8'));
    const values = rows.map((r) =>
      figureOf(IRP_SOURCE, r.iso3, r.year, relativeBand(r.tonnes, TIER_RELATIVE_BAND.irp)),
    );
    const report = { ...base, rows: values.length, rejected, superseded, saved: false, skipped: false };
    if (rejected.length > 0) return report;
    await this.replace(actor, IRP_SOURCE, values, { ...options, kind: 'irp', sha256 });
    return { ...report, saved: true };
  }

  /**
   * Imports R. Andrew's cement production table and applies the cement proxy (factor band in
   * `CEMENT_FACTORS`), all-or-nothing like {@link importIrp}.
   */
  async importCement(
    actor: Actor | null,
    bytes: Uint8Array,
    options: SandImportOptions = {},
  ): Promise<SandImportReport> {
    if (!options.system) authorize(actor, 'sand.source.import');
    const base = { kind: 'cement' as const, sourceId: CEMENT_SOURCE.id };
    const sha256 = digest(bytes);
    if (options.skipIfSeen && (await this.work.read.sand.importSeen(CEMENT_SOURCE.id, sha256))) {
      return {
        ...base,
        rows: 0,
        rejected: [],
        skippedColumns: [],
        superseded: [],
        saved: false,
        skipped: true,
      };
    }
    const batch = parseCementCsv(decodeText(bytes, 'utf-8'));
    const values = batch.rows.map((r) => figureOf(CEMENT_SOURCE, r.iso3, r.year, r.band));
    const report = {
      ...base,
      rows: values.length,
      rejected: batch.rejected,
      skippedColumns: batch.skippedColumns,
      superseded: [],
      saved: false,
      skipped: false,
    };
    if (batch.rejected.length > 0) return report;
    await this.replace(actor, CEMENT_SOURCE, values, { ...options, kind: 'cement', sha256 });
    return { ...report, saved: true };
  }

  /**
   * Imports a World Bank population or GDP table (the denominators of per-capita and per-GDP figures),
   * replacing the set of that kind; all-or-nothing like {@link importIrp}.
   */
  async importDenominator(
    actor: Actor | null,
    kind: Denominator,
    bytes: Uint8Array,
    options: SandImportOptions = {},
  ): Promise<DenominatorImportReport> {
    if (!options.system) authorize(actor, 'sand.source.import');
    const source = DENOMINATOR_SOURCES[kind];
    const base = { kind, sourceId: source.id };
    const sha256 = digest(bytes);
    if (options.skipIfSeen && (await this.work.read.denominators.set(kind))?.fileSha256 === sha256) {
      return { ...base, rows: 0, aggregates: 0, rejected: [], saved: false, skipped: true };
    }
    const { rows, rejected, aggregates } = parseWorldBankCsv(decodeText(bytes, 'utf-8'));
    const report = { ...base, rows: rows.length, aggregates, rejected, saved: false, skipped: false };
    if (rejected.length > 0) return report;
    const set = {
      kind,
      sourceId: source.id,
      fileName: options.fileName ?? null,
      fileSha256: sha256,
      rows: rows.length,
      actorId: actor?.userId ?? null,
    };
    await this.work.run(async ({ denominators }, tx) => {
      const before = await denominators.set(kind);
      await denominators.replaceSet(set, rows, (done) => options.progress?.(done, rows.length));
      await tx.audit({
        actor,
        action: options.system ? (options.auditAction ?? 'system.sand.import') : 'sand.source.import',
        entity: 'sand_denominator_set',
        entityId: kind,
        before: before ? { rows: before.rows, fileSha256: before.fileSha256 } : null,
        after: { rows: rows.length, fileSha256: sha256, fileName: set.fileName },
      });
    });
    return { ...report, saved: true };
  }

  /**
   * Records a country's approved official statistics (the strongest tier), converted to tonnes; replaces
   * the figures of the same source. Refuses the whole series when any figure is invalid.
   */
  async recordOfficial(
    actor: Actor | null,
    series: OfficialSeries,
    options: Pick<SandImportOptions, 'system' | 'auditAction'> = {},
  ): Promise<number> {
    const iso3 = series.iso3.toUpperCase();
    if (!options.system) authorize(actor, 'sand.official.record', { countryIso3: iso3 });
    const source: SandSource = { ...series.source, tier: 'official' };
    const issues = officialIssues(iso3, series.figures, this.now().getUTCFullYear());
    if (issues.length > 0) throw new ValidationError('The official series is not valid.', issues);
    const values = series.figures.map((f) => {
      const tonnes = toTonnes(f.value, f.unit, f.densityTPerM3);
      return figureOf(source, iso3, f.year, relativeBand(tonnes, TIER_RELATIVE_BAND.official));
    });
    await this.replace(actor, source, values, {
      kind: 'official',
      system: options.system,
      auditAction: options.auditAction ?? (options.system ? undefined : 'sand.official.record'),
    });
    return values.length;
  }

  /** Replaces every figure of `source` with `values` in one transaction, with the import log and audit. */
  private async replace(
    actor: Actor | null,
    source: SandSource,
    values: SandValue[],
    meta: SandImportOptions & { kind: string; sha256?: string },
  ): Promise<void> {
    const importId = newId();
    const action = meta.system
      ? (meta.auditAction ?? 'system.sand.import')
      : (meta.auditAction ?? 'sand.source.import');
    await this.work.run(async ({ sand }, tx) => {
      const removed = await sand.replaceSource(
        source,
        values.map((v) => ({ ...v, importId })),
        (done) => meta.progress?.(done, values.length),
      );
      if (meta.sha256) {
        await sand.insertImport({
          id: importId,
          kind: meta.kind,
          sourceId: source.id,
          fileName: meta.fileName ?? null,
          fileSha256: meta.sha256,
          rows: values.length,
          rejected: 0,
          actorId: actor?.userId ?? null,
        });
      }
      await tx.audit({
        actor,
        action,
        entity: 'sand_source',
        entityId: source.id,
        before: { values: removed },
        after: { values: values.length, importId, fileName: meta.fileName ?? null },
      });
    });
  }
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One figure of `source` for a country and year, with the source's provenance. */
export function figureOf(source: SandSource, iso3: string, year: number, band: Band): SandValue {
  return {
    iso3,
    year,
    indicator: INDICATOR,
    tier: source.tier,
    sourceId: source.id,
    low: band.low,
    central: band.central,
    high: band.high,
    unit: 't',
    licence: source.licence,
    retrieved: source.retrieved,
    method: source.method,
    importId: null,
  };
}

function officialIssues(iso3: string, figures: readonly OfficialFigure[], thisYear: number) {
  const issues: { path: string; message: string }[] = [];
  if (!findCountry(iso3)) issues.push({ path: 'iso3', message: `"${iso3}" is not a known country` });
  if (figures.length === 0) issues.push({ path: 'figures', message: 'at least one figure is needed' });
  const years = new Set<number>();
  figures.forEach((f, i) => {
    const at = `figures[${i}]`;
    if (!Number.isInteger(f.year) || f.year < FIRST_YEAR || f.year > thisYear) {
      issues.push({ path: `${at}.year`, message: `year must be ${FIRST_YEAR}–${thisYear}` });
    } else if (years.has(f.year)) {
      issues.push({ path: `${at}.year`, message: `${f.year} appears twice` });
    }
    years.add(f.year);
    if (!Number.isFinite(f.value) || f.value < 0) {
      issues.push({ path: `${at}.value`, message: 'value must be a non-negative number' });
    }
    if (f.unit === 'm3' && !(f.densityTPerM3 !== undefined && f.densityTPerM3 > 0)) {
      issues.push({
        path: `${at}.densityTPerM3`,
        message: 'a figure in m3 needs a positive density in t/m3',
      });
    }
  });
  return issues;
}
