import { createHash } from 'node:crypto';
import {
  type Actor,
  authorize,
  ConflictError,
  decodeText,
  findCountry,
  isUuid,
  NotFoundError,
  newId,
  toCsv,
  ValidationError,
} from '@strata/core';
import { recordAudit } from '@strata/db';
import { crosswalkToGistm } from './domain/classification.ts';
import { CSP2_CREDIT, type FailureRecord, parseCsp2Failures } from './domain/csp2.ts';
import type { FacilityProvenance, FacilityRecord, ParsedBatch, RejectedRow } from './domain/facility.ts';
import {
  KNOWLEDGE_GAP_TOPICS,
  SELF_ASSESSMENT_STATUSES,
  type SelfAssessmentStatus,
  seedRequirements,
  summariseSelfAssessment,
} from './domain/gistm.ts';
import { parseGtpJson } from './domain/gtp.ts';
import { applyDisclosure, type DisclosurePatch, diffRecords, mergeReimport } from './domain/history.ts';
import { parseMappedCsv, parseMappedGeoJson, validateMapping } from './domain/mapped.ts';
import { exposureScore, hazardScore, toxicityAssessment } from './domain/scores.ts';
import { parseSigbm } from './domain/sigbm.ts';
import type { FacilityColumns, FacilityFilter, TailingsRepository } from './repository.ts';

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

/** Derives the indexed columns of a facility from its record: class, scores, toxicity. */
export function facilityColumns(record: FacilityRecord, asOf: Date): FacilityColumns {
  const cls = crosswalkToGistm(record.classification);
  const hazard = hazardScore(record, asOf);
  return {
    source: record.source,
    source_id: record.sourceId,
    name: record.name,
    country_iso3: record.countryIso3,
    operator: record.operator,
    company_id: null,
    status: record.status,
    raise_method: record.raiseMethod,
    gistm_class: cls?.gistmClass ?? null,
    class_confidence: cls?.confidence ?? null,
    commodity: record.commodity,
    toxicity_class: toxicityAssessment(record).toxicityClass,
    hazard_score: hazard.score,
    hazard_coverage: hazard.coverage,
    exposure_score: exposureScore(record).score,
    lon: record.lon,
    lat: record.lat,
    height_m: record.heightM,
    volume_m3: record.volumeM3,
    last_review: record.lastIndependentReview,
  };
}

