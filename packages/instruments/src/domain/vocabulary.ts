/**
 * The words of the assessment: issue areas, life-cycle stages, grades, kinds of instrument, assurance.
 * The lists are those of issue 15 (the global assessment of instruments and standards, UNEP/EA.5/Res.12's
 * first non-binding proposal); their order is the order of the matrix's rows and columns.
 */

/** Environmental issue areas, the rows of the matrix. */
export const ISSUES = [
  'water',
  'air',
  'biodiversity_land',
  'waste_tailings',
  'chemicals_mercury',
  'climate',
  'closure_rehabilitation',
  'sand_aggregates',
  'circularity_recycling',
  'transparency_disclosure',
  'community_rights',
  'supply_chain_due_diligence',
] as const;
export type Issue = (typeof ISSUES)[number];

/** Life-cycle stages of minerals and metals, the columns of the matrix. */
export const STAGES = [
  'exploration',
  'extraction',
  'processing',
  'smelting_refining',
  'manufacturing',
  'use',
  'collection_recycling',
  'closure_post_closure',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * How far an instrument goes on one issue at one stage, weakest first. The weight (index) is what the
 * similarity measure sums: 0 not addressed, 1 mentioned, 2 requirement, 3 requirement with independent
 * verification.
 */
export const GRADES = ['not_addressed', 'mentioned', 'requirement', 'verified_requirement'] as const;
export type Grade = (typeof GRADES)[number];

/** The weight of a grade in the similarity measure and in comparisons (its rank, 0–3). */
export function gradeWeight(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** A grade is `provisional` until a reviewer confirms it. */
export const GRADE_STATUSES = ['provisional', 'confirmed'] as const;
export type GradeStatus = (typeof GRADE_STATUSES)[number];

export const INSTRUMENT_KINDS = [
  'binding_treaty',
  'intergovernmental_guidance',
  'national_policy_framework',
  'multi_stakeholder_standard',
  'industry_standard',
  'certification_scheme',
  'financing_standard',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Whether an instrument of this kind binds the States that consent to it. */
export function isBindingKind(kind: InstrumentKind): boolean {
  return kind === 'binding_treaty';
}

/** How compliance with an instrument is checked, weakest first. */
export const ASSURANCE_LEVELS = [
  'none',
  'self_assessment',
  'second_party',
  'third_party_audit',
  'certification',
] as const;
export type Assurance = (typeof ASSURANCE_LEVELS)[number];

export const INSTRUMENT_STATUSES = ['in_force', 'adopted', 'superseded', 'draft'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

/** How a State expressed its consent to be bound (the treaty-law terms used by depositaries). */
export const CONSENT_KINDS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Number of cells in one instrument's column of the matrix (12 issues × 8 stages). */
export const CELLS_PER_INSTRUMENT = ISSUES.length * STAGES.length;

/** The position (0–95) of an issue × stage cell, row by row. */
export function cellIndex(issue: Issue, stage: Stage): number {
  return ISSUES.indexOf(issue) * STAGES.length + STAGES.indexOf(stage);
}
