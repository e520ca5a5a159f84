import type { z } from '@hono/zod-openapi';
import type {
  CellSchema,
  ChangesSchema,
  ComparisonSchema,
  CountryCoverageSchema,
  DuplicationsSchema,
  GapsSchema,
  GradeChangeSchema,
  HeatMapSchema,
  InstrumentDetailSchema,
  InstrumentSchema,
  LinkedInstrumentSchema,
  OrganisationSchema,
  ParticipationSchema,
  PartyListSchema,
} from './schemas.ts';

export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentDetail = z.infer<typeof InstrumentDetailSchema>;
export type InstrumentOrganisation = z.infer<typeof OrganisationSchema>;
export type InstrumentCell = z.infer<typeof CellSchema>;
export type InstrumentGradeChange = z.infer<typeof GradeChangeSchema>;
export type InstrumentHeatMap = z.infer<typeof HeatMapSchema>;
export type InstrumentGaps = z.infer<typeof GapsSchema>;
export type InstrumentDuplications = z.infer<typeof DuplicationsSchema>;
export type InstrumentCountryCoverage = z.infer<typeof CountryCoverageSchema>;
export type InstrumentChanges = z.infer<typeof ChangesSchema>;
export type InstrumentComparison = z.infer<typeof ComparisonSchema>;
export type InstrumentParticipation = z.infer<typeof ParticipationSchema>;
export type LinkedInstrument = z.infer<typeof LinkedInstrumentSchema>;
export type InstrumentPartyList = z.infer<typeof PartyListSchema>;
