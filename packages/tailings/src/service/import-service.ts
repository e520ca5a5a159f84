import { createHash } from 'node:crypto';
import { type Actor, authorize, decodeText, newId, ValidationError } from '@strata/core';
import type { FacilityRecord, ParsedBatch, RejectedRow } from '../domain/facility.ts';
import { parseGtpJson } from '../domain/gtp.ts';
import { diffRecords, mergeReimport } from '../domain/history.ts';
import { parseMappedCsv, parseMappedGeoJson, validateMapping } from '../domain/mapped.ts';
import { parseSigbm } from '../domain/sigbm.ts';
import type { FacilityVersion, FacilityWrite } from '../repository/facility-repository.ts';
import type { ImportLogEntry } from '../repository/import-repository.ts';
import type { TailingsWork } from '../repository/index.ts';
import { deriveValues } from './derive.ts';

export const IMPORT_FORMATS = ['sigbm', 'csv', 'geojson', 'gtp'] as const;
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
}

export interface ImportOptions {
  /** The column-mapping file, required for csv and geojson. */
  mapping?: unknown;
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

/** Rows compared and written per slice: keeps memory flat and lets the caller draw progress. */
const SLICE = 1000;

/** Registry imports (SIGBM, GTP, mapped CSV and GeoJSON) and rescoring. */
export class ImportService {
  constructor(
    private readonly work: TailingsWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Parses a file of one of the import formats. */
  parse(format: ImportFormat, bytes: Uint8Array, mapping?: unknown): ParsedBatch {
    switch (format) {
      case 'sigbm':
        // SIGBM exports are ISO-8859-1 (Latin-1); a UTF-8 re-save is accepted too.
        return parseSigbm(decodeText(bytes, 'auto'));
      case 'gtp':
        return parseGtpJson(decodeText(bytes, 'utf-8'));
      case 'csv':
      case 'geojson': {
        const { mapping: m, problems } = validateMapping(mapping);
        if (!m) {
          throw new ValidationError(
            'The column mapping is not valid.',
            (mapping === undefined ? ['a mapping file is required for csv and geojson'] : problems).map(
              (p) => ({ path: 'mapping', message: p }),
            ),
          );
        }
        return format === 'csv'
          ? parseMappedCsv(bytes, m)
          : parseMappedGeoJson(decodeText(bytes, m.encoding ?? 'auto'), m);
      }
    }
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
    const columns = { rejected: [], unknownColumns: [], missingColumns: [] };
    if (options.skipIfSeen && (await this.work.read.imports.seen(sha256))) {
      return { format, created: 0, updated: 0, unchanged: 0, ...columns, skipped: true };
    }
    const batch = this.parse(format, bytes, options.mapping);
    if (batch.records.length === 0 && batch.missingColumns.length > 0 && batch.rejected.length === 0) {
      throw new ValidationError(
        `The file lacks required columns: ${batch.missingColumns.join(', ')}.`,
        batch.missingColumns.map((c) => ({ path: `column ${c}`, message: 'missing' })),
      );
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
    return {
      format,
      ...counts,
      rejected: batch.rejected,
      unknownColumns: batch.unknownColumns,
      missingColumns: batch.missingColumns,
      skipped: false,
    };
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
