import {
  type Actor,
  authorize,
  checkUpload,
  type FieldIssue,
  findCountry,
  isLanguage,
  LANGUAGES,
  NotFoundError,
  newId,
  type UnGroup,
  ValidationError,
} from '@strata/core';
import type { ProcessWork } from '../repository/repositories.ts';
import type { MeetingTranslations, PublishedTotals } from '../repository/tables.ts';
import { processIdOf } from './process-id.ts';

export const MEETING_TYPES = [
  'briefing',
  'regional_consultation',
  'global_meeting',
  'working_group',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
/** How a meeting was held. */
export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

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
  format: MeetingFormat | null;
  translations: MeetingTranslations;
  documents: {
    id: string;
    title: string;
    url: string | null;
    fileId: string | null;
    language: string | null;
    issued: string | null;
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
  format?: MeetingFormat | null;
  translations?: MeetingTranslations;
  publishedTotals?: PublishedTotals;
}
/** The columns of a meeting from its fields, or the ValidationError of what is wrong with them. */
function meetingFields(input: Omit<NewMeetingInput, 'publishedTotals'>) {
  const issues: FieldIssue[] = [];
  if (!MEETING_TYPES.includes(input.type)) issues.push({ path: 'type', message: MEETING_TYPES.join(', ') });
  if (!input.title.trim()) issues.push({ path: 'title', message: 'required' });
  if (!DATE_RE.test(input.startDate)) issues.push({ path: 'startDate', message: 'yyyy-mm-dd' });
  if (!DATE_RE.test(input.endDate) || input.endDate < input.startDate)
    issues.push({ path: 'endDate', message: 'yyyy-mm-dd, not before startDate' });
  if (input.hostIso3 && !findCountry(input.hostIso3))
    issues.push({ path: 'hostIso3', message: 'not a UN State code' });
  if (input.hybridLink && !/^https:\/\//.test(input.hybridLink))
    issues.push({ path: 'hybridLink', message: 'an https:// link' });
  if (input.format && !MEETING_FORMATS.includes(input.format))
    issues.push({ path: 'format', message: MEETING_FORMATS.join(', ') });
  for (const [field, forms] of Object.entries(input.translations ?? {}))
    for (const [lang, t] of Object.entries(forms ?? {})) {
      const path = `translations.${field}.${lang}`;
      if (!['title', 'audience', 'agenda'].includes(field))
        issues.push({ path: `translations.${field}`, message: 'title, audience or agenda' });
      else if (!isLanguage(lang)) issues.push({ path, message: LANGUAGES.join(', ') });
      else if (typeof (t as { official?: unknown })?.official !== 'boolean')
        issues.push({ path: `${path}.official`, message: 'true or false' });
    }
  if (issues.length) throw new ValidationError('The meeting is not valid.', issues);
  return {
    type: input.type,
    title: input.title.trim(),
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
    format: input.format ?? null,
    translations: input.translations ?? {},
  };
}

/** Meetings of a process: their dates, documents (links and files) and participation. */
export class MeetingService {
  constructor(private readonly work: ProcessWork) {}

  async listMeetings(processId: string, filter: { type?: MeetingType } = {}): Promise<MeetingView[]> {
    const rows = (
      await this.work.read.processes.listMeetings(await processIdOf(this.work.read.processes, processId))
    ).filter((m) => !filter.type || m.type === filter.type);
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
      format: m.format as MeetingFormat | null,
      translations: m.translations,
      documents: docs
        .filter((d) => d.meeting_id === m.id)
        .map((d) => ({
          id: d.id,
          title: d.title,
          url: d.url,
          fileId: d.file_id,
          language: d.language,
          issued: d.issued,
        })),
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
    const process = { id: await processIdOf(this.work.read.processes, processId) };
    const fields = meetingFields(input);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.insertMeeting({
        id: newId(),
        process_id: process.id,
        ...fields,
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

  /**
   * Edits a meeting (secretariat): the fields given change, the others stay. Documents and participation
   * have their own methods.
   */
  async updateMeeting(
    actor: Actor | null,
    id: string,
    input: Partial<Omit<NewMeetingInput, 'publishedTotals'>>,
    options: { system?: boolean } = {},
  ): Promise<MeetingView> {
    if (!options.system) authorize(actor, 'process.meeting.update');
    const before = await this.getMeeting(id);
    const fields = meetingFields({
      type: input.type ?? before.type,
      title: input.title ?? before.title,
      unGroup: input.unGroup === undefined ? before.unGroup : input.unGroup,
      place: input.place === undefined ? before.place : input.place,
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate ?? before.endDate,
      hybridLink: input.hybridLink === undefined ? before.hybridLink : input.hybridLink,
      hostIso3: input.hostIso3 === undefined ? before.hostIso3 : input.hostIso3,
      audience: input.audience === undefined ? before.audience : input.audience,
      agenda: input.agenda ?? before.agenda,
      languages: input.languages ?? before.languages,
      outcome: input.outcome === undefined ? before.outcome : input.outcome,
      format: input.format === undefined ? before.format : input.format,
      translations: input.translations ?? before.translations,
    });
    await this.work.run(async (repos, tx) => {
      const after = await repos.processes.updateMeeting(id, fields);
      await tx.audit({
        actor,
        action: 'process.meeting.update',
        entity: 'process_meeting',
        entityId: id,
        before,
        after,
      });
    });
    return this.getMeeting(id);
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
    input: {
      title: string;
      url?: string | null;
      fileId?: string | null;
      language?: string | null;
      issued?: string | null;
    },
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
        issued: input.issued ?? null,
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
        issued: null,
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
