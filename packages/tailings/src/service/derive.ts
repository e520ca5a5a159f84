import { crosswalkToGistm } from '../domain/classification.ts';
import type { FacilityRecord } from '../domain/facility.ts';
import { exposureScore, hazardScore, toxicityAssessment } from '../domain/scores.ts';
import type { DerivedValues } from '../repository/facility-repository.ts';

/**
 * What a facility's record implies as of a date: its GISTM-equivalent class, hazard and exposure scores
 * and toxicity class, stored beside the record so the registry can filter, sort and colour the map.
 */
export function deriveValues(record: FacilityRecord, asOf: Date): DerivedValues {
  const cls = crosswalkToGistm(record.classification);
  const hazard = hazardScore(record, asOf);
  return {
    gistmClass: cls?.gistmClass ?? null,
    classConfidence: cls?.confidence ?? null,
    toxicityClass: toxicityAssessment(record).toxicityClass,
    hazardScore: hazard.score,
    hazardCoverage: hazard.coverage,
    exposureScore: exposureScore(record).score,
  };
}
