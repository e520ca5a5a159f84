import type { Executor } from '@strata/db';
import type { GistmClass } from '../domain/facility.ts';
import type { GistmRequirement, SelfAssessmentStatus } from '../domain/gistm.ts';

export type ReviewKind = 'independent_review' | 'dam_safety_review' | 'audit' | 'inspection';
export type FindingSeverity = 'low' | 'medium' | 'high';
export type FindingStatus = 'open' | 'closed';

/** An independent review, audit or inspection of a facility. */
export interface Review {
  id: string;
  facilityId: string;
  kind: ReviewKind;
  reviewer: string;
  /** ISO date (or year). */
  date: string;
  scope: string;
  outcome: string;
  /** GISTM principles (1–15) the review covered. */
  principles: number[];
  nextDue: string | null;
}

/** A finding of a review. */
export interface Finding {
  id: string;
  reviewId: string;
  facilityId: string;
  text: string;
  severity: FindingSeverity;
  status: FindingStatus;
  /** ISO 8601, or null while open. */
  closedAt: string | null;
}

/** One answer of a facility's GISTM self-assessment. */
export interface SelfAssessmentAnswer {
  requirementId: string;
  status: SelfAssessmentStatus;
  note: string | null;
  updatedAt: Date;
}

/** A facility as the regulator's view lists it: its latest review and open findings. */
export interface RegulatorRow {
  id: string;
  name: string;
  operator: string | null;
  status: string;
  gistmClass: GistmClass | null;
  hazardScore: number;
  /** The last independent review the registry record names. */
  lastReviewInRecord: string | null;
  /** The latest review recorded on Strata. */
  lastReviewRecorded: string | null;
  nextDue: string | null;
  openFindings: number;
}

/** Reviews, audits, findings, GISTM requirements and self-assessments: the oversight of facilities. */
export class OversightRepository {
  constructor(private readonly db: Executor) {}

  async insertReview(review: Review, createdBy: string | null): Promise<void> {
    await this.db
      .insertInto('tailings_review')
      .values({
        id: review.id,
        facility_id: review.facilityId,
        kind: review.kind,
        reviewer: review.reviewer,
        review_date: review.date,
        scope: review.scope,
        outcome: review.outcome,
        principles: JSON.stringify(review.principles),
        next_due: review.nextDue,
        created_by: createdBy,
      })
      .execute();
  }

  /** Inserts open findings. */
  async insertFindings(findings: Omit<Finding, 'status' | 'closedAt'>[]): Promise<void> {
    if (findings.length === 0) return;
    await this.db
      .insertInto('tailings_finding')
      .values(
        findings.map((f) => ({
          id: f.id,
          review_id: f.reviewId,
          facility_id: f.facilityId,
          text: f.text,
          severity: f.severity,
          status: 'open',
        })),
      )
      .execute();
  }

