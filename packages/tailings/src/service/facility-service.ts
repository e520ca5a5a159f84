import { isUuid, NotFoundError } from '@strata/core';
import { crosswalkToGistm } from '../domain/classification.ts';
import { exposureScore, hazardScore, toxicityAssessment } from '../domain/scores.ts';
import type { FacilitySort } from '../domain/sort.ts';
import type { FacilityFilter } from '../repository/facility-repository.ts';
import type { TailingsWork } from '../repository/index.ts';
import { requireFacility } from './lookup.ts';
import { reviewsWithFindings, selfAssessmentOf } from './oversight-service.ts';

/** Most rows a download holds. */
export const DOWNLOAD_LIMIT = 100_000;

/** The registry: listing, map, facility pages, history, change log, downloads and country aggregates. */
export class FacilityService {
  constructor(
    private readonly work: TailingsWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One page of a filtered view, with the view's total. */
  listFacilities(
    filter: FacilityFilter,
    page: { limit: number; offset: number; sort?: FacilitySort | null },
  ) {
    return this.work.read.facilities.list(filter, page);
  }

  /** The map's points as JSON text `{ total, columns: { id, name, lon, lat, status, gistmClass, hazardScore, toxicityClass } }`. */
  mapPointsJson(filter: FacilityFilter): Promise<string> {
    return this.work.read.facilities.mapPointsJson(filter);
  }

  /** Everything the facility page shows: the record with provenance, class, scores, history, reviews. */
  async facilityPage(id: string) {
    const repos = this.work.read;
    const facility = await requireFacility(repos, id);
    const record = facility.record;
    const asOf = this.now();
    const [history, reviews, selfAssessment] = await Promise.all([
      repos.facilities.history(id),
      reviewsWithFindings(repos, id),
      selfAssessmentOf(repos, id),
    ]);
    return {
      id: facility.id,
      version: facility.version,
      updatedAt: facility.updatedAt,
      companyId: facility.companyId,
      record,
      classification: {
        source: record.classification,
        otherRatings: record.otherRatings,
        gistmEquivalent: crosswalkToGistm(record.classification),
      },
      scores: {
        asOf: asOf.toISOString().slice(0, 10),
        hazard: hazardScore(record, asOf),
        exposure: exposureScore(record),
        toxicity: toxicityAssessment(record),
      },
      history,
      reviews,
      selfAssessment,
    };
  }

  /** A facility's versions with their field-by-field changes, newest first. */
  async facilityHistory(id: string) {
    if (!isUuid(id)) throw new NotFoundError(`Facility ${id}`);
    return this.work.read.facilities.history(id);
  }

  /** The public change log: the latest versions across facilities (optionally of one country). */
  changeLog(limit: number, country?: string) {
    return this.work.read.facilities.changeLog(limit, country);
  }

  /** The rows of a filtered view's download (full records with derived values); presenters format them. */
  downloadRows(filter: FacilityFilter) {
    return this.work.read.facilities.downloadRows(filter, DOWNLOAD_LIMIT);
  }

  /** Per-country counts and means for the Member States' risk and toxicity map. */
  countryAggregates() {
    return this.work.read.facilities.countryAggregates();
  }
}
