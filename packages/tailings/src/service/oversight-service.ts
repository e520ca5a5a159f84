import {
  type Actor,
  authorize,
  findCountry,
  isUuid,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import {
  type GistmRequirement,
  SELF_ASSESSMENT_STATUSES,
  type SelfAssessmentStatus,
  summariseSelfAssessment,
} from '../domain/gistm.ts';
import { reviewInterval } from '../domain/review-interval.ts';
import type { TailingsRepositories, TailingsWork } from '../repository/index.ts';
import type { Finding, FindingSeverity, Review } from '../repository/oversight-repository.ts';
import { requireFacility } from './lookup.ts';

/** A review or audit as recorded: what the reviewer looked at, found and when the next one is due. */
export type ReviewInput = Omit<Review, 'id' | 'facilityId' | 'nextDue'> & {
  nextDue?: string | null;
  findings?: { text: string; severity: FindingSeverity }[];
};

/** A finding as the facility page and the API show it (its facility is the page's). */
function presentFinding(f: Finding) {
  return {
    id: f.id,
    reviewId: f.reviewId,
    text: f.text,
    severity: f.severity,
    status: f.status,
    closedAt: f.closedAt,
  };
}

/** A facility's reviews, newest first, each with its findings. */
export async function reviewsWithFindings(repos: TailingsRepositories, facilityId: string) {
  const [reviews, findings] = await Promise.all([
    repos.oversight.reviews(facilityId),
    repos.oversight.findings([facilityId]),
  ]);
  return reviews.map((r) => ({
    id: r.id,
    kind: r.kind,
    reviewer: r.reviewer,
    date: r.date,
    scope: r.scope,
    outcome: r.outcome,
    principles: r.principles,
    nextDue: r.nextDue,
    findings: findings.filter((f) => f.reviewId === r.id).map(presentFinding),
  }));
}

/** A facility's GISTM self-assessment: its answers and the per-principle summary. */
export async function selfAssessmentOf(repos: TailingsRepositories, facilityId: string) {
  const [requirements, answers] = await Promise.all([
    repos.oversight.requirements(),
    repos.oversight.selfAssessment(facilityId),
  ]);
  const answerMap = new Map(answers.map((a) => [a.requirementId, a.status as SelfAssessmentStatus]));
  return { answers, summary: summariseSelfAssessment(requirements, answerMap) };
}

/** Oversight: reviews and audits with findings, GISTM requirements and self-assessments, the regulator's view. */
export class OversightService {
  constructor(
    private readonly work: TailingsWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records a review or audit with its findings (reviewer, regulator of the country, secretariat). */
  async recordReview(actor: Actor | null, facilityId: string, input: ReviewInput) {
    const f = await requireFacility(this.work.read, facilityId);
    authorize(actor, 'tailings.review.create', { countryIso3: f.countryIso3, companyId: f.companyId });
    const bad = input.principles.filter((p) => !Number.isInteger(p) || p < 1 || p > 15);
    if (bad.length > 0)
      throw new ValidationError('GISTM principles are numbered 1–15.', [
        { path: 'principles', message: `invalid: ${bad.join(', ')}` },
      ]);
    const id = newId();
    await this.work.run(async ({ oversight }, tx) => {
      await oversight.insertReview(
        {
          id,
          facilityId,
          kind: input.kind,
          reviewer: input.reviewer,
          date: input.date,
          scope: input.scope,
          outcome: input.outcome,
          principles: input.principles,
          nextDue: input.nextDue ?? null,
        },
        actor.userId,
      );
      await oversight.insertFindings(
        (input.findings ?? []).map((x) => ({
          id: newId(),
          reviewId: id,
          facilityId,
          text: x.text,
          severity: x.severity,
        })),
      );
      await tx.audit({
        actor,
        action: 'tailings.review.create',
        entity: 'tailings_review',
        entityId: id,
        before: null,
        after: { facilityId, ...input },
      });
    });
    const review = (await reviewsWithFindings(this.work.read, facilityId)).find((r) => r.id === id);
    if (!review) throw new NotFoundError(`Review ${id}`);
    return review;
  }

  /** Closes or reopens a finding. */
  async setFindingStatus(actor: Actor | null, findingId: string, status: 'open' | 'closed') {
    if (!isUuid(findingId)) throw new NotFoundError(`Finding ${findingId}`);
    const finding = await this.work.read.oversight.findFinding(findingId);
    if (!finding) throw new NotFoundError(`Finding ${findingId}`);
    const f = await requireFacility(this.work.read, finding.facilityId);
    authorize(actor, 'tailings.finding.update', { countryIso3: f.countryIso3, companyId: f.companyId });
    const at = this.now();
    await this.work.run(async ({ oversight }, tx) => {
      await oversight.setFindingStatus(findingId, status, at);
      await tx.audit({
        actor,
        action: 'tailings.finding.update',
        entity: 'tailings_finding',
        entityId: findingId,
        before: { status: finding.status },
        after: { status },
      });
    });
    return presentFinding({
      ...finding,
      status,
      closedAt: status === 'closed' ? at.toISOString() : null,
    });
  }

  /** The GISTM requirement list, by principle. */
  requirements() {
    return this.work.read.oversight.requirements();
  }

  /** Edits or adds a GISTM requirement (secretariat). */
  async updateRequirement(actor: Actor | null, row: GistmRequirement): Promise<void> {
    authorize(actor, 'tailings.requirement.update');
    if (!/^\d{1,2}\.\d{1,2}$/.test(row.id) || row.principle < 1 || row.principle > 15) {
      throw new ValidationError('A requirement id is "<principle>.<n>" with a principle 1–15.', [
        { path: 'id', message: row.id },
      ]);
    }
    await this.work.run(async ({ oversight }, tx) => {
      await oversight.upsertRequirement(row);
      await tx.audit({
        actor,
        action: 'tailings.requirement.update',
        entity: 'tailings_requirement',
        entityId: row.id,
        before: null,
        after: row,
      });
    });
  }

  /** A facility's operator answers GISTM requirements; returns the updated self-assessment. */
  async answerSelfAssessment(
    actor: Actor | null,
    facilityId: string,
    answers: { requirementId: string; status: string; note?: string | null }[],
  ) {
    const f = await requireFacility(this.work.read, facilityId);
    authorize(actor, 'tailings.self_assessment.update', {
      companyId: f.companyId,
      countryIso3: f.countryIso3,
    });
    const known = new Set((await this.work.read.oversight.requirements()).map((r) => r.id));
    const issues = answers.flatMap((a, i) => [
      ...(known.has(a.requirementId)
        ? []
        : [{ path: `answers.${i}.requirementId`, message: `unknown requirement ${a.requirementId}` }]),
      ...((SELF_ASSESSMENT_STATUSES as readonly string[]).includes(a.status)
        ? []
        : [{ path: `answers.${i}.status`, message: `one of ${SELF_ASSESSMENT_STATUSES.join(', ')}` }]),
    ]);
    if (issues.length > 0) throw new ValidationError('The self-assessment is not valid.', issues);
    await this.work.run(async ({ oversight }, tx) => {
      await oversight.upsertSelfAssessment(
        facilityId,
        answers.map((a) => ({ requirementId: a.requirementId, status: a.status, note: a.note ?? null })),
        actor.userId,
      );
      await tx.audit({
        actor,
        action: 'tailings.self_assessment.update',
        entity: 'tailings_facility',
        entityId: facilityId,
        before: null,
        after: answers,
      });
    });
    return selfAssessmentOf(this.work.read, facilityId);
  }

  /**
   * A national regulator's view: every facility of the country, which are overdue for an independent
   * review (none recorded, past its next due date, or the last older than the GISTM Requirement 10.5
   * interval of its class: 5 years for Very High and Extreme or an unknown class, 10 for the others;
   * `overdueYears` replaces that interval for every facility when given), and open findings.
   */
  async regulatorView(actor: Actor | null, country: string, overdueYears?: number) {
    const iso3 = country.toUpperCase();
    if (!findCountry(iso3)) throw new NotFoundError(`Country ${country}`);
    authorize(actor, 'tailings.regulator.read', { countryIso3: iso3 });
    const rows = await this.work.read.oversight.regulatorRows(iso3);
    const now = this.now();
    const yearsBefore = (years: number) =>
      new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()))
        .toISOString()
        .slice(0, 10);
    const today = now.toISOString().slice(0, 10);
    const facilities = rows.map((r) => {
      const last =
        [r.lastReviewRecorded, r.lastReviewInRecord]
          .filter((x): x is string => !!x)
          .sort()
          .at(-1) ?? null;
      const interval =
        overdueYears === undefined
          ? reviewInterval(r.gistmClass)
          : { years: overdueYears, basis: `${overdueYears} years, as asked` };
      const overdue =
        (r.nextDue !== null && r.nextDue < today) || last === null || last < yearsBefore(interval.years);
      return {
        id: r.id,
        name: r.name,
        operator: r.operator,
        status: r.status,
        gistmClass: r.gistmClass,
        hazardScore: r.hazardScore,
        lastReview: last,
        nextDue: r.nextDue,
        reviewIntervalYears: interval.years,
        reviewIntervalBasis: interval.basis,
        reviewOverdue: overdue,
        openFindings: r.openFindings,
      };
    });
    return {
      country: iso3,
      facilities,
      overdueReviews: facilities.filter((f) => f.reviewOverdue && f.status !== 'closed').length,
      openFindings: facilities.reduce((s, f) => s + f.openFindings, 0),
    };
  }
}
