import {
  type Actor,
  authorize,
  ConflictError,
  can,
  type FieldIssue,
  findCountry,
  NotFoundError,
  newId,
  UN_GROUPS,
  type UnGroup,
  ValidationError,
} from '@strata/core';
import { stateOf } from '../domain/states.ts';
import type { ProcessRepository } from '../repository/process-repository.ts';
import type { ProcessWork } from '../repository/repositories.ts';
import type { MandateParagraph, Phase, PublishedTotals } from '../repository/tables.ts';

export const FOCAL_POINT_STATUSES = ['nominated', 'active', 'replaced', 'withdrawn'] as const;
export type FocalPointStatus = (typeof FOCAL_POINT_STATUSES)[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const _DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
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

/** The fields of a process that can be edited (the slug cannot: links and the audit log name it). */
export type EditProcessInput = Partial<Omit<NewProcessInput, 'slug' | 'publishedTotals'>>;

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

/** What is wrong with the fields of a process that both creating and editing set. */
function processIssues(input: EditProcessInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.title !== undefined && !input.title.trim()) issues.push({ path: 'title', message: 'required' });
  if (input.resolution !== undefined && !input.resolution.trim())
    issues.push({ path: 'resolution', message: 'required' });
  if (input.secretariat !== undefined && !input.secretariat.trim())
    issues.push({ path: 'secretariat', message: 'required' });
  for (const [i, p] of (input.phases ?? []).entries()) {
    if (!p.name.trim()) issues.push({ path: `phases.${i}.name`, message: 'required' });
    // A phase may be dated to the month only, when the source gives no day (e.g. "October 2022").
    // Null where the source gives no date at all: unknown, not guessed.
    if (p.start !== null && !PHASE_DATE_RE.test(p.start))
      issues.push({ path: `phases.${i}.start`, message: 'yyyy-mm or yyyy-mm-dd, or null when unknown' });
    if (p.end !== null && (!PHASE_DATE_RE.test(p.end) || (p.start !== null && p.end < p.start)))
      issues.push({ path: `phases.${i}.end`, message: 'yyyy-mm or yyyy-mm-dd, not before the start' });
  }
  return issues;
}

/** Processes and focal points. */
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
    const issues = processIssues(input);
    if (!/^[a-z0-9-]{2,60}$/.test(input.slug))
      issues.push({ path: 'slug', message: 'lowercase letters, digits and -' });
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

  /** Edits a process (secretariat): the fields given change, the others stay; the slug never changes. */
  async updateProcess(
    actor: Actor | null,
    idOrSlug: string,
    input: EditProcessInput,
    options: { system?: boolean } = {},
  ): Promise<ProcessView> {
    if (!options.system) authorize(actor, 'process.process.update');
    const before = await this.getProcess(idOrSlug);
    const issues = processIssues(input);
    if (issues.length) throw new ValidationError('The process is not valid.', issues);
    return this.work.run(async (repos, tx) => {
      const row = await repos.processes.updateProcess(before.id, {
        resolution: input.resolution?.trim() ?? before.resolution,
        title: input.title?.trim() ?? before.title,
        mandate: input.mandate ?? before.mandate,
        phases: input.phases ?? before.phases,
        co_chairs: input.coChairs ?? before.coChairs,
        secretariat: input.secretariat?.trim() ?? before.secretariat,
        source: input.source === undefined ? before.source : input.source,
      });
      const after = this.present(row);
      await tx.audit({
        actor,
        action: 'process.process.update',
        entity: 'process',
        entityId: before.id,
        before,
        after,
      });
      return after;
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
      unGroup: stateOf(r.country_iso3.trim(), true)?.unGroup ?? null,
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
      const g = stateOf(iso3, true)?.unGroup;
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
}
