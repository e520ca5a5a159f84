import { createHash } from 'node:crypto';
import {
  type Actor,
  authorize,
  ConflictError,
  decodeText,
  findCountry,
  NotFoundError,
  newId,
  PayloadTooLargeError,
  ValidationError,
} from '@strata/core';
import { relativeBand } from '../domain/band.ts';
import { type SandSource, TIER_RELATIVE_BAND } from '../domain/parameters.ts';
import {
  parseSubmissionCsv,
  type SubmissionReject,
  type SubmissionStatus,
  submissionSourceId,
} from '../domain/submission.ts';
import type { SandWork } from '../repository/index.ts';
import type { SandSubmission } from '../repository/submission-repository.ts';
import { figureOf } from './import-service.ts';

/** The largest template a State may upload: 55 years of figures fit in a few kilobytes. */
export const MAX_SUBMISSION_BYTES = 256 * 1024;

/** Where a State's figures come from: the publication or office that produced them. */
export interface SubmissionSource {
  iso3: string;
  /** The statistical publication or series, e.g. a yearbook's title. */
  title: string;
  /** The office that produced the figures (statistics office, geological survey, ministry). */
  publisher: string;
  url: string | null;
  licence: string;
  /** How the figures were compiled, in one or two sentences. */
  method: string;
  fileName?: string | null;
}

/** What an upload did: the version recorded, or each rejected line with its reason (nothing saved). */
export interface SubmissionOutcome {
  saved: boolean;
  submission: SandSubmission | null;
  rejected: SubmissionReject[];
  /** Earlier pending versions this one replaced. */
  superseded: string[];
}

/** Run as the system (the command line, on a State's behalf) with actor null; the audit row says so. */
export interface SystemOption {
  system?: boolean;
}

const text = (v: string | null | undefined) => (v ?? '').trim();

/**
 * National statistics submitted by States: a focal point uploads the filled-in template for their
 * country; every upload is a new version; the secretariat approves one, whose figures become the
 * country's official tier (before every estimate, which stays visible beside it), or rejects it with
 * a reason. All of it in one transaction per step, with an audit row.
 */
