import type { Language } from '@strata/core';
import type { Executor } from '@strata/db';
import type { Selectable } from 'kysely';
import type { CaseStatus, CaseVersion, GoodPracticeCase } from '../domain/model.ts';
import type { Stage, Theme } from '../domain/vocabulary.ts';
import { iso } from './rows.ts';
import type { CaseRow, CaseVersionRow } from './tables.ts';
import './tables.ts';

const toVersion = (v: Selectable<CaseVersionRow>): CaseVersion => ({
  number: v.number,
  title: v.title,
  problem: v.problem,
  actions: v.actions,
  results: v.results,
  costs: v.costs,
  replicability: v.replicability,
  contacts: v.contacts,
  documents: v.documents,
  createdAt: iso(v.created_at),
});
const toCase = (r: Selectable<CaseRow>, current: Selectable<CaseVersionRow>): GoodPracticeCase => ({
  id: r.id,
  countryIso3: r.country_iso3.trim(),
  stage: r.stage as Stage,
  theme: r.theme as Theme,
  language: r.language as Language,
  status: r.status as CaseStatus,
  reviewNote: r.review_note,
  createdBy: r.created_by,
  mergedInto: r.merged_into,
  demo: r.demo,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  current: toVersion(current),
});

export interface CaseFilter {
  status?: CaseStatus;
  countryIso3?: string;
  theme?: string;
  stage?: string;
}

/** The good-practice library: cases and their versions (never overwritten, a change adds a version). */
export class LibraryRepository {
  constructor(private readonly db: Executor) {}

  async list(filter: CaseFilter = {}): Promise<GoodPracticeCase[]> {
    let q = this.db.selectFrom('exchange_case').selectAll().where('merged_into', 'is', null);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.countryIso3) q = q.where('country_iso3', '=', filter.countryIso3);
    if (filter.theme) q = q.where('theme', '=', filter.theme);
    if (filter.stage) q = q.where('stage', '=', filter.stage);
    const rows = await q.orderBy('updated_at', 'desc').execute();
    if (rows.length === 0) return [];
    const versions = await this.db
      .selectFrom('exchange_case_version as v')
      .selectAll('v')
      .where(
        'v.case_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('v.number')
      .execute();
    const latest = new Map<string, Selectable<CaseVersionRow>>();
    for (const v of versions) latest.set(v.case_id, v);
    return rows.flatMap((r) => {
      const v = latest.get(r.id);
      return v ? [toCase(r, v)] : [];
    });
  }
  async find(id: string): Promise<GoodPracticeCase | null> {
    const row = await this.db.selectFrom('exchange_case').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const v = await this.db
      .selectFrom('exchange_case_version')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('number', 'desc')
      .executeTakeFirst();
    return v ? toCase(row, v) : null;
  }
  async versions(id: string): Promise<CaseVersion[]> {
    const rows = await this.db
      .selectFrom('exchange_case_version')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('number')
      .execute();
    return rows.map(toVersion);
  }
  async insert(c: GoodPracticeCase, authorId: string | null): Promise<void> {
    await this.db
      .insertInto('exchange_case')
      .values({
        id: c.id,
        country_iso3: c.countryIso3,
        stage: c.stage,
        theme: c.theme,
        language: c.language,
        status: c.status,
        created_by: c.createdBy,
        demo: c.demo,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      })
      .execute();
    await this.addVersion(c.id, c.current, authorId);
  }
  async addVersion(caseId: string, v: CaseVersion, authorId: string | null): Promise<void> {
    await this.db
      .insertInto('exchange_case_version')
      .values({
        case_id: caseId,
        number: v.number,
        title: v.title,
        problem: v.problem,
        actions: v.actions,
        results: v.results,
        costs: v.costs,
        replicability: v.replicability,
        contacts: JSON.stringify(v.contacts ?? []),
        documents: JSON.stringify(v.documents),
        created_by: authorId,
        created_at: v.createdAt,
      })
      .execute();
    await this.db
      .updateTable('exchange_case')
      .set({ updated_at: v.createdAt })
      .where('id', '=', caseId)
      .execute();
  }
  async setStatus(id: string, status: CaseStatus, reviewNote: string | null): Promise<void> {
    await this.db
      .updateTable('exchange_case')
      .set({ status, review_note: reviewNote, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }
  async markMerged(id: string, into: string): Promise<void> {
    await this.db
      .updateTable('exchange_case')
      .set({ merged_into: into, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }
  /** The cases merged into this one (their own histories stay readable under their ids). */
  async mergedFrom(id: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('exchange_case')
      .select('id')
      .where('merged_into', '=', id)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }
}