/** The tailings portal's operations. Every write authorises, writes and audits in one transaction. */
export class TailingsService {
  constructor(
    readonly repository: TailingsRepository,
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
              (p) => ({
                path: 'mapping',
                message: p,
              }),
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
   * (source, source id) in one transaction with their history versions and one audit row. Re-importing
   * the same file changes nothing. Fields an operator has disclosed since are kept.
   */
  async importFile(
    actor: Actor | null,
    format: ImportFormat,
    bytes: Uint8Array,
    options: ImportOptions = {},
  ): Promise<ImportResult> {
    if (!options.system) authorize(actor, 'tailings.facility.import');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const empty = {
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      unknownColumns: [],
      missingColumns: [],
    };
    if (options.skipIfSeen && (await this.repository.findImportByHash(sha256))) {
      return { format, ...empty, skipped: true };
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
      onCommit: (trx, c) =>
        this.repository.insertImport(trx, {
          id: newId(),
          format,
          file_name: options.fileName ?? null,
          file_sha256: sha256,
          created: c.created,
          updated: c.updated,
          unchanged: c.unchanged,
          rejected: batch.rejected.length,
          actor_id: actor?.userId ?? null,
        }),
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

  /** Writes parsed records (already authorised by the caller). Exposed for the benchmark. */
  async importBatch(
    actor: Actor | null,
    batch: Pick<ParsedBatch, 'records'>,
    meta: {
      reason: string;
      auditAction: string;
      progress?: (done: number, total: number) => void;
      onCommit?: (
        trx: Parameters<Parameters<TailingsRepository['transaction']>[0]>[0],
        counts: { created: number; updated: number; unchanged: number },
      ) => Promise<void>;
    },
  ): Promise<{ created: number; updated: number; unchanged: number }> {
    const asOf = this.now();
    const bySource = new Map<string, FacilityRecord[]>();
    for (const { record } of batch.records) {
      const list = bySource.get(record.source) ?? [];
      list.push(record);
      bySource.set(record.source, list);
    }
    const total = batch.records.length;
    return this.repository.transaction(async (trx) => {
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      let done = 0;
      for (const [source, records] of bySource) {
        const existing = await this.repository.existingBySource(trx, source);
        // Slices keep memory flat and let the caller draw progress on large files.
        for (let start = 0; start < records.length; start += 1000) {
          // Parsers build records in a fixed key order, so the plain serialisation is canonical for them.
          const slice = records.slice(start, start + 1000).map((record) => {
            const json = JSON.stringify(record);
            return { record, json, hash: createHash('sha1').update(json).digest('base64') };
          });
          // Only rows whose registry record changed since the last import are loaded and compared.
          const changedIds = slice
            .map(({ record }) => existing.get(record.sourceId))
            .filter((old, k) => old !== undefined && old.sourceHash !== slice[k]?.hash)
            .map((old) => old?.id ?? '');
          const stored = await this.repository.recordsById(trx, changedIds);
          const writes: Parameters<TailingsRepository['upsertFacilities']>[1] = [];
          const versions: Parameters<TailingsRepository['insertVersions']>[1] = [];
          const who = {
            actorId: actor?.userId ?? null,
            actorEmail: actor?.email ?? null,
            reason: meta.reason,
          };
          for (const { record: incoming, json, hash } of slice) {
            const old = existing.get(incoming.sourceId);
            if (!old) {
              const id = newId();
              writes.push({
                id,
                version: 1,
                columns: facilityColumns(incoming, asOf),
                record: incoming,
                recordJson: json,
                sourceHash: hash,
              });
              versions.push({ facilityId: id, version: 1, changes: [], ...who });
              created++;
              continue;
            }
            const before = stored.get(old.id);
            if (old.sourceHash === hash || !before) {
              unchanged++;
              continue;
            }
            const record = mergeReimport(before, incoming);
            const changes = diffRecords(before, record);
            const version = changes.length === 0 ? old.version : old.version + 1;
            // An unchanged record still gets its hash stored, so the next import skips it.
            writes.push({
              id: old.id,
              version,
              columns: facilityColumns(record, asOf),
              record,
              sourceHash: hash,
            });
            if (changes.length === 0) {
              unchanged++;
              continue;
            }
            versions.push({ facilityId: old.id, version, changes, ...who });
            updated++;
          }
          await this.repository.upsertFacilities(trx, writes);
          await this.repository.insertVersions(trx, versions);
          done += slice.length;
          meta.progress?.(done, total);
        }
      }
      const counts = { created, updated, unchanged };
      await recordAudit(trx, {
        actor,
        action: meta.auditAction,
        entity: 'tailings_import',
        entityId: meta.reason,
        before: null,
        after: counts,
      });
      await meta.onCommit?.(trx, counts);
      return counts;
    });
  }

  /**
   * Recomputes the derived columns (class, scores, toxicity) of every facility from its stored record,
   * after a change to the crosswalks or scoring rules. Records, versions and history are untouched.
   */
  async rescore(): Promise<number> {
    const asOf = this.now();
    return this.repository.transaction(async (trx) => {
      const rows = await this.repository.allRecords(trx);
      await this.repository.upsertFacilities(
        trx,
        rows.map((r) => ({
          id: r.id,
          version: r.version,
          columns: { ...facilityColumns(r.data, asOf), company_id: r.company_id },
          record: r.data,
          sourceHash: r.source_hash,
        })),
      );
      return rows.length;
    });
  }

  listFacilities(filter: FacilityFilter, page: { limit: number; offset: number }) {
    return this.repository.listFacilities(filter, page);
  }

  /** The map's points as JSON text `{ total, columns: { id, lon, lat, status, gistmClass, hazardScore, toxicityClass } }`. */
  mapPointsJson(filter: FacilityFilter): Promise<string> {
    return this.repository.mapPointsJson(filter);
  }

  /** Everything the facility page shows: the record with provenance, class, scores, history, reviews. */
  async facilityPage(id: string) {
    if (!isUuid(id)) throw new NotFoundError(`Facility ${id}`);
    const row = await this.repository.getFacility(this.repository.kysely, id);
    if (!row) throw new NotFoundError(`Facility ${id}`);
    const record = row.data;
    const asOf = this.now();
    const [history, reviews, findings, requirements, answers] = await Promise.all([
      this.repository.facilityHistory(id),
      this.repository.reviews(id),
      this.repository.findings([id]),
      this.repository.requirements(),
      this.repository.selfAssessment(id),
    ]);
    const answerMap = new Map(answers.map((a) => [a.requirement_id, a.status as SelfAssessmentStatus]));
    return {
      id: row.id,
      version: row.version,
      updatedAt: row.updated_at,
      companyId: row.company_id,
      record,
      classification: {
        source: record.classification,
        otherRatings: record.otherRatings,
        gistmEquivalent: crosswalkToGistm(record.classification),
      },
      scores: {
        asOf: asOf.toISOString().slice(0, 10),
        hazard: hazardScore(record, asOf),
        exposure: exposureScore(record),
        toxicity: toxicityAssessment(record),
      },
      history: history.map((h) => ({
        version: h.version,
        reason: h.reason,
        by: h.actor_email,
        at: h.at,
        changes: h.changes,
      })),
      reviews: reviews.map((r) => ({
        ...presentReview(r),
        findings: findings.filter((f) => f.review_id === r.id).map(presentFinding),
      })),
      selfAssessment: {
        answers: answers.map((a) => ({
          requirementId: a.requirement_id,
          status: a.status,
          note: a.note,
          updatedAt: a.updated_at,
        })),
        summary: summariseSelfAssessment(requirements, answerMap),
      },
    };
  }

  async facilityHistory(id: string) {
    if (!isUuid(id)) throw new NotFoundError(`Facility ${id}`);
    return this.repository.facilityHistory(id);
  }

  changeLog(limit: number, country?: string) {
    return this.repository.changeLog(limit, country);
  }

  /** A filtered view as CSV (one row per facility, provenance and derived values included). */
  async downloadCsv(filter: FacilityFilter): Promise<string> {
    const rows = await this.repository.facilityRecords(filter, 100_000);
    const header = [
      'id',
      'source',
      'source_id',
      'name',
      'mine_name',
      'country_iso3',
      'region',
      'municipality',
      'lat',
      'lon',
      'operator',
      'owners',
      'status',
      'status_raw',
      'start_year',
      'raise_method',
      'raise_method_raw',
      'height_m',
      'volume_m3',
      'planned_volume_5y_m3',
      'last_independent_review',
      'classification_system',
      'classification_raw',
      'gistm_class',
      'gistm_class_confidence',
      'hazard_score',
      'exposure_score',
      'toxicity_class',
      'commodity',
      'commodity_raw',
      'source_name',
      'licence',
      'retrieved',
      'version',
      'updated_at',
    ];
    return toCsv(
      header,
      rows.map(({ data: r, ...row }) => [
        row.id,
        r.source,
        r.sourceId,
        r.name,
        r.mineName,
        r.countryIso3,
        r.region,
        r.municipality,
        r.lat,
        r.lon,
        r.operator,
        r.owners.join('; '),
        r.status,
        r.statusRaw,
        r.startYear,
        r.raiseMethod,
        r.raiseMethodRaw,
        r.heightM,
        r.volumeM3,
        r.plannedVolume5yM3,
        r.lastIndependentReview,
        r.classification?.system,
        r.classification?.raw,
        row.gistm_class,
        row.class_confidence,
        row.hazard_score,
        row.exposure_score,
        row.toxicity_class,
        r.commodity,
        r.commodityRaw,
        r.provenance.source,
        r.provenance.licence,
        r.provenance.retrieved,
        row.version,
        new Date(row.updated_at).toISOString(),
      ]),
    );
  }

  /** A filtered view as a GeoJSON FeatureCollection (facilities without coordinates have null geometry). */
  async downloadGeoJson(filter: FacilityFilter) {
    const rows = await this.repository.facilityRecords(filter, 100_000);
    return {
      type: 'FeatureCollection' as const,
      features: rows.map(({ data: r, ...row }) => ({
        type: 'Feature' as const,
        id: row.id,
        geometry:
          r.lon === null || r.lat === null ? null : { type: 'Point' as const, coordinates: [r.lon, r.lat] },
        properties: {
          ...r,
          extra: undefined,
          gistmClass: row.gistm_class,
          gistmClassConfidence: row.class_confidence,
          hazardScore: row.hazard_score,
          exposureScore: row.exposure_score,
          toxicityClass: row.toxicity_class,
          version: row.version,
        },
      })),
    };
  }

  // Disclosure workflow

  /** Links a facility to the company whose operator accounts disclose for it (secretariat). */
  async assignCompany(actor: Actor | null, facilityId: string, companyId: string | null) {
    const row = await this.requireFacility(facilityId);
    authorize(actor, 'tailings.facility.assign_company', { countryIso3: row.country_iso3 });
    await this.repository.transaction(async (trx) => {
      await this.repository.setCompany(trx, facilityId, companyId);
      await recordAudit(trx, {
        actor,
        action: 'tailings.facility.assign_company',
        entity: 'tailings_facility',
        entityId: facilityId,
        before: { companyId: row.company_id },
        after: { companyId },
      });
    });
  }

  /** An operator submits (or updates) a disclosure for a facility of its company: pending until reviewed. */
  async submitDisclosure(
    actor: Actor | null,
    facilityId: string,
    changes: DisclosurePatch,
    note: string | null,
  ) {
    const row = await this.requireFacility(facilityId);
    authorize(actor, 'tailings.disclosure.submit', {
      companyId: row.company_id,
      countryIso3: row.country_iso3,
    });
    if (Object.keys(changes).length === 0) {
      throw new ValidationError('The disclosure changes nothing.', [
        { path: 'changes', message: 'at least one field' },
      ]);
    }
    const id = newId();
    await this.repository.transaction(async (trx) => {
      await this.repository.insertDisclosure(trx, {
        id,
        facility_id: facilityId,
        company_id: row.company_id,
        status: 'submitted',
        changes: JSON.stringify(changes),
        note,
        submitted_by: actor.userId,
        submitted_by_email: actor.email,
      });
      await recordAudit(trx, {
        actor,
        action: 'tailings.disclosure.submit',
        entity: 'tailings_disclosure',
        entityId: id,
        before: null,
        after: { facilityId, changes, note },
      });
    });
    return this.getDisclosure(actor, id);
  }

  async getDisclosure(actor: Actor | null, id: string) {
    if (!isUuid(id)) throw new NotFoundError(`Disclosure ${id}`);
    const d = await this.repository.getDisclosure(this.repository.kysely, id);
    if (!d) throw new NotFoundError(`Disclosure ${id}`);
    const f = await this.requireFacility(d.facility_id);
    if (d.status !== 'published') {
      authorize(actor, 'tailings.disclosure.read', { companyId: d.company_id, countryIso3: f.country_iso3 });
    }
    return presentDisclosure({ ...d, facility_name: f.name, country_iso3: f.country_iso3 });
  }

  /** Disclosures the actor may see: the secretariat all; an operator its company's; a regulator its country's. */
  async listDisclosures(actor: Actor | null, status?: string) {
    if (!actor) {
      return (await this.repository.listDisclosures({ status: 'published' })).map(presentDisclosure);
    }
    if (actor.role === 'secretariat')
      return (await this.repository.listDisclosures({ status })).map(presentDisclosure);
    if (actor.role === 'operator' && actor.companyId) {
      return (await this.repository.listDisclosures({ status, companyId: actor.companyId })).map(
        presentDisclosure,
      );
    }
    if (actor.role === 'focal_point' && actor.countryIso3) {
      return (await this.repository.listDisclosures({ status, country: actor.countryIso3 })).map(
        presentDisclosure,
      );
    }
    return (await this.repository.listDisclosures({ status: 'published' })).map(presentDisclosure);
  }

  /**
   * The secretariat publishes a submitted disclosure (the facility gets a new version with the disclosed
   * fields and their provenance) or returns it with comments.
   */
  async reviewDisclosure(
    actor: Actor | null,
    id: string,
    decision: 'publish' | 'return',
    comments: string | null,
  ) {
    authorize(actor, 'tailings.disclosure.review');
    if (!isUuid(id)) throw new NotFoundError(`Disclosure ${id}`);
    if (decision === 'return' && !comments?.trim()) {
      throw new ValidationError('Say why the disclosure is returned.', [
        { path: 'comments', message: 'required when returning' },
      ]);
    }
    await this.repository.transaction(async (trx) => {
      const d = await this.repository.getDisclosure(trx, id);
      if (!d) throw new NotFoundError(`Disclosure ${id}`);
      if (d.status !== 'submitted') throw new ConflictError(`The disclosure is ${d.status} already.`);
      const status = decision === 'publish' ? 'published' : 'returned';
      await this.repository.decideDisclosure(trx, id, status, actor.userId, comments);
      if (decision === 'publish') {
        const f = await this.repository.getFacility(trx, d.facility_id);
        if (!f) throw new NotFoundError(`Facility ${d.facility_id}`);
        const provenance: FacilityProvenance = {
          source: `operator disclosure ${id}`,
          sourceUrl: null,
          licence: 'CC BY 4.0 (disclosed for publication on Strata)',
          retrieved: this.now().toISOString().slice(0, 10),
          method: 'disclosed by operator, published by the secretariat',
        };
        const record = applyDisclosure(f.data, d.changes, provenance);
        const changes = diffRecords(f.data, record);
        const version = f.version + 1;
        const columns = { ...facilityColumns(record, this.now()), company_id: f.company_id };
        // The source hash stays: it describes the registry record, which the disclosure did not change.
        await this.repository.upsertFacilities(trx, [
          { id: f.id, version, columns, record, sourceHash: f.source_hash },
        ]);
        await this.repository.insertVersions(trx, [
          {
            facilityId: f.id,
            version,
            changes,
            reason: `disclosure published (${id})`,
            actorId: actor.userId,
            actorEmail: actor.email,
          },
        ]);
      }
      await recordAudit(trx, {
        actor,
        action: 'tailings.disclosure.review',
        entity: 'tailings_disclosure',
        entityId: id,
        before: { status: d.status },
        after: { status, comments },
      });
    });
    return this.getDisclosure(actor, id);
  }

  // Reviews, audits, findings

  async recordReview(
    actor: Actor | null,
    facilityId: string,
    input: {
      kind: 'independent_review' | 'dam_safety_review' | 'audit' | 'inspection';
      reviewer: string;
      date: string;
      scope: string;
      outcome: string;
      principles: number[];
      nextDue?: string | null;
      findings?: { text: string; severity: 'low' | 'medium' | 'high' }[];
    },
  ) {
    const f = await this.requireFacility(facilityId);
    authorize(actor, 'tailings.review.create', { countryIso3: f.country_iso3, companyId: f.company_id });
    const bad = input.principles.filter((p) => !Number.isInteger(p) || p < 1 || p > 15);
    if (bad.length > 0)
      throw new ValidationError('GISTM principles are numbered 1–15.', [
        { path: 'principles', message: `invalid: ${bad.join(', ')}` },
      ]);
    const id = newId();
    await this.repository.transaction(async (trx) => {
      await this.repository.insertReview(trx, {
        id,
        facility_id: facilityId,
        kind: input.kind,
        reviewer: input.reviewer,
        review_date: input.date,
        scope: input.scope,
        outcome: input.outcome,
        principles: input.principles,
        next_due: input.nextDue ?? null,
        created_by: actor.userId,
      });
      await this.repository.insertFindings(
        trx,
        (input.findings ?? []).map((x) => ({
          id: newId(),
          review_id: id,
          facility_id: facilityId,
          text: x.text,
          severity: x.severity,
          status: 'open',
        })),
      );
      await recordAudit(trx, {
        actor,
        action: 'tailings.review.create',
        entity: 'tailings_review',
        entityId: id,
        before: null,
        after: { facilityId, ...input },
      });
    });
    return (await this.facilityPage(facilityId)).reviews.find((r) => r.id === id);
  }

  async setFindingStatus(actor: Actor | null, findingId: string, status: 'open' | 'closed') {
    if (!isUuid(findingId)) throw new NotFoundError(`Finding ${findingId}`);
    const finding = await this.repository.getFinding(this.repository.kysely, findingId);
    if (!finding) throw new NotFoundError(`Finding ${findingId}`);
    const f = await this.requireFacility(finding.facility_id);
    authorize(actor, 'tailings.finding.update', { countryIso3: f.country_iso3, companyId: f.company_id });
    await this.repository.transaction(async (trx) => {
      await this.repository.setFindingStatus(trx, findingId, status);
      await recordAudit(trx, {
        actor,
        action: 'tailings.finding.update',
        entity: 'tailings_finding',
        entityId: findingId,
        before: { status: finding.status },
        after: { status },
      });
    });
    return presentFinding({ ...finding, status, closed_at: status === 'closed' ? this.now() : null });
  }

  // GISTM requirements and self-assessment

  requirements() {
    return this.repository.requirements();
  }

  async updateRequirement(actor: Actor | null, row: { id: string; principle: number; text: string }) {
    authorize(actor, 'tailings.requirement.update');
    if (!/^\d{1,2}\.\d{1,2}$/.test(row.id) || row.principle < 1 || row.principle > 15) {
      throw new ValidationError('A requirement id is "<principle>.<n>" with a principle 1–15.', [
        { path: 'id', message: row.id },
      ]);
    }
    await this.repository.transaction(async (trx) => {
      await this.repository.upsertRequirement(trx, row);
      await recordAudit(trx, {
        actor,
        action: 'tailings.requirement.update',
        entity: 'tailings_requirement',
        entityId: row.id,
        before: null,
        after: row,
      });
    });
  }

  async answerSelfAssessment(
    actor: Actor | null,
    facilityId: string,
    answers: { requirementId: string; status: string; note?: string | null }[],
  ) {
    const f = await this.requireFacility(facilityId);
    authorize(actor, 'tailings.self_assessment.update', {
      companyId: f.company_id,
      countryIso3: f.country_iso3,
    });
    const known = new Set((await this.repository.requirements()).map((r) => r.id));
    const issues = answers.flatMap((a, i) => [
      ...(known.has(a.requirementId)
        ? []
        : [{ path: `answers.${i}.requirementId`, message: `unknown requirement ${a.requirementId}` }]),
      ...((SELF_ASSESSMENT_STATUSES as readonly string[]).includes(a.status)
        ? []
        : [{ path: `answers.${i}.status`, message: `one of ${SELF_ASSESSMENT_STATUSES.join(', ')}` }]),
    ]);
    if (issues.length > 0) throw new ValidationError('The self-assessment is not valid.', issues);
    await this.repository.transaction(async (trx) => {
      await this.repository.upsertSelfAssessment(
        trx,
        answers.map((a) => ({
          facility_id: facilityId,
          requirement_id: a.requirementId,
          status: a.status,
          note: a.note ?? null,
          updated_by: actor.userId,
        })),
      );
      await recordAudit(trx, {
        actor,
        action: 'tailings.self_assessment.update',
        entity: 'tailings_facility',
        entityId: facilityId,
        before: null,
        after: answers,
      });
    });
    return (await this.facilityPage(facilityId)).selfAssessment;
  }

  // Resources and knowledge gaps

  async resources() {
    return (await this.repository.resources()).map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      url: r.url,
      summary: r.summary,
      language: r.language,
      topics: r.topics,
    }));
  }

