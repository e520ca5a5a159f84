import { createHash } from 'node:crypto';
import { type Actor, authorize, decodeText, newId, ValidationError } from '@strata/core';
import type {
  FacilityRecord,
  HeaderReport,
  InvalidFieldReport,
  ParsedBatch,
  RejectedRow,
} from '../domain/facility.ts';
import { parseGtpJson } from '../domain/gtp.ts';
import { diffRecords, mergeReimport } from '../domain/history.ts';
import { parseMappedCsv, parseMappedGeoJson, validateMapping } from '../domain/mapped.ts';
import { parseMappedXlsx } from '../domain/mapped-xlsx.ts';
import { parseSigbmFile, validateSigbmColumns } from '../domain/sigbm.ts';
import type { FacilityVersion, FacilityWrite } from '../repository/facility-repository.ts';
import type { ImportLogEntry } from '../repository/import-repository.ts';
import type { TailingsWork } from '../repository/index.ts';
import { deriveValues } from './derive.ts';

export const IMPORT_FORMATS = ['sigbm', 'csv', 'xlsx', 'geojson', 'gtp'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What an import did: counts, each rejected row with its line and reason, column reports. */
export interface ImportResult {
  format: ImportFormat;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  unknownColumns: string[];
  missingColumns: string[];
  /** True when the same file had been imported before and `skipIfSeen` was asked (seeding). */
  skipped: boolean;
  /** True when nothing was written (`dryRun`): the counts say what an import would do. */
  dryRun: boolean;
  /** Encoding and delimiter detected in a delimited-text file. */
  detected: { encoding: string; delimiter: string } | null;
  /** The 1-based row the header was found on (workbooks), else null. */
  headerRow: number | null;
  /** How the file's columns were matched (SIGBM and mapped imports). */
  headers: HeaderReport | null;
  /** Fields left empty because their value could not be read; their rows were imported. */
  invalidFields: InvalidFieldReport[];
}

export interface ImportOptions {
  /** The column-mapping file: required for csv, xlsx and geojson; for sigbm, optional extra header names. */
  mapping?: unknown;
  /** Parse, match and count against the database, but write nothing. */
  dryRun?: boolean;
  fileName?: string | null;
  /** Run as the system (CLI, seeding) with actor null; the audit row names `auditAction`. */
  system?: boolean;
  auditAction?: string;
  /** Skip when a file with the same SHA-256 was imported already (fast idempotent seeding). */
  skipIfSeen?: boolean;
  progress?: (done: number, total: number) => void;
}

/** How a batch is written: the history reason, the audit action, progress, and the import log entry. */
export interface BatchMeta {
  reason: string;
  auditAction: string;
  progress?: (done: number, total: number) => void;
  /** The import log entry, written in the same transaction once the counts are known. */
  log?: Omit<ImportLogEntry, 'created' | 'updated' | 'unchanged'>;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

function mappingError(problems: string[]): ValidationError {
  return new ValidationError(
    'The column mapping is not valid.',
    problems.map((p) => ({ path: 'mapping', message: p })),
  );
}

/** Rows compared and written per slice: keeps memory flat and lets the caller draw progress. */
const SLICE = 1000;

/** Registry imports (SIGBM, GTP, mapped CSV and GeoJSON) and rescoring. */
export class ImportService {
  constructor(
    private readonly work: TailingsWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Parses a file of one of the import formats. */
  async parse(format: ImportFormat, bytes: Uint8Array, mapping?: unknown): Promise<ParsedBatch> {
    switch (format) {
      case 'sigbm': {
        // The 2021 export is `;`-separated Latin-1, later ones `,`-separated UTF-8: both are detected.
        if (mapping === undefined) return parseSigbmFile(bytes);
        const { columns, problems } = validateSigbmColumns(mapping);
        if (!columns) throw mappingError(problems);
        return parseSigbmFile(bytes, { columns });
      }
      case 'gtp':
        return parseGtpJson(decodeText(bytes, 'utf-8'));
      case 'csv':
      case 'xlsx':
      case 'geojson': {
        const { mapping: m, problems } = validateMapping(mapping);
        if (!m) {
          throw mappingError(
            mapping === undefined ? ['a mapping file is required for csv, xlsx and geojson'] : problems,
          );
        }
        if (format === 'csv') return parseMappedCsv(bytes, m);
        if (format === 'xlsx') return parseMappedXlsx(bytes, m);
        return parseMappedGeoJson(decodeText(bytes, m.encoding ?? 'auto'), m);
      }
    }
  }

  /** What an import of these records would do, from the stored hashes (nothing is written). */
  private async countWithoutWriting(batch: ParsedBatch): Promise<ImportCounts> {
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    const existing = new Map<
      string,
      Awaited<ReturnType<TailingsWork['read']['facilities']['existingBySource']>>
    >();
    for (const { record } of batch.records) {
      let known = existing.get(record.source);
      if (!known) {
        known = await this.work.read.facilities.existingBySource(record.source);
        existing.set(record.source, known);
      }
      const old = known.get(record.sourceId);
      if (!old) counts.created++;
      else if (old.sourceHash === createHash('sha1').update(JSON.stringify(record)).digest('base64'))
        counts.unchanged++;
      // A changed source record may still merge to no change (operator-disclosed fields win): "at most".
      else counts.updated++;
    }
    return counts;
  }

  /**
   * Imports a registry file: parses it, then creates new facilities and updates changed ones by
   * (source, source id) in one transaction with their history versions, the import log entry and one
   * audit row. Re-importing the same file changes nothing. Fields an operator has disclosed since are kept.
   */
  async importFile(
    actor: Actor | null,
    format: ImportFormat,
    bytes: Uint8Array,
    options: ImportOptions = {},
  ): Promise<ImportResult> {
    if (!options.system) authorize(actor, 'tailings.facility.import');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (options.skipIfSeen && (await this.work.read.imports.seen(sha256))) {
      return {
        format,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: [],
        unknownColumns: [],
        missingColumns: [],
        detected: null,
        headerRow: null,
        headers: null,
        invalidFields: [],
        skipped: true,
        dryRun: false,
      };
    }
    const batch = await this.parse(format, bytes, options.mapping);
    if (batch.records.length === 0 && batch.missingColumns.length > 0 && batch.rejected.length === 0) {
      throw new ValidationError(
        `The file lacks required columns: ${batch.missingColumns.join(', ')}.`,
        batch.missingColumns.map((c) => ({ path: `column ${c}`, message: 'missing' })),
      );
    }
    const report = {
      rejected: batch.rejected,
      unknownColumns: batch.unknownColumns,
      missingColumns: batch.missingColumns,
      detected: batch.detected ?? null,
      headerRow: batch.headerRow ?? null,
      headers: batch.headers ?? null,
      invalidFields: batch.invalidFields ?? [],
    };
    if (options.dryRun) {
      return { format, ...(await this.countWithoutWriting(batch)), ...report, skipped: false, dryRun: true };
    }
    const counts = await this.importBatch(actor, batch, {
      reason: `import: ${format}${options.fileName ? ` (${options.fileName})` : ''}`,
      auditAction: options.system
        ? (options.auditAction ?? 'system.tailings.import')
        : 'tailings.facility.import',
      progress: options.progress,
      log: {
        id: newId(),
        format,
        fileName: options.fileName ?? null,
        fileSha256: sha256,
        rejected: batch.rejected.length,
        actorId: actor?.userId ?? null,
      },
    });
    return { format, ...counts, ...report, skipped: false, dryRun: false };
  }

  /** Writes parsed records in one unit of work (already authorised by the caller). Exposed for tests. */
  async importBatch(
    actor: Actor | null,
    batch: Pick<ParsedBatch, 'records'>,
    meta: BatchMeta,
  ): Promise<ImportCounts> {
    const asOf = this.now();
    const bySource = new Map<string, FacilityRecord[]>();
    for (const { record } of batch.records) {
      const list = bySource.get(record.source) ?? [];
      list.push(record);
      bySource.set(record.source, list);
    }
    const total = batch.records.length;
    const who = { actorId: actor?.userId ?? null, actorEmail: actor?.email ?? null, reason: meta.reason };
    return this.work.run(async ({ facilities, imports }, tx) => {
      const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
      let done = 0;
      for (const [source, records] of bySource) {
        const existing = await facilities.existingBySource(source);
        for (let start = 0; start < records.length; start += SLICE) {
          // Parsers build records in a fixed key order, so the plain serialisation is canonical for them.
          const slice = records.slice(start, start + SLICE).map((record) => {
            const json = JSON.stringify(record);
            return { record, json, hash: createHash('sha1').update(json).digest('base64') };
          });
          // Only rows whose registry record changed since the last import are loaded and compared.
          const changedIds = slice
            .map(({ record }) => existing.get(record.sourceId))
            .filter((old, k) => old !== undefined && old.sourceHash !== slice[k]?.hash)
            .map((old) => old?.id ?? '');
          const stored = await facilities.recordsById(changedIds);
          const writes: FacilityWrite[] = [];
          const versions: FacilityVersion[] = [];
          for (const { record: incoming, json, hash } of slice) {
            const old = existing.get(incoming.sourceId);
            if (!old) {
              const id = newId();
              const derived = deriveValues(incoming, asOf);
              writes.push({ id, version: 1, record: incoming, derived, recordJson: json, sourceHash: hash });
              versions.push({ facilityId: id, version: 1, changes: [], ...who });
              counts.created++;
              continue;
            }
            const before = stored.get(old.id);
            if (old.sourceHash === hash || !before) {
              counts.unchanged++;
              continue;
            }
            const record = mergeReimport(before, incoming);
            const changes = diffRecords(before, record);
            const version = changes.length === 0 ? old.version : old.version + 1;
            // An unchanged record still gets its hash stored, so the next import skips it.
            writes.push({
              id: old.id,
              version,
              record,
              derived: deriveValues(record, asOf),
              sourceHash: hash,
            });
            if (changes.length === 0) {
              counts.unchanged++;
              continue;
            }
            versions.push({ facilityId: old.id, version, changes, ...who });
            counts.updated++;
          }
          await facilities.upsert(writes);
          await facilities.insertVersions(versions);
          done += slice.length;
          meta.progress?.(done, total);
        }
      }
      await tx.audit({
        actor,
        action: meta.auditAction,
        entity: 'tailings_import',
        entityId: meta.reason,
        before: null,
        after: counts,
      });
      if (meta.log) await imports.insert({ ...meta.log, ...counts });
      return counts;
    });
  }

  /**
   * Recomputes the derived values (class, scores, toxicity) of every facility from its stored record,
   * after a change to the crosswalks or scoring rules. Records, versions and history are untouched.
   */
  async rescore(): Promise<number> {
    const asOf = this.now();
    return this.work.run(async ({ facilities }) => {
      const rows = await facilities.allRecords();
      await facilities.upsert(
        rows.map((r) => ({
          id: r.id,
          version: r.version,
          record: r.record,
          derived: deriveValues(r.record, asOf),
          sourceHash: r.sourceHash,
        })),
      );
      return rows.length;
    });
  }
}