  /** A facility's reviews, newest first. */
  async reviews(facilityId: string): Promise<Review[]> {
    const rows = await this.db
      .selectFrom('tailings_review')
      .selectAll()
      .where('facility_id', '=', facilityId)
      .orderBy('review_date', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      facilityId: r.facility_id,
      kind: r.kind as ReviewKind,
      reviewer: r.reviewer,
      date: r.review_date,
      scope: r.scope,
      outcome: r.outcome,
      principles: r.principles,
      nextDue: r.next_due,
    }));
  }

  /** The findings of some facilities' reviews. */
  async findings(facilityIds: string[]): Promise<Finding[]> {
    if (facilityIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('tailings_finding')
      .selectAll()
      .where('facility_id', 'in', facilityIds)
      .execute();
    return rows.map(findingOf);
  }

  async findFinding(id: string): Promise<Finding | undefined> {
    const row = await this.db
      .selectFrom('tailings_finding')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? findingOf(row) : undefined;
  }

  /** Closes (with the time) or reopens a finding. */
  async setFindingStatus(id: string, status: FindingStatus, at: Date): Promise<void> {
    await this.db
      .updateTable('tailings_finding')
      .set({ status, closed_at: status === 'closed' ? at : null })
      .where('id', '=', id)
      .execute();
  }

  /** Adds the requirements that are not there yet (edited ones are kept). */
  async seedRequirements(rows: GistmRequirement[]): Promise<void> {
    await this.db
      .insertInto('tailings_requirement')
      .values(rows.map((r) => ({ id: r.id, principle: r.principle, text: r.text })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /** The GISTM requirement list, by principle. */
  async requirements(): Promise<(GistmRequirement & { updatedAt: Date })[]> {
    const rows = await this.db
      .selectFrom('tailings_requirement')
      .selectAll()
      .orderBy('principle')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      principle: r.principle,
      text: r.text,
      updatedAt: new Date(r.updated_at),
    }));
  }

  async upsertRequirement(row: GistmRequirement): Promise<void> {
    await this.db
      .insertInto('tailings_requirement')
      .values({ id: row.id, principle: row.principle, text: row.text })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ principle: row.principle, text: row.text, updated_at: new Date() }),
      )
      .execute();
  }

  async selfAssessment(facilityId: string): Promise<SelfAssessmentAnswer[]> {
    const rows = await this.db
      .selectFrom('tailings_self_assessment')
      .selectAll()
      .where('facility_id', '=', facilityId)
      .execute();
    return rows.map((a) => ({
      requirementId: a.requirement_id,
      status: a.status as SelfAssessmentStatus,
      note: a.note,
      updatedAt: new Date(a.updated_at),
    }));
  }

  async upsertSelfAssessment(
    facilityId: string,
    answers: { requirementId: string; status: string; note: string | null }[],
    updatedBy: string | null,
  ): Promise<void> {
    for (const a of answers) {
      await this.db
        .insertInto('tailings_self_assessment')
        .values({
          facility_id: facilityId,
          requirement_id: a.requirementId,
          status: a.status,
          note: a.note,
          updated_by: updatedBy,
        })
        .onConflict((oc) =>
          oc.columns(['facility_id', 'requirement_id']).doUpdateSet({
            status: a.status,
            note: a.note,
            updated_by: updatedBy,
            updated_at: new Date(),
          }),
        )
        .execute();
    }
  }

  /** Facilities of a country with their latest review date and open findings count. */
  async regulatorRows(country: string): Promise<RegulatorRow[]> {
    const rows = await this.db
      .selectFrom('tailings_facility as f')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('tailings_review')
            .select([
              'facility_id',
              (e) => e.fn.max('review_date').as('last_review_date'),
              (e) => e.fn.max('next_due').as('next_due'),
            ])
            .groupBy('facility_id')
            .as('r'),
        (join) => join.onRef('r.facility_id', '=', 'f.id'),
      )
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('tailings_finding')
            .select(['facility_id', (e) => e.fn.countAll<number>().as('open_findings')])
            .where('status', '=', 'open')
            .groupBy('facility_id')
            .as('o'),
        (join) => join.onRef('o.facility_id', '=', 'f.id'),
      )
      .select([
        'f.id',
        'f.name',
        'f.operator',
        'f.status',
        'f.gistm_class',
        'f.hazard_score',
        'f.last_review',
        'r.last_review_date',
        'r.next_due',
        'o.open_findings',
      ])
      .where('f.country_iso3', '=', country)
      .orderBy('f.name')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      operator: r.operator,
      status: r.status,
      gistmClass: r.gistm_class as GistmClass | null,
      hazardScore: r.hazard_score,
      lastReviewInRecord: r.last_review,
      lastReviewRecorded: r.last_review_date,
      nextDue: r.next_due,
      openFindings: Number(r.open_findings ?? 0),
    }));
  }
}

function findingOf(f: {
  id: string;
  review_id: string;
  facility_id: string;
  text: string;
  severity: string;
  status: string;
  closed_at: Date | null;
}): Finding {
  return {
    id: f.id,
    reviewId: f.review_id,
    facilityId: f.facility_id,
    text: f.text,
    severity: f.severity as FindingSeverity,
    status: f.status as FindingStatus,
    closedAt: f.closed_at ? new Date(f.closed_at).toISOString() : null,
  };
}
