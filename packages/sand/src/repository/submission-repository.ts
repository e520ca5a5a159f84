import type { Executor, StrataTables } from '@strata/db';
import type { Selectable } from 'kysely';
import type { SubmissionStatus, SubmittedFigure } from '../domain/submission.ts';
import './tables.ts';

/** One version of a country's national statistics, as submitted and as decided. */
export interface SandSubmission {
  id: string;
  iso3: string;
  version: number;
  status: SubmissionStatus;
  title: string;
  publisher: string;
  url: string | null;
  licence: string;
  method: string;
  figures: SubmittedFigure[];
  fileName: string | null;
  fileSha256: string;
  submittedBy: string | null;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

type Row = Selectable<StrataTables['sand_submission']>;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function submissionOf(r: Row): SandSubmission {
  return {
    id: r.id,
    iso3: r.iso3,
    version: r.version,
    status: r.status as SubmissionStatus,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    licence: r.licence,
    method: r.method,
    figures: r.figures as SubmittedFigure[],
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    submittedBy: r.submitted_by,
    submittedAt: iso(r.submitted_at) as string,
    decidedBy: r.decided_by,
    decidedAt: iso(r.decided_at),
    decisionNote: r.decision_note,
  };
}

/** The versions of national statistics submitted by States. */
export class SubmissionRepository {
  constructor(private readonly db: Executor) {}

  /** The next version number of a country's submissions. */
  async nextVersion(iso3: string): Promise<number> {
    const row = await this.db
      .selectFrom('sand_submission')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('iso3', '=', iso3)
      .executeTakeFirst();
    return Number(row?.v ?? 0) + 1;
  }

  async insert(s: Omit<SandSubmission, 'submittedAt' | 'decidedBy' | 'decidedAt' | 'decisionNote'>) {
    await this.db
      .insertInto('sand_submission')
      .values({
        id: s.id,
        iso3: s.iso3,
        version: s.version,
        status: s.status,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        licence: s.licence,
        method: s.method,
        figures: JSON.stringify(s.figures),
        file_name: s.fileName,
        file_sha256: s.fileSha256,
        submitted_by: s.submittedBy,
      })
      .execute();
  }

  /** Locks and returns one submission (for a decision in the same transaction). */
  async get(id: string, forUpdate = false): Promise<SandSubmission | null> {
    let q = this.db.selectFrom('sand_submission').selectAll().where('id', '=', id);
    if (forUpdate) q = q.forUpdate();
    const row = await q.executeTakeFirst();
    return row ? submissionOf(row) : null;
  }

  /** Submissions, newest first, filtered by country and status. */
  async list(filter: { iso3?: string; status?: SubmissionStatus } = {}): Promise<SandSubmission[]> {
    let q = this.db.selectFrom('sand_submission').selectAll();
    if (filter.iso3) q = q.where('iso3', '=', filter.iso3);
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = await q.orderBy('submitted_at', 'desc').orderBy('version', 'desc').execute();
    return rows.map(submissionOf);
  }

  /** Marks a country's versions in `from` statuses as superseded, but `keepId`; returns their ids. */
  async supersede(iso3: string, from: SubmissionStatus[], keepId: string): Promise<string[]> {
    const rows = await this.db
      .updateTable('sand_submission')
      .set({ status: 'superseded' })
      .where('iso3', '=', iso3)
      .where('status', 'in', from)
      .where('id', '!=', keepId)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  async decide(
    id: string,
    decision: { status: 'approved' | 'rejected'; by: string | null; note: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('sand_submission')
      .set({
        status: decision.status,
        decided_by: decision.by,
        decided_at: new Date(),
        decision_note: decision.note,
      })
      .where('id', '=', id)
      .execute();
  }
}
