import { isUuid } from '@strata/core';
import { byteaAsBase64, byteaParam, type Executor, fromBase64 } from '@strata/db';
import { type Insertable, sql, type Updateable } from 'kysely';
import type {
  CallRow,
  FocalPointRow,
  MandateParagraph,
  MeetingRow,
  MeetingTranslations,
  Phase,
  ProcessRow,
  PublishedTotals,
  SubmissionRow,
} from './tables.ts';

/** Rows of processes, focal points, meetings, files, calls and submissions. */
export class ProcessRepository {
  constructor(private readonly db: Executor) {}

  // ── processes ────────────────────────────────────────────────────────────
  async listProcesses() {
    return this.db.selectFrom('process_process').selectAll().orderBy('created_at').execute();
  }
  async findProcess(idOrSlug: string) {
    const byId = isUuid(idOrSlug);
    return this.db
      .selectFrom('process_process')
      .selectAll()
      .where(byId ? 'id' : 'slug', '=', idOrSlug)
      .executeTakeFirst();
  }
  async insertProcess(
    row: Omit<ProcessRow, 'created_at' | 'mandate' | 'phases' | 'co_chairs' | 'published_totals'> & {
      mandate: MandateParagraph[];
      phases: Phase[];
      co_chairs: string[];
      published_totals: PublishedTotals;
    },
  ) {
    return this.db
      .insertInto('process_process')
      .values({
        ...row,
        mandate: JSON.stringify(row.mandate),
        phases: JSON.stringify(row.phases),
        co_chairs: JSON.stringify(row.co_chairs),
        published_totals: JSON.stringify(row.published_totals),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Changes the editable fields of a process (the slug stays: links and audit entries name it). */
  async updateProcess(
    id: string,
    set: {
      resolution: string;
      title: string;
      mandate: MandateParagraph[];
      phases: Phase[];
      co_chairs: string[];
      secretariat: string;
      source: string | null;
    },
  ) {
    return this.db
      .updateTable('process_process')
      .set({
        ...set,
        mandate: JSON.stringify(set.mandate),
        phases: JSON.stringify(set.phases),
        co_chairs: JSON.stringify(set.co_chairs),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  // ── focal points ─────────────────────────────────────────────────────────
  async listFocalPoints(processId: string) {
    return this.db
      .selectFrom('process_focal_point')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('country_iso3')
      .orderBy('kind', 'desc')
      .orderBy('nominated_at')
      .execute();
  }
  async findFocalPoint(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_focal_point').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async insertFocalPoint(row: Omit<FocalPointRow, 'nominated_at' | 'updated_at'> & { nominated_at?: Date }) {
    return this.db.insertInto('process_focal_point').values(row).returningAll().executeTakeFirstOrThrow();
  }
  async setFocalPointStatus(id: string, status: string, at: Date) {
    return this.db
      .updateTable('process_focal_point')
      .set({ status, updated_at: at })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async insertFocalPointEvent(row: {
    focal_point_id: string;
    status: string;
    note: string | null;
    actor_id: string | null;
    at: Date;
  }) {
    await this.db.insertInto('process_focal_point_event').values(row).execute();
  }
  async focalPointEvents(focalPointId: string) {
    return this.db
      .selectFrom('process_focal_point_event')
      .selectAll()
      .where('focal_point_id', '=', focalPointId)
      .orderBy('id')
      .execute();
  }

  // ── meetings ─────────────────────────────────────────────────────────────
  async listMeetings(processId: string) {
    return this.db
      .selectFrom('process_meeting')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('start_date')
      .orderBy('title')
      .execute();
  }
  async findMeeting(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_meeting').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async insertMeeting(
    row: Omit<MeetingRow, 'created_at' | 'agenda' | 'languages' | 'published_totals' | 'translations'> & {
      agenda: string[];
      languages: string[];
      published_totals: PublishedTotals;
      translations: MeetingTranslations;
    },
  ) {
    return this.db
      .insertInto('process_meeting')
      .values({
        ...row,
        agenda: JSON.stringify(row.agenda),
        languages: JSON.stringify(row.languages),
        published_totals: JSON.stringify(row.published_totals),
        translations: JSON.stringify(row.translations),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async updateMeeting(
    id: string,
    set: Omit<
      MeetingRow,
      'id' | 'process_id' | 'created_at' | 'agenda' | 'languages' | 'published_totals' | 'translations'
    > & {
      agenda: string[];
      languages: string[];
      translations: MeetingTranslations;
    },
  ) {
    return this.db
      .updateTable('process_meeting')
      .set({
        ...set,
        agenda: JSON.stringify(set.agenda),
        languages: JSON.stringify(set.languages),
        translations: JSON.stringify(set.translations),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async meetingDocuments(meetingIds: string[]) {
    if (meetingIds.length === 0) return [];
    return this.db
      .selectFrom('process_meeting_document')
      .selectAll()
      .where('meeting_id', 'in', meetingIds)
      .orderBy('created_at')
      .execute();
  }
  async insertMeetingDocument(row: {
    id: string;
    meeting_id: string;
    title: string;
    url: string | null;
    file_id: string | null;
    language: string | null;
    issued: string | null;
  }) {
    return this.db
      .insertInto('process_meeting_document')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async participation(meetingIds: string[]) {
    if (meetingIds.length === 0) return [];
    return this.db
      .selectFrom('process_participation')
      .selectAll()
      .where('meeting_id', 'in', meetingIds)
      .orderBy('participant_key')
      .execute();
  }
  async replaceParticipation(
    meetingId: string,
    rows: { country_iso3: string | null; organisation_id: string | null; mode: string }[],
  ) {
    await this.db.deleteFrom('process_participation').where('meeting_id', '=', meetingId).execute();
    if (rows.length === 0) return;
    await this.db
      .insertInto('process_participation')
      .values(
        rows.map((r) => ({
          meeting_id: meetingId,
          participant_key: r.country_iso3 ? `state:${r.country_iso3}` : `org:${r.organisation_id}`,
          ...r,
        })),
      )
      .execute();
  }

  // ── files ────────────────────────────────────────────────────────────────
  async insertFile(row: {
    id: string;
    sha256: string;
    media_type: string;
    size_bytes: number;
    original_name: string;
    bytes: Uint8Array;
  }) {
    await this.db
      .insertInto('process_file')
      .values({ ...row, bytes: byteaParam(row.bytes) })
      .execute();
  }
  async readFile(id: string) {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .selectFrom('process_file')
      .select(['id', 'sha256', 'media_type', 'size_bytes', 'original_name', 'created_at'])
      .select(byteaAsBase64('bytes').as('bytes'))
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { ...row, bytes: fromBase64(row.bytes) } : undefined;
  }

  // ── calls and submissions ────────────────────────────────────────────────
  async listCalls(processId: string) {
    return this.db
      .selectFrom('process_call')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('deadline')
      .execute();
  }
  async findCall(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_call').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async insertCall(
    row: Omit<Insertable<CallRow>, 'open_to' | 'published_totals'> & {
      open_to: string[];
      published_totals: PublishedTotals;
    },
  ) {
    return this.db
      .insertInto('process_call')
      .values({
        ...row,
        open_to: JSON.stringify(row.open_to),
        published_totals: JSON.stringify(row.published_totals),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async updateCall(
    id: string,
    set: {
      title: string;
      mandate_ref: string | null;
      opens_on: string | null;
      deadline: Date;
      open_to: string[];
    },
  ) {
    return this.db
      .updateTable('process_call')
      .set({ ...set, open_to: JSON.stringify(set.open_to) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  /** Closes a call now; undefined when it was closed already (a concurrent close). */
  async closeCall(id: string, at: Date) {
    return this.db
      .updateTable('process_call')
      .set({ closed_at: at })
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  }
  async listSubmissions(filter: { callId?: string; statuses?: string[]; ids?: string[] }) {
    let q = this.db
      .selectFrom('process_submission')
      .leftJoin('organisation', 'organisation.id', 'process_submission.organisation_id')
      .selectAll('process_submission')
      .select('organisation.name as organisation_name');
    if (filter.callId) q = q.where('process_submission.call_id', '=', filter.callId);
    if (filter.statuses) q = q.where('process_submission.status', 'in', filter.statuses);
    if (filter.ids) q = q.where('process_submission.id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
    return q.orderBy('process_submission.submitted_at').orderBy('process_submission.id').execute();
  }
  async findSubmission(id: string) {
    if (!isUuid(id)) return undefined;
    return (await this.listSubmissions({ ids: [id] }))[0];
  }
  async submissionCounts(callIds: string[]) {
    if (callIds.length === 0) return [];
    return this.db
      .selectFrom('process_submission')
      .select(['call_id', 'status', 'submitter_kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('call_id', 'in', callIds)
      .groupBy(['call_id', 'status', 'submitter_kind'])
      .execute();
  }
  async insertSubmission(row: Insertable<SubmissionRow>) {
    return this.db.insertInto('process_submission').values(row).returningAll().executeTakeFirstOrThrow();
  }
  async insertSubmissionFile(row: {
    submission_id: string;
    file_id: string;
    language: string;
    position: number;
  }) {
    await this.db.insertInto('process_submission_file').values(row).execute();
  }
  async updateSubmissionStatus(id: string, set: Updateable<SubmissionRow>) {
    return this.db
      .updateTable('process_submission')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async submissionFiles(submissionIds: string[]) {
    if (submissionIds.length === 0) return [];
    return this.db
      .selectFrom('process_submission_file')
      .innerJoin('process_file', 'process_file.id', 'process_submission_file.file_id')
      .select([
        'process_submission_file.submission_id',
        'process_submission_file.language',
        'process_submission_file.position',
        'process_file.id',
        'process_file.sha256',
        'process_file.media_type',
        'process_file.size_bytes',
        'process_file.original_name',
      ])
      .where('process_submission_file.submission_id', 'in', submissionIds)
      .orderBy('process_submission_file.position')
      .execute();
  }

  async organisationExists(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('organisation')
      .select('id')
      .where(sql<boolean>`id::text = ${id}`)
      .executeTakeFirst();
    return row !== undefined;
  }
}