  async createResource(
    actor: Actor | null,
    input: {
      title: string;
      kind: string;
      url?: string | null;
      summary: string;
      language?: string;
      topics: string[];
    },
  ) {
    authorize(actor, 'tailings.resource.create');
    const id = newId();
    await this.repository.transaction(async (trx) => {
      await this.repository.insertResource(trx, {
        id,
        title: input.title,
        kind: input.kind,
        url: input.url ?? null,
        summary: input.summary,
        language: input.language ?? 'en',
        topics: input.topics,
      });
      await recordAudit(trx, {
        actor,
        action: 'tailings.resource.create',
        entity: 'tailings_resource',
        entityId: id,
        before: null,
        after: input,
      });
    });
    return { id, ...input, url: input.url ?? null, language: input.language ?? 'en' };
  }

  async gaps() {
    return (await this.repository.gaps()).map((g) => ({
      id: g.id,
      topic: g.topic,
      title: g.title,
      description: g.description,
      status: g.status,
      resourceIds: g.resource_ids,
    }));
  }

  async createGap(
    actor: Actor | null,
    input: { topic: string; title: string; description: string; resourceIds: string[] },
  ) {
    authorize(actor, 'tailings.gap.create');
    if (!KNOWLEDGE_GAP_TOPICS.some((t) => t.id === input.topic)) {
      throw new ValidationError('Unknown topic.', [
        { path: 'topic', message: `one of ${KNOWLEDGE_GAP_TOPICS.map((t) => t.id).join(', ')}` },
      ]);
    }
    const id = newId();
    await this.repository.transaction(async (trx) => {
      await this.repository.insertGap(trx, {
        id,
        topic: input.topic,
        title: input.title,
        description: input.description,
        status: 'open',
        resource_ids: input.resourceIds,
      });
      await recordAudit(trx, {
        actor,
        action: 'tailings.gap.create',
        entity: 'tailings_knowledge_gap',
        entityId: id,
        before: null,
        after: input,
      });
    });
    return { id, ...input, status: 'open' };
  }

