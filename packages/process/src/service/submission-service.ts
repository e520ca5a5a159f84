import {
  type Actor,
  authorize,
  ConflictError,
  can,
  checkUpload,
  type FieldIssue,
  ForbiddenError,
  findCountry,
  NotFoundError,
  newId,
  toCsv,
  ValidationError,
  writeZipAsync,
} from '@strata/core';
import type { ProcessRepository } from '../repository/process-repository.ts';
import type { ProcessWork } from '../repository/repositories.ts';

export const FILE_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'other'] as const;
export type FileLanguage = (typeof FILE_LANGUAGES)[number];
export const SUBMISSION_STATUSES = ['received', 'published', 'rejected', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface SubmissionFileView {
  id: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  originalName: string;
  language: FileLanguage;
}
export interface SubmissionView {
  id: string;
  callId: string;
  submitterKind: 'state' | 'observer';
  countryIso3: string | null;
  organisationId: string | null;
  organisationName: string | null;
  title: string;
  status: SubmissionStatus;
  onBehalf: boolean;
  submittedAt: string;
  clearedAt: string | null;
  withdrawnAt: string | null;
  withdrawalNote: string | null;
  files: SubmissionFileView[];
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  language: string;
}

/** Submissions to calls: uploads, the clearing queue, publication, withdrawal and the compilation. */
export class SubmissionService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async present(
    rows: Awaited<ReturnType<ProcessRepository['listSubmissions']>>,
  ): Promise<SubmissionView[]> {
    const files = await this.work.read.processes.submissionFiles(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      callId: r.call_id,
      submitterKind: r.submitter_kind as 'state' | 'observer',
      countryIso3: r.country_iso3?.trim() ?? null,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name ?? null,
      title: r.title,
      status: r.status as SubmissionStatus,
      onBehalf: r.on_behalf,
      submittedAt: iso(r.submitted_at) as string,
      clearedAt: iso(r.cleared_at),
      withdrawnAt: iso(r.withdrawn_at),
      withdrawalNote: r.withdrawal_note,
      files: files
        .filter((f) => f.submission_id === r.id)
        .map((f) => ({
          id: f.id,
          sha256: f.sha256.trim(),
          mediaType: f.media_type,
          sizeBytes: f.size_bytes,
          originalName: f.original_name,
          language: f.language as FileLanguage,
        })),
    }));
  }

  /** Whether the actor may see this submission before (or without) publication. */
  private maySeeUnpublished(
    actor: Actor | null,
    r: { country_iso3: string | null; organisation_id: string | null },
  ) {
    return can(actor, 'process.submission.read_unpublished', {
      countryIso3: r.country_iso3?.trim() ?? null,
      organisationId: r.organisation_id,
    });
  }

  /**
   * The per-call listing: published and withdrawn submissions for everyone (a withdrawn one shows its
   * note, not its files); received and rejected ones only to those allowed to see them.
   */
  async listSubmissions(actor: Actor | null, callId: string): Promise<SubmissionView[]> {
    if (!(await this.work.read.processes.findCall(callId))) throw new NotFoundError(`Call ${callId}`);
    const rows = (await this.work.read.processes.listSubmissions({ callId })).filter(
      (r) => r.status === 'published' || r.status === 'withdrawn' || this.maySeeUnpublished(actor, r),
    );
    return (await this.present(rows)).map((s) => (s.status === 'withdrawn' ? { ...s, files: [] } : s));
  }

  /** The secretariat's clearing queue: submissions received and not yet published or rejected. */
  async clearingQueue(actor: Actor | null): Promise<SubmissionView[]> {
    authorize(actor, 'process.submission.clear');
    return this.present(await this.work.read.processes.listSubmissions({ statuses: ['received'] }));
  }

  async getSubmission(actor: Actor | null, id: string): Promise<SubmissionView> {
    const row = await this.work.read.processes.findSubmission(id);
    if (
      !row ||
      !(row.status === 'published' || row.status === 'withdrawn' || this.maySeeUnpublished(actor, row))
    )
      throw new NotFoundError(`Submission ${id}`);
    const [view] = await this.present([row]);
    if (!view) throw new NotFoundError(`Submission ${id}`);
    return view.status === 'withdrawn' ? { ...view, files: [] } : view;
  }

  /**
   * Submits to a call: a state through its focal point, an observer through its contact (or the
   * secretariat on their behalf). Each file must be PDF, DOCX or XLSX judged from its bytes, at most
   * 10 MB, with its language; its SHA-256 is kept. Before the deadline only.
   */
  async submit(
    actor: Actor | null,
    callId: string,
    input: {
      title: string;
      countryIso3?: string | null;
      organisationId?: string | null;
      files: UploadedFile[];
    },
  ): Promise<SubmissionView> {
    const call = await this.work.read.processes.findCall(callId);
    if (!call) throw new NotFoundError(`Call ${callId}`);
    const country = input.countryIso3 ? findCountry(input.countryIso3) : undefined;
    const kind = country ? 'state' : 'observer';
    if (!!input.countryIso3 === !!input.organisationId)
      throw new ValidationError('Submit for a state or for an observer organisation.', [
        { path: 'countryIso3', message: 'give either countryIso3 or organisationId' },
      ]);
    if (input.countryIso3 && !country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    authorize(actor, 'process.submission.submit', {
      countryIso3: country?.iso3 ?? null,
      organisationId: input.organisationId ?? null,
    });
    if (
      kind === 'observer' &&
      !(await this.work.read.processes.organisationExists(input.organisationId as string))
    )
      throw new ValidationError('Unknown organisation.', [
        { path: 'organisationId', message: 'not registered' },
      ]);
    const openTo = call.open_to as string[];
    if (!openTo.includes(kind === 'state' ? 'states' : 'observers'))
      throw new ForbiddenError(`This call is open to ${openTo.join(' and ')} only.`);
    if (this.now().getTime() > new Date(call.deadline).getTime())
      throw new ConflictError(`The deadline (${iso(call.deadline)}) has passed.`);
    if (call.closed_at !== null) throw new ConflictError(`The call was closed on ${iso(call.closed_at)}.`);
    const issues: FieldIssue[] = [];
    if (!input.title.trim()) issues.push({ path: 'title', message: 'required' });
    if (input.files.length === 0) issues.push({ path: 'files', message: 'at least one file' });
    const checked = input.files.map((f, i) => {
      const upload = checkUpload(f);
      if (!(FILE_LANGUAGES as readonly string[]).includes(f.language))
        issues.push({ path: `files.${i}.language`, message: FILE_LANGUAGES.join(', ') });
      return { ...f, type: upload.type, sha256: upload.sha256, safeName: upload.safeName };
    });
    if (issues.length) throw new ValidationError('The submission is not valid.', issues);
    const id = newId();
    await this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertSubmission({
        id,
        call_id: call.id,
        submitter_kind: kind,
        country_iso3: country?.iso3 ?? null,
        organisation_id: kind === 'observer' ? (input.organisationId ?? null) : null,
        title: input.title.trim(),
        status: 'received',
        submitted_by: actor.userId,
        on_behalf: actor.role === 'secretariat',
        submitted_at: this.now(),
      });
      for (const [position, f] of checked.entries()) {
        const fileId = newId();
        await repos.processes.insertFile({
          id: fileId,
          sha256: f.sha256,
          media_type: f.type.mediaType,
          size_bytes: f.bytes.length,
          original_name: f.safeName,
          bytes: f.bytes,
        });
        await repos.processes.insertSubmissionFile({
          submission_id: id,
          file_id: fileId,
          language: f.language,
          position,
        });
      }
      await tx.audit({
        actor,
        action: 'process.submission.submit',
        entity: 'process_submission',
        entityId: id,
        before: null,
        after: {
          ...row,
          files: checked.map((f) => ({
            name: f.name,
            sha256: f.sha256,
            mediaType: f.type.mediaType,
            bytes: f.bytes.length,
          })),
        },
      });
    });
    return this.getSubmission(actor, id);
  }

  /** Publishes or rejects a received submission (secretariat). */
  async clear(
    actor: Actor | null,
    id: string,
    input: { decision: 'publish' | 'reject'; note?: string | null },
  ) {
    authorize(actor, 'process.submission.clear');
    const row = await this.work.read.processes.findSubmission(id);
    if (!row) throw new NotFoundError(`Submission ${id}`);
    if (row.status !== 'received')
      throw new ConflictError(`The submission is ${row.status}, not in the clearing queue.`);
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.updateSubmissionStatus(id, {
        status: input.decision === 'publish' ? 'published' : 'rejected',
        cleared_at: this.now(),
        clearing_note: input.note ?? null,
      });
      await tx.audit({
        actor,
        action: 'process.submission.clear',
        entity: 'process_submission',
        entityId: id,
        before: row,
        after,
      });
    });
    return this.getSubmission(actor, id);
  }

  /** Withdraws a published submission with a note; it stays listed as withdrawn, never edited. */
  async withdraw(actor: Actor | null, id: string, note: string) {
    const row = await this.work.read.processes.findSubmission(id);
    if (!row) throw new NotFoundError(`Submission ${id}`);
    authorize(actor, 'process.submission.withdraw', {
      countryIso3: row.country_iso3?.trim() ?? null,
      organisationId: row.organisation_id,
    });
    if (row.status !== 'published')
      throw new ConflictError(`Only a published submission can be withdrawn; this one is ${row.status}.`);
    if (!note.trim())
      throw new ValidationError('A withdrawal needs a note.', [{ path: 'note', message: 'required' }]);
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.updateSubmissionStatus(id, {
        status: 'withdrawn',
        withdrawn_at: this.now(),
        withdrawal_note: note.trim(),
      });
      await tx.audit({
        actor,
        action: 'process.submission.withdraw',
        entity: 'process_submission',
        entityId: id,
        before: row,
        after,
      });
    });
    return this.getSubmission(actor, id);
  }

  /** One file of a submission visible to the actor (published, or the actor may see it unpublished). */
  async readFile(actor: Actor | null, submissionId: string, fileId: string) {
    const s = await this.getSubmission(actor, submissionId);
    const meta = s.files.find((f) => f.id === fileId);
    if (!meta) throw new NotFoundError(`File ${fileId}`);
    const row = await this.work.read.processes.readFile(fileId);
    if (!row) throw new NotFoundError(`File ${fileId}`);
    return { ...meta, bytes: row.bytes };
  }

  /** The per-call listing as CSV (published and withdrawn submissions). */
  async listingCsv(callId: string): Promise<string> {
    const subs = await this.listSubmissions(null, callId);
    return toCsv(
      [
        'submission_id',
        'submitter_kind',
        'country_iso3',
        'organisation',
        'title',
        'status',
        'submitted_at',
        'withdrawn_at',
        'withdrawal_note',
        'files',
      ],
      subs.map((s) => [
        s.id,
        s.submitterKind,
        s.countryIso3,
        s.organisationName,
        s.title,
        s.status,
        s.submittedAt,
        s.withdrawnAt,
        s.withdrawalNote,
        s.files.map((f) => `${f.originalName} (${f.language}, sha256 ${f.sha256})`).join('; '),
      ]),
    );
  }

  /**
   * The single downloadable compilation of a call: a ZIP holding every published file (named
   * `NNN-<submitter>-<language>.<ext>`) and `index.csv` listing each submission, withdrawn ones included
   * with their note, and each file's SHA-256.
   */
  async compilation(callId: string): Promise<Uint8Array> {
    const subs = await this.listSubmissions(null, callId);
    const entries = [];
    const index: (string | number | null)[][] = [];
    let n = 0;
    for (const s of subs) {
      if (s.files.length === 0) {
        index.push([
          s.id,
          s.submitterKind,
          s.countryIso3 ?? s.organisationName,
          s.title,
          s.status,
          s.withdrawalNote,
          null,
          null,
          null,
        ]);
        continue;
      }
      for (const f of s.files) {
        n += 1;
        const who = (s.countryIso3 ?? s.organisationName ?? 'observer')
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .slice(0, 40);
        const ext =
          f.mediaType === 'application/pdf'
            ? 'pdf'
            : f.mediaType.includes('wordprocessing')
              ? 'docx'
              : 'xlsx';
        const name = `${String(n).padStart(3, '0')}-${who}-${f.language}.${ext}`;
        const file = await this.work.read.processes.readFile(f.id);
        if (!file) continue;
        entries.push({ name: `files/${name}`, data: file.bytes, modified: new Date(s.submittedAt) });
        index.push([
          s.id,
          s.submitterKind,
          s.countryIso3 ?? s.organisationName,
          s.title,
          s.status,
          null,
          `files/${name}`,
          f.language,
          f.sha256,
        ]);
      }
    }
    const csv = toCsv(
      [
        'submission_id',
        'submitter_kind',
        'submitter',
        'title',
        'status',
        'withdrawal_note',
        'file',
        'language',
        'sha256',
      ],
      index,
    );
    return writeZipAsync([{ name: 'index.csv', data: new TextEncoder().encode(csv) }, ...entries]);
  }
}