export class SubmissionService {
  constructor(
    private readonly work: SandWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Checks and records an upload as the country's next version, pending approval. */
  async submit(
    actor: Actor | null,
    source: SubmissionSource,
    bytes: Uint8Array,
    options: SystemOption = {},
  ): Promise<SubmissionOutcome> {
    const iso3 = text(source.iso3).toUpperCase();
    if (!options.system) authorize(actor, 'sand.submission.create', { countryIso3: iso3 });
    if (bytes.byteLength > MAX_SUBMISSION_BYTES) {
      throw new PayloadTooLargeError(
        MAX_SUBMISSION_BYTES,
        `The file is larger than ${MAX_SUBMISSION_BYTES / 1024} KiB.`,
      );
    }
    const issues = sourceIssues({ ...source, iso3 });
    if (issues.length > 0) throw new ValidationError('The submission is not valid.', issues);
    const parsed = parseSubmissionCsv(decodeText(bytes), this.now().getUTCFullYear());
    if (parsed.rejected.length > 0) {
      return { saved: false, submission: null, rejected: parsed.rejected, superseded: [] };
    }
    const id = newId();
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    return this.work.run(async ({ submissions }, tx) => {
      const version = await submissions.nextVersion(iso3);
      await submissions.insert({
        id,
        iso3,
        version,
        status: 'pending',
        title: text(source.title),
        publisher: text(source.publisher),
        url: text(source.url) || null,
        licence: text(source.licence),
        method: text(source.method),
        figures: parsed.figures,
        fileName: source.fileName ?? null,
        fileSha256,
        submittedBy: actor?.userId ?? null,
      });
      const superseded = await submissions.supersede(iso3, ['pending'], id);
      await tx.audit({
        actor,
        action: options.system ? 'system.sand.submission.create' : 'sand.submission.create',
        entity: 'sand_submission',
        entityId: id,
        before: null,
        after: { iso3, version, figures: parsed.figures.length, fileSha256, superseded },
      });
      const submission = await submissions.get(id);
      return { saved: true, submission, rejected: [], superseded };
    });
  }

  /**
   * The submissions an account may see, newest first: the secretariat sees every country's, a focal
   * point their own country's. Figures reach the public only once approved, through the observatory.
   */
  async list(
    actor: Actor | null,
    filter: { iso3?: string; status?: SubmissionStatus } = {},
    options: SystemOption = {},
  ): Promise<SandSubmission[]> {
    const iso3 = filter.iso3?.toUpperCase();
    if (options.system || actor?.role === 'secretariat')
      return this.work.read.submissions.list({ ...filter, iso3 });
    const own = iso3 ?? actor?.countryIso3 ?? '';
    authorize(actor, 'sand.submission.read', { countryIso3: own });
    return this.work.read.submissions.list({ ...filter, iso3: own });
  }

  /** One submission with its figures, for the secretariat or the country's focal point. */
  async get(actor: Actor | null, id: string): Promise<SandSubmission> {
    const s = await this.work.read.submissions.get(id);
    if (!s) throw new NotFoundError(`Submission ${id}`);
    authorize(actor, 'sand.submission.read', { countryIso3: s.iso3 });
    return s;
  }

  /**
   * Approves a pending version: its figures become the country's official figures (converted to
   * tonnes), replacing those of its earlier approved version, which is marked superseded.
   */
  async approve(
    actor: Actor | null,
    id: string,
    note: string | null = null,
    options: SystemOption = {},
  ): Promise<SandSubmission> {
    if (!options.system) authorize(actor, 'sand.submission.decide');
    return this.decide(actor, id, 'approved', text(note) || null, options);
  }

  /** Rejects a pending version with the reason the focal point will read. */
  async reject(
    actor: Actor | null,
    id: string,
    reason: string,
    options: SystemOption = {},
  ): Promise<SandSubmission> {
    if (!options.system) authorize(actor, 'sand.submission.decide');
    if (!text(reason)) {
      throw new ValidationError('A rejection needs a reason.', [
        { path: 'note', message: 'say why, so the focal point can correct it' },
      ]);
    }
    return this.decide(actor, id, 'rejected', text(reason), options);
  }

  private decide(
    actor: Actor | null,
    id: string,
    status: 'approved' | 'rejected',
    note: string | null,
    options: SystemOption,
  ): Promise<SandSubmission> {
    return this.work.run(async ({ submissions, sand }, tx) => {
      const s = await submissions.get(id, true);
      if (!s) throw new NotFoundError(`Submission ${id}`);
      if (s.status !== 'pending') {
        throw new ConflictError(
          `Version ${s.version} of ${s.iso3} is ${s.status}; only a pending one is decided.`,
        );
      }
      await submissions.decide(id, { status, by: actor?.userId ?? null, note });
      let values = 0;
      let removed = 0;
      let superseded: string[] = [];
      if (status === 'approved') {
        const source = sourceOf(s, this.now());
        const figures = s.figures.map((f) =>
          figureOf(source, s.iso3, f.year, relativeBand(f.tonnes, TIER_RELATIVE_BAND.official)),
        );
        removed = await sand.replaceSource(source, figures);
        values = figures.length;
        superseded = await submissions.supersede(s.iso3, ['approved'], id);
      }
      await tx.audit({
        actor,
        action: `${options.system ? 'system.' : ''}sand.submission.${status === 'approved' ? 'approve' : 'reject'}`,
        entity: 'sand_submission',
        entityId: id,
        before: { status: s.status, officialValues: removed },
        after: { status, note, officialValues: values, superseded },
      });
      return (await submissions.get(id)) as SandSubmission;
    });
  }
}

/** The official source an approved version publishes its figures under. */
function sourceOf(s: SandSubmission, decidedAt: Date): SandSource {
  return {
    id: submissionSourceId(s.iso3),
    title: s.title,
    publisher: s.publisher,
    licence: s.licence,
    url: s.url,
    retrieved: s.submittedAt.slice(0, 10),
    tier: 'official',
    method: `${s.method} Submitted by ${s.iso3}'s national focal point (version ${s.version}) and approved by the secretariat on ${decidedAt.toISOString().slice(0, 10)}; converted to tonnes.`,
  };
}

function sourceIssues(s: SubmissionSource & { iso3: string }) {
  const issues: { path: string; message: string }[] = [];
  if (!findCountry(s.iso3)) issues.push({ path: 'iso3', message: `"${s.iso3}" is not a known country` });
  for (const key of ['title', 'publisher', 'licence', 'method'] as const) {
    const v = text(s[key]);
    if (!v) issues.push({ path: key, message: `${key} is required` });
    else if (v.length > 1000) issues.push({ path: key, message: `${key} is longer than 1000 characters` });
  }
  const url = text(s.url);
  if (url && !/^https?:\/\/\S+$/.test(url))
    issues.push({ path: 'url', message: 'url must start with http(s)://' });
  return issues;
}