  // Regulator view and country aggregates

  /**
   * A national regulator's view: every facility of the country, which are overdue for an independent
   * review (none recorded, or the last more than `overdueYears` ago — GISTM Requirement 10.5: at least
   * every five years), and open findings.
   */
  async regulatorView(actor: Actor | null, country: string, overdueYears = 5) {
    const iso3 = country.toUpperCase();
    if (!findCountry(iso3)) throw new NotFoundError(`Country ${country}`);
    authorize(actor, 'tailings.regulator.read', { countryIso3: iso3 });
    const rows = await this.repository.regulatorRows(iso3);
    const now = this.now();
    const cutoff = new Date(
      Date.UTC(now.getUTCFullYear() - overdueYears, now.getUTCMonth(), now.getUTCDate()),
    )
      .toISOString()
      .slice(0, 10);
    const today = now.toISOString().slice(0, 10);
    const facilities = rows.map((r) => {
      const last =
        [r.last_review_date, r.last_review]
          .filter((x): x is string => !!x)
          .sort()
          .at(-1) ?? null;
      const overdue = (r.next_due !== null && r.next_due < today) || last === null || last < cutoff;
      return {
        id: r.id,
        name: r.name,
        operator: r.operator,
        status: r.status,
        gistmClass: r.gistm_class,
        hazardScore: r.hazard_score,
        lastReview: last,
        nextDue: r.next_due,
        reviewOverdue: overdue,
        openFindings: Number(r.open_findings ?? 0),
      };
    });
    return {
      country: iso3,
      facilities,
      overdueReviews: facilities.filter((f) => f.reviewOverdue && f.status !== 'closed').length,
      openFindings: facilities.reduce((s, f) => s + f.openFindings, 0),
    };
  }

