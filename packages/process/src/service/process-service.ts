import {
  type Actor,
  authorize,
  ConflictError,
  can,
  checkUpload,
  type FieldIssue,
  findCountry,
  NotFoundError,
  newId,
  UN_GROUPS,
  type UnGroup,
  ValidationError,
} from '@strata/core';
import type { ProcessRepository } from '../repository/process-repository.ts';
import type { ProcessWork } from '../repository/repositories.ts';
import type { MandateParagraph, Phase, PublishedTotals } from '../repository/tables.ts';

export const MEETING_TYPES = [
  'briefing',
  'regional_consultation',
  'global_meeting',
  'working_group',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const FOCAL_POINT_STATUSES = ['nominated', 'active', 'replaced', 'withdrawn'] as const;
export type FocalPointStatus = (typeof FOCAL_POINT_STATUSES)[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PHASE_DATE_RE = /^\d{4}-\d{2}(-\d{2})?$/;

export interface ProcessView {
  id: string;
  slug: string;
  resolution: string;
  title: string;
  mandate: MandateParagraph[];
  phases: Phase[];
  coChairs: string[];
  secretariat: string;
  publishedTotals: PublishedTotals;
  source: string | null;
}

export interface NewProcessInput {
  slug: string;
  resolution: string;
  title: string;
  mandate?: MandateParagraph[];
  phases?: Phase[];
  coChairs?: string[];
  secretariat: string;
  publishedTotals?: PublishedTotals;
  source?: string | null;
}

/** A focal point as the public sees it; `contact` only for the secretariat and the focal points. */
export interface FocalPointView {
  id: string;
  countryIso3: string;
  unGroup: UnGroup | null;
  kind: 'primary' | 'alternate';
  status: FocalPointStatus;
  nominatedAt: string;
  updatedAt: string;
  contact?: { name: string; email: string | null; phone: string | null };
}

export interface MeetingView {
  id: string;
  processId: string;
  type: MeetingType;
  title: string;
  unGroup: UnGroup | null;
  place: string | null;
  startDate: string;
  endDate: string;
  hybridLink: string | null;
  hostIso3: string | null;
  audience: string | null;
  agenda: string[];
  languages: string[];
  outcome: string | null;
  publishedTotals: PublishedTotals;
  documents: {
    id: string;
    title: string;
    url: string | null;
    fileId: string | null;
    language: string | null;
  }[];
  participation: {
    countryIso3: string | null;
    organisationId: string | null;
    mode: 'in_person' | 'online';
  }[];
}

export interface NewMeetingInput {
  type: MeetingType;
  title: string;
  unGroup?: UnGroup | null;
  place?: string | null;
  startDate: string;
  endDate: string;
  hybridLink?: string | null;
  hostIso3?: string | null;
  audience?: string | null;
  agenda?: string[];
  languages?: string[];
  outcome?: string | null;
  publishedTotals?: PublishedTotals;
}

/** Processes, focal points and meetings. */
export class ProcessService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private present(row: NonNullable<Awaited<ReturnType<ProcessRepository['findProcess']>>>): ProcessView {
    return {
      id: row.id,
      slug: row.slug,
      resolution: row.resolution,
      title: row.title,
      mandate: row.mandate,
      phases: row.phases,
      coChairs: row.co_chairs,
      secretariat: row.secretariat,
      publishedTotals: row.published_totals,
      source: row.source,
    };
  }

  async listProcesses(): Promise<ProcessView[]> {
    return (await this.work.read.processes.listProcesses()).map((r) => this.present(r));
  }

  /** One process by id or slug (e.g. `unea-5-12`). */
  async getProcess(idOrSlug: string): Promise<ProcessView> {
    const row = await this.work.read.processes.findProcess(idOrSlug);
    if (!row) throw new NotFoundError(`Process ${idOrSlug}`);
    return this.present(row);
  }

  async createProcess(actor: Actor | null, input: NewProcessInput, options: { system?: boolean } = {}) {
    if (!options.system) authorize(actor, 'process.process.create');
    const issues: FieldIssue[] = [];
    if (!/^[a-z0-9-]{2,60}$/.test(input.slug))
      issues.push({ path: 'slug', message: 'lowercase letters, digits and -' });
    for (const [i, p] of (input.phases ?? []).entries()) {
      // A phase may be dated to the month only, when the source gives no day (e.g. "October 2022").
      if (!PHASE_DATE_RE.test(p.start))
        issues.push({ path: `phases.${i}.start`, message: 'yyyy-mm or yyyy-mm-dd' });
      if (p.end !== null && (!PHASE_DATE_RE.test(p.end) || p.end < p.start))
        issues.push({ path: `phases.${i}.end`, message: 'yyyy-mm or yyyy-mm-dd, not before the start' });
    }
    if (issues.length) throw new ValidationError('The process is not valid.', issues);
    if (await this.work.read.processes.findProcess(input.slug))
      throw new ConflictError(`A process ${input.slug} exists already.`);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertProcess({
        id: newId(),
        slug: input.slug,
        resolution: input.resolution,
        title: input.title,
        mandate: input.mandate ?? [],
        phases: input.phases ?? [],
        co_chairs: input.coChairs ?? [],
        secretariat: input.secretariat,
        published_totals: input.publishedTotals ?? {},
        source: input.source ?? null,
      });
      const view = this.present(row);
      await tx.audit({
        actor,
        action: 'process.process.create',
        entity: 'process',
        entityId: row.id,
        before: null,
        after: view,
      });
      return view;
    });
  }

  // ── focal points ─────────────────────────────────────────────────────────

  /** Focal points of a process: contacts only for the secretariat and the process's focal points. */
  async listFocalPoints(actor: Actor | null, processId: string): Promise<FocalPointView[]> {
    const process = await this.getProcess(processId);
    const withContacts = can(actor, 'process.focal_point.read_contacts');
    return (await this.work.read.processes.listFocalPoints(process.id)).map((r) => ({
      id: r.id,
      countryIso3: r.country_iso3.trim(),
      unGroup: findCountry(r.country_iso3.trim())?.unGroup ?? null,
      kind: r.kind as FocalPointView['kind'],
      status: r.status as FocalPointStatus,
      nominatedAt: iso(r.nominated_at) as string,
      updatedAt: iso(r.updated_at) as string,
      ...(withContacts ? { contact: { name: r.name, email: r.email, phone: r.phone } } : {}),
    }));
  }

  /** Countries with a nominated or active primary focal point, per UN regional group. */
  async focalPointCounts(processId: string) {
    const points = await this.listFocalPoints(null, processId);
    const countries = new Set(
      points
        .filter((p) => p.kind === 'primary' && (p.status === 'active' || p.status === 'nominated'))
        .map((p) => p.countryIso3),
    );
    const byGroup = Object.fromEntries(UN_GROUPS.map((g) => [g, 0])) as Record<UnGroup, number>;
    let outside = 0;
    for (const iso3 of countries) {
      const g = findCountry(iso3)?.unGroup;
      if (g) byGroup[g] += 1;
      else outside += 1;
    }
    return { countries: countries.size, byGroup, outsideGroups: outside };
  }

  /**
   * Nominates a focal point for a country: the state's own focal-point account or the secretariat.
   * A new primary replaces the current primary (its status becomes `replaced`, with a history event).
   */
  async nominateFocalPoint(
    actor: Actor | null,
    processId: string,
    input: {
      countryIso3: string;
      kind: 'primary' | 'alternate';
      name: string;
      email?: string | null;
      phone?: string | null;
      userId?: string | null;
    },
  ): Promise<FocalPointView> {
    const process = await this.getProcess(processId);
    const country = findCountry(input.countryIso3);
    if (!country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    authorize(actor, 'process.focal_point.nominate', { countryIso3: country.iso3 });
    if (!input.name.trim())
      throw new ValidationError('A name is needed.', [{ path: 'name', message: 'required' }]);
    const at = this.now();
    const id = newId();
    // Read before the transaction: the embedded engine has one connection, held by the transaction.
    const current =
      input.kind === 'primary'
        ? (await this.work.read.processes.listFocalPoints(process.id)).filter(
            (f) =>
              f.country_iso3.trim() === country.iso3 &&
              f.kind === 'primary' &&
              (f.status === 'active' || f.status === 'nominated'),
          )
        : [];
    await this.work.run(async (repos, tx) => {
      for (const f of current) {
        await repos.processes.setFocalPointStatus(f.id, 'replaced', at);
        await repos.processes.insertFocalPointEvent({
          focal_point_id: f.id,
          status: 'replaced',
          note: `replaced by ${id}`,
          actor_id: actor.userId,
          at,
        });
      }
      const row = await repos.processes.insertFocalPoint({
        id,
        process_id: process.id,
        country_iso3: country.iso3,
        kind: input.kind,
        name: input.name.trim(),
        email: input.email ?? null,
        phone: input.phone ?? null,
        status: 'nominated',
        user_id: input.userId ?? null,
        nominated_at: at,
      });
      await repos.processes.insertFocalPointEvent({
        focal_point_id: id,
        status: 'nominated',
        note: null,
        actor_id: actor.userId,
        at,
      });
      await tx.audit({
        actor,
        action: 'process.focal_point.nominate',
        entity: 'process_focal_point',
        entityId: id,
        before: null,
        after: row,
      });
    });
    const view = (await this.listFocalPoints(actor, process.id)).find((f) => f.id === id);
    if (!view) throw new NotFoundError(`Focal point ${id}`);
    return view;
  }

  /** Changes a focal point's status (active, replaced, withdrawn), keeping the history. */
  async updateFocalPointStatus(
    actor: Actor | null,
    id: string,
    input: { status: FocalPointStatus; note?: string | null },
  ) {
    const fp = await this.work.read.processes.findFocalPoint(id);
    if (!fp) throw new NotFoundError(`Focal point ${id}`);
    authorize(actor, 'process.focal_point.update', { countryIso3: fp.country_iso3.trim() });
    if (!FOCAL_POINT_STATUSES.includes(input.status))
      throw new ValidationError('Unknown status.', [
        { path: 'status', message: FOCAL_POINT_STATUSES.join(', ') },
      ]);
    const at = this.now();
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.setFocalPointStatus(id, input.status, at);
      await repos.processes.insertFocalPointEvent({
        focal_point_id: id,
        status: input.status,
        note: input.note ?? null,
        actor_id: actor.userId,
        at,
      });
      await tx.audit({
        actor,
        action: 'process.focal_point.update',
        entity: 'process_focal_point',
        entityId: id,
        before: fp,
        after,
      });
    });
    return { id, status: input.status };
  }

  /** The status history of a focal point (public: dates and statuses, no contact details). */
  async focalPointHistory(id: string) {
    if (!(await this.work.read.processes.findFocalPoint(id))) throw new NotFoundError(`Focal point ${id}`);
    return (await this.work.read.processes.focalPointEvents(id)).map((e) => ({
      at: iso(e.at) as string,
      status: e.status,
      note: e.note,
    }));
  }

  // ── meetings ─────────────────────────────────────────────────────────────

  async listMeetings(processId: string, filter: { type?: MeetingType } = {}): Promise<MeetingView[]> {
    const process = await this.getProcess(processId);
    const rows = (await this.work.read.processes.listMeetings(process.id)).filter(
      (m) => !filter.type || m.type === filter.type,
    );
    const ids = rows.map((r) => r.id);
    const [docs, parts] = await Promise.all([
      this.work.read.processes.meetingDocuments(ids),
      this.work.read.processes.participation(ids),
    ]);
    return rows.map((m) => ({
      id: m.id,
      processId: m.process_id,
      type: m.type as MeetingType,
      title: m.title,
      unGroup: m.un_group as UnGroup | null,
      place: m.place,
      startDate: m.start_date,
      endDate: m.end_date,
      hybridLink: m.hybrid_link,
      hostIso3: m.host_iso3?.trim() ?? null,
      audience: m.audience,
      agenda: m.agenda,
      languages: m.languages,
      outcome: m.outcome,
      publishedTotals: m.published_totals,
      documents: docs
        .filter((d) => d.meeting_id === m.id)
        .map((d) => ({ id: d.id, title: d.title, url: d.url, fileId: d.file_id, language: d.language })),
      participation: parts
        .filter((p) => p.meeting_id === m.id)
        .map((p) => ({
          countryIso3: p.country_iso3?.trim() ?? null,
          organisationId: p.organisation_id,
          mode: p.mode as 'in_person' | 'online',
        })),
    }));
  }

  async getMeeting(id: string): Promise<MeetingView> {
    const row = await this.work.read.processes.findMeeting(id);
    if (!row) throw new NotFoundError(`Meeting ${id}`);
    const found = (await this.listMeetings(row.process_id)).find((m) => m.id === id);
    if (!found) throw new NotFoundError(`Meeting ${id}`);
    return found;
  }

  async createMeeting(
    actor: Actor | null,
    processId: string,
    input: NewMeetingInput,
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.meeting.create');
    const process = await this.getProcess(processId);
    const issues: FieldIssue[] = [];
    if (!MEETING_TYPES.includes(input.type)) issues.push({ path: 'type', message: MEETING_TYPES.join(', ') });
    if (!DATE_RE.test(input.startDate)) issues.push({ path: 'startDate', message: 'yyyy-mm-dd' });
    if (!DATE_RE.test(input.endDate) || input.endDate < input.startDate)
      issues.push({ path: 'endDate', message: 'yyyy-mm-dd, not before startDate' });
    if (input.hostIso3 && !findCountry(input.hostIso3))
      issues.push({ path: 'hostIso3', message: 'not a UN State code' });
    if (input.hybridLink && !/^https:\/\//.test(input.hybridLink))
      issues.push({ path: 'hybridLink', message: 'an https:// link' });
    if (issues.length) throw new ValidationError('The meeting is not valid.', issues);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertMeeting({
        id: newId(),
        process_id: process.id,
        type: input.type,
        title: input.title,
        un_group: input.unGroup ?? null,
        place: input.place ?? null,
        start_date: input.startDate,
        end_date: input.endDate,
        hybrid_link: input.hybridLink ?? null,
        host_iso3: input.hostIso3 ? (findCountry(input.hostIso3)?.iso3 ?? null) : null,
        audience: input.audience ?? null,
        agenda: input.agenda ?? [],
        languages: input.languages ?? [],
        outcome: input.outcome ?? null,
        published_totals: input.publishedTotals ?? {},
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'process.meeting.create',
        entity: 'process_meeting',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row.id;
    });
  }

  /** Records which states and observers attended, in person or online (replaces the previous list). */
  async recordParticipation(
    actor: Actor | null,
    meetingId: string,
    list: { countryIso3?: string | null; organisationId?: string | null; mode: 'in_person' | 'online' }[],
  ) {
    authorize(actor, 'process.meeting.update');
    const before = await this.getMeeting(meetingId);
    const issues: FieldIssue[] = [];
    const rows: { country_iso3: string | null; organisation_id: string | null; mode: string }[] = [];
    const seen = new Set<string>();
    for (const [i, p] of list.entries()) {
      const iso3 = p.countryIso3 ? findCountry(p.countryIso3)?.iso3 : undefined;
      if (!!p.countryIso3 === !!p.organisationId)
        issues.push({ path: `${i}`, message: 'either countryIso3 or organisationId' });
      else if (p.countryIso3 && !iso3)
        issues.push({ path: `${i}.countryIso3`, message: 'not a UN State code' });
      else if (p.organisationId && !(await this.work.read.processes.organisationExists(p.organisationId)))
        issues.push({ path: `${i}.organisationId`, message: 'unknown organisation' });
      const key = iso3 ?? p.organisationId ?? '';
      if (seen.has(key)) issues.push({ path: `${i}`, message: 'listed twice' });
      seen.add(key);
      rows.push({
        country_iso3: iso3 ?? null,
        organisation_id: iso3 ? null : (p.organisationId ?? null),
        mode: p.mode,
      });
    }
    if (issues.length) throw new ValidationError('The participation list is not valid.', issues);
    await this.work.run(async (repos, tx) => {
      await repos.processes.replaceParticipation(meetingId, rows);
      await tx.audit({
        actor,
        action: 'process.meeting.update',
        entity: 'process_meeting',
        entityId: meetingId,
        before: before.participation,
        after: rows,
      });
    });
    return this.getMeeting(meetingId);
  }

  /** Adds a document (a link, or a file already stored) to a meeting. */
  async addMeetingDocument(
    actor: Actor | null,
    meetingId: string,
    input: { title: string; url?: string | null; fileId?: string | null; language?: string | null },
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.meeting.update');
    await this.getMeeting(meetingId);
    if (!input.url && !input.fileId)
      throw new ValidationError('A document needs a link or a file.', [{ path: 'url', message: 'required' }]);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertMeetingDocument({
        id: newId(),
        meeting_id: meetingId,
        title: input.title,
        url: input.url ?? null,
        file_id: input.fileId ?? null,
        language: input.language ?? null,
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'process.meeting.update',
        entity: 'process_meeting_document',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  /**
   * Uploads a document file to a meeting (secretariat): PDF, DOCX or XLSX judged from its bytes, at most
   * 10 MB, SHA-256 kept. Meeting documents are public.
   */
  async uploadMeetingDocument(
    actor: Actor | null,
    meetingId: string,
    input: { title: string; language?: string | null; name: string; bytes: Uint8Array },
  ) {
    authorize(actor, 'process.meeting.update');
    await this.getMeeting(meetingId);
    if (!input.title.trim())
      throw new ValidationError('A document needs a title.', [{ path: 'title', message: 'required' }]);
    const upload = checkUpload(input, 'document');
    const type = upload.type;
    const fileId = newId();
    return this.work.run(async (repos, tx) => {
      await repos.processes.insertFile({
        id: fileId,
        sha256: upload.sha256,
        media_type: type.mediaType,
        size_bytes: upload.sizeBytes,
        original_name: upload.safeName,
        bytes: input.bytes,
      });
      const row = await repos.processes.insertMeetingDocument({
        id: newId(),
        meeting_id: meetingId,
        title: input.title.trim(),
        url: null,
        file_id: fileId,
        language: input.language ?? null,
      });
      await tx.audit({
        actor,
        action: 'process.meeting.update',
        entity: 'process_meeting_document',
        entityId: row.id,
        before: null,
        after: { ...row, sha256: upload.sha256, mediaType: type.mediaType },
      });
      return row;
    });
  }

  /** The file of a meeting document (public). */
  async readMeetingDocument(meetingId: string, documentId: string) {
    const meeting = await this.getMeeting(meetingId);
    const doc = meeting.documents.find((d) => d.id === documentId);
    if (!doc?.fileId) throw new NotFoundError(`Document file ${documentId}`);
    const file = await this.work.read.processes.readFile(doc.fileId);
    if (!file) throw new NotFoundError(`Document file ${documentId}`);
    return {
      title: doc.title,
      name: file.original_name,
      mediaType: file.media_type,
      sha256: file.sha256.trim(),
      bytes: file.bytes,
    };
  }
}
