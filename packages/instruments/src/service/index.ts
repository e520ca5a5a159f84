export { AnalysisService, type Comparison, METHODS } from './analysis-service.ts';
export { type CatalogueOptions, CatalogueService, type InstrumentDetail } from './catalogue-service.ts';
export { type GradeInput, MatrixService } from './matrix-service.ts';
export { isPartyCode, PartyService } from './party-service.ts';
export { MatrixSnapshot, type MatrixView } from './snapshot.ts';