  async countryAggregates() {
    return (await this.repository.countryAggregates()).map((r) => ({
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

  // Historical failures (CSP2 list: imported from a user-supplied copy only)

  async importFailures(actor: Actor | null, bytes: Uint8Array, options: { system?: boolean } = {}) {
    if (!options.system) authorize(actor, 'tailings.failure.import');
    const { records, rejected } = parseCsp2Failures(decodeText(bytes));
    const counts = await this.repository.transaction(async (trx) => {
      const c = await this.repository.upsertFailures(trx, records);
      await recordAudit(trx, {
        actor,
        action: options.system ? 'system.tailings.import_failures' : 'tailings.failure.import',
        entity: 'tailings_failure',
        entityId: 'csp2',
        before: null,
        after: c,
      });
      return c;
    });
    return { ...counts, rejected };
  }

  /** The failures with aggregates by raise method and cause, for the knowledge page. */
  async failures() {
    const items = (await this.repository.failures()).map((r) => r.data as FailureRecord);
    const tally = (key: (f: FailureRecord) => string | null) => {
      const m = new Map<string, number>();
      for (const f of items) {
        const k = key(f) ?? 'unknown';
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
    };
    return {
      credit: CSP2_CREDIT,
      total: items.length,
      byRaiseMethod: tally((f) => f.raiseMethod),
      byCause: tally((f) => f.cause),
      byDecade: tally((f) => `${Math.floor(f.year / 10) * 10}s`),
      byCountry: tally((f) => f.countryIso3),
      releaseRunout: items
        .filter((f) => f.releaseM3 !== null && f.runoutKm !== null)
        .map((f) => ({ year: f.year, location: f.location, releaseM3: f.releaseM3, runoutKm: f.runoutKm })),
      items,
    };
  }

  // Seeding

  /** Seeds the GISTM requirement list, the knowledge-gap topics and a starter resources library (once). */
  async seedReference(): Promise<void> {
    await this.repository.seedRequirements(seedRequirements());
    if ((await this.repository.countRows('tailings_resource')) === 0) {
      await this.repository.transaction(async (trx) => {
        for (const r of STARTER_RESOURCES)
          await this.repository.insertResource(trx, { id: newId(), language: 'en', ...r });
      });
    }
    if ((await this.repository.countRows('tailings_knowledge_gap')) === 0) {
      const resources = await this.repository.resources();
      await this.repository.transaction(async (trx) => {
        for (const t of KNOWLEDGE_GAP_TOPICS) {
          await this.repository.insertGap(trx, {
            id: newId(),
            topic: t.id,
            title: t.title,
            description: `Research topic named in the report on UNEA resolution 5/12: ${t.title.toLowerCase()}.`,
            status: 'open',
            resource_ids: resources.filter((r) => r.topics.includes(t.id)).map((r) => r.id),
          });
        }
      });
    }
  }

  private async requireFacility(id: string) {
    if (!isUuid(id)) throw new NotFoundError(`Facility ${id}`);
    const row = await this.repository.getFacility(this.repository.kysely, id);
    if (!row) throw new NotFoundError(`Facility ${id}`);
    return row;
  }
}

/** A starter library of public best-practice references (titles and publishers; no content copied). */
const STARTER_RESOURCES: { title: string; kind: string; url: string; summary: string; topics: string[] }[] = [
  {
    title: 'Global Industry Standard on Tailings Management (GISTM)',
    kind: 'standard',
    url: 'https://globaltailingsreview.org/global-industry-standard/',
    summary:
      'ICMM, UNEP and PRI (2020): 15 principles and 77 requirements for the safe management of tailings facilities.',
    topics: ['safer-management'],
  },
  {
    title: 'Towards Zero Harm: A Compendium of Papers (Global Tailings Review)',
    kind: 'report',
    url: 'https://globaltailingsreview.org/compendium/',
    summary: 'Background papers prepared for the Global Tailings Review (2020).',
    topics: ['safer-management', 'reducing-tailings'],
  },
  {
    title: 'Mine Tailings Storage: Safety Is No Accident (UNEP / GRID-Arendal Rapid Response Assessment)',
    kind: 'report',
    url: 'https://www.grida.no/publications/383',
    summary: 'UNEP and GRID-Arendal (2017): recommendations on tailings dam safety.',
    topics: ['safer-management', 'natech'],
  },
  {
    title: 'Global Acid Rock Drainage (GARD) Guide',
    kind: 'guide',
    url: 'http://www.gardguide.com',
    summary: 'INAP (2009): prediction, prevention and management of acid rock drainage and metal leaching.',
    topics: ['safer-management', 'reducing-tailings'],
  },
  {
    title: 'ICOLD Bulletin 121: Tailings Dams — Risk of Dangerous Occurrences',
    kind: 'report',
    url: 'https://www.icold-cigb.org',
    summary: 'ICOLD and UNEP (2001): lessons from 221 tailings dam incidents.',
    topics: ['safer-management', 'natech'],
  },
  {
    title: 'Basel Convention technical guidelines on mining wastes',
    kind: 'guide',
    url: 'https://www.basel.int',
    summary:
      'How the Basel Convention applies to transboundary movements of wastes, relevant to tailings traded as waste.',
    topics: ['trafficking'],
  },
  {
    title: 'Sendai Framework for Disaster Risk Reduction 2015–2030 (Natech)',
    kind: 'framework',
    url: 'https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030',
    summary: 'UNDRR framework covering technological hazards triggered by natural hazards.',
    topics: ['natech', 'climate-change'],
  },
  {
    title: 'Climate change adaptation for tailings facilities (GISTM Requirement 4.7 / 5.7)',
    kind: 'guide',
    url: 'https://globaltailingsreview.org/global-industry-standard/',
    summary: 'GISTM asks operators to account for climate change in the knowledge base and design.',
    topics: ['climate-change'],
  },
];

function presentDisclosure(d: {
  id: string;
  facility_id: string;
  facility_name: string;
  country_iso3: string;
  company_id: string | null;
  status: string;
  changes: unknown;
  note: string | null;
  comments: string | null;
  submitted_by_email: string | null;
  submitted_at: Date;
  decided_at: Date | null;
}) {
  return {
    id: d.id,
    facilityId: d.facility_id,
    facilityName: d.facility_name,
    countryIso3: d.country_iso3,
    companyId: d.company_id,
    status: d.status,
    changes: d.changes as Record<string, unknown>,
    note: d.note,
    comments: d.comments,
    submittedBy: d.submitted_by_email,
    submittedAt: new Date(d.submitted_at).toISOString(),
    decidedAt: d.decided_at ? new Date(d.decided_at).toISOString() : null,
  };
}

function presentReview(r: {
  id: string;
  kind: string;
  reviewer: string;
  review_date: string;
  scope: string;
  outcome: string;
  principles: number[];
  next_due: string | null;
}) {
  return {
    id: r.id,
    kind: r.kind,
    reviewer: r.reviewer,
    date: r.review_date,
    scope: r.scope,
    outcome: r.outcome,
    principles: r.principles,
    nextDue: r.next_due,
  };
}

function presentFinding(f: {
  id: string;
  review_id: string;
  text: string;
  severity: string;
  status: string;
  closed_at: Date | null;
}) {
  return {
    id: f.id,
    reviewId: f.review_id,
    text: f.text,
    severity: f.severity,
    status: f.status,
    closedAt: f.closed_at ? new Date(f.closed_at).toISOString() : null,
  };
}
