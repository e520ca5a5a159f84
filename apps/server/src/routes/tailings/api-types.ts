// The tailings API's response types, inferred from the zod schemas that validate and document each route.
// The web app imports them as types only, through `@strata/server/api-types`.
import type { z } from '@hono/zod-openapi';
import type {
  FacilityPageSchema,
  FacilityRecordSchema,
  FindingSchema,
  ProvenanceSchema,
  ReviewSchema,
  ScoreComponentSchema,
  ScoreSchema,
  SelfAssessmentSchema,
} from './facility-schemas.ts';
import type {
  ChangeSchema,
  CountryAggregateSchema,
  DisclosureSchema,
  FacilitySummarySchema,
  FailuresSchema,
  HistoryEntrySchema,
  ImportResultSchema,
  KnowledgeGapSchema,
  MapPointsSchema,
  RegulatorViewSchema,
  RequirementSchema,
  ResourceSchema,
} from './schemas.ts';

export type FacilitySummary = z.infer<typeof FacilitySummarySchema>;
export type MapPoints = z.infer<typeof MapPointsSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type FacilityRecord = z.infer<typeof FacilityRecordSchema>;
export type ScoreComponent = z.infer<typeof ScoreComponentSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;
export type FacilityPageData = z.infer<typeof FacilityPageSchema>;
export type FacilityChange = z.infer<typeof ChangeSchema>;
export type FacilityHistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Disclosure = z.infer<typeof DisclosureSchema>;
export type CountryAggregate = z.infer<typeof CountryAggregateSchema>;
export type RegulatorView = z.infer<typeof RegulatorViewSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type KnowledgeGap = z.infer<typeof KnowledgeGapSchema>;
export type Failures = z.infer<typeof FailuresSchema>;
