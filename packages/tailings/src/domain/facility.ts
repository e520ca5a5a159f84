/**
 * The facility model: the 20 disclosure items of the 2019 investor request (Church of England Pensions
 * Board / Council on Ethics of the Swedish AP Funds), the public-disclosure items of the Global Industry
 * Standard on Tailings Management (GISTM, 2020, Requirement 15.1), commodity, ids in source registries and
 * provenance. Closed, abandoned and legacy facilities are first-class: `status` says which.
 */

/** Lifecycle status (disclosure item 4). */
export const FACILITY_STATUSES = [
  'active',
  'inactive',
  'closed',
  'abandoned',
  'decharacterising',
  'under_construction',
  'unknown',
] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/** Raise (construction) method (disclosure item 7). */
export const RAISE_METHODS = [
  'upstream',
  'downstream',
  'centreline',
  'single_raise',
  'in_pit',
  'dry_stack',
  'other',
  'unknown',
] as const;
export type RaiseMethod = (typeof RAISE_METHODS)[number];

/** GISTM Annex 2 consequence classes, lowest first. */
export const GISTM_CLASSES = ['low', 'significant', 'high', 'very_high', 'extreme'] as const;
export type GistmClass = (typeof GISTM_CLASSES)[number];

/** Where a record came from (architecture rule: every imported record carries it). */
export interface FacilityProvenance {
  source: string;
  sourceUrl: string | null;
  licence: string;
  /** ISO date the data was retrieved or exported. */
  retrieved: string;
  /** "reported", "imported: <format>", "disclosed by operator" … */
  method: string;
}

/** A classification as the source gave it, kept verbatim. */
export interface SourceClassification {
  /** System key: `cda`, `ancold`, `us_nid`, `br_dpa`, `gistm`, or free text for others. */
  system: string;
  /** The rating exactly as written in the source, e.g. "Alta" or "High C". */
  raw: string;
  /** Set when Strata derived the rating instead of reading it: the rule it applied, with its source. */
  derivedBy?: string;
}

/** A source value that could not be read as its field's type: the field is left empty, the raw text kept. */
export interface InvalidField {
  field: string;
  raw: string;
  reason: string;
}

/**
 * Lifecycle and design values some registers publish beyond the disclosure items (e.g. the newer SIGBM
 * exports): Brazil's decharacterisation of upstream dams, key dates, crest, capacity, certifications.
 * Dates are ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) as precise as the source gives them.
 */
export interface FacilityDetails {
  /** The decharacterisation phase as the source words it (verbatim). */
  decharacterisationPhase?: string;
  decharacterisationStart?: string;
  decharacterisationEnd?: string;
  constructionStart?: string;
  operationStart?: string;
  crestElevationM?: number;
  lastRaiseDate?: string;
  totalCapacityM3?: number;
  /** Certifications as listed by the source, one entry each. */
  certifications?: string[];
  beachWidthM?: number;
}

/** Toxicity-relevant facts as disclosed (null = not disclosed). */
export interface DisclosedToxicity {
  acidRockDrainage: boolean | null;
  cyanide: boolean | null;
  radionuclides: boolean | null;
  highPh: boolean | null;
}

/** One tailings storage facility, as imported or disclosed. */
export interface FacilityRecord {
  /** Registry the record comes from (`sigbm`, `gtp`, `csv`, `geojson`, `operator`). */
  source: string;
  /** The record's id in that registry; (source, sourceId) is the key re-imports update by. */
  sourceId: string;
  // 1. facility and mine name
  name: string;
  mineName: string | null;
  // 2. location
  countryIso3: string;
  region: string | null;
  municipality: string | null;
  lat: number | null;
  lon: number | null;
  // 3. ownership
  operator: string | null;
  owners: string[];
  partners: string[];
  // 4. status
  status: FacilityStatus;
  statusRaw: string | null;
  // 5. start year
  startYear: number | null;
  // 6. operated to approved design
  operatedToApprovedDesign: boolean | null;
  // 7. raise method
  raiseMethod: RaiseMethod;
  raiseMethodRaw: string | null;
  // 8. current maximum height
  heightM: number | null;
  // 9. current and planned volume
  volumeM3: number | null;
  plannedVolume5yM3: number | null;
  // 10. last independent review
  lastIndependentReview: string | null;
  // 11. full engineering records
  fullEngineeringRecords: boolean | null;
  // 12. consequence classification and system
  classification: SourceClassification | null;
  /** Other ratings the source gives (e.g. Brazil's CRI risk category and class A–E), verbatim. */
  otherRatings: SourceClassification[];
  // 13. history of stability concerns
  stabilityConcerns: boolean | null;
  stabilityConcernsNote: string | null;
  // 14. internal/external engineering oversight
  engineeringOversight: string | null;
  // 15. downstream impact assessment
  downstreamImpactAssessment: boolean | null;
  // 16–17. closure plan and long-term monitoring
  closurePlan: boolean | null;
  longTermMonitoring: boolean | null;
  // 18. extreme-weather assessment
  extremeWeatherAssessment: boolean | null;
  // 19–20. notes
  notes: string | null;
  // GISTM Requirement 15.1 public items
  emergencyPreparednessSummary: string | null;
  nextIndependentReview: string | null;
  annualPerformanceSummary: string | null;
  // commodity and toxicity-relevant disclosures
  commodity: string | null;
  commodityRaw: string | null;
  /**
   * Whether the facility holds tailings from artisanal and small-scale gold mining (the report on
   * resolution 5/12, §§29–30, names their risks); null when not known. Records stored before the field
   * existed lack it and read as unknown.
   */
  asgm?: boolean | null;
  toxicity: DisclosedToxicity;
  /** Downstream population as disclosed (e.g. SIGBM band "101-500"). */
  downstreamPopulation: string | null;
  /** Ids in other registries, e.g. `{ sigbm: "8179", gtp: "123" }`. */
  ids: Record<string, string>;
  provenance: FacilityProvenance;
  /**
   * Fields whose value came from elsewhere than `provenance` (an operator's published disclosure):
   * field name → its own provenance. A re-import from the registry keeps these fields.
   */
  fieldProvenance: Record<string, FacilityProvenance>;
  /** Source fields with no place in the model, kept verbatim by source header. */
  extra: Record<string, string>;
  /** Lifecycle and design values beyond the disclosure items, when the source gives any. */
  details?: FacilityDetails;
  /** Source values that could not be read: the field stays empty, the raw text is kept here. */
  invalidFields?: InvalidField[];
}

/** A blank record for builders: every disclosure item unknown. */
export function emptyFacility(
  source: string,
  sourceId: string,
  name: string,
  countryIso3: string,
  provenance: FacilityProvenance,
): FacilityRecord {
  return {
    source,
    sourceId,
    name,
    mineName: null,
    countryIso3,
    region: null,
    municipality: null,
    lat: null,
    lon: null,
    operator: null,
    owners: [],
    partners: [],
    status: 'unknown',
    statusRaw: null,
    startYear: null,
    operatedToApprovedDesign: null,
    raiseMethod: 'unknown',
    raiseMethodRaw: null,
    heightM: null,
    volumeM3: null,
    plannedVolume5yM3: null,
    lastIndependentReview: null,
    fullEngineeringRecords: null,
    classification: null,
    otherRatings: [],
    stabilityConcerns: null,
    stabilityConcernsNote: null,
    engineeringOversight: null,
    downstreamImpactAssessment: null,
    closurePlan: null,
    longTermMonitoring: null,
    extremeWeatherAssessment: null,
    notes: null,
    emergencyPreparednessSummary: null,
    nextIndependentReview: null,
    annualPerformanceSummary: null,
    commodity: null,
    commodityRaw: null,
    asgm: null,
    toxicity: { acidRockDrainage: null, cyanide: null, radionuclides: null, highPh: null },
    downstreamPopulation: null,
    ids: { [source]: sourceId },
    provenance,
    fieldProvenance: {},
    extra: {},
  };
}

/** A row an importer could not turn into a facility: its line in the file and why. */
export interface RejectedRow {
  line: number;
  sourceId: string | null;
  reason: string;
}

/** A bad field of an imported row: the row was imported with the field empty. */
export interface InvalidFieldReport extends InvalidField {
  line: number;
  sourceId: string | null;
  /** The source column it came from. */
  header: string;
}

/**
 * How the file's columns were matched before anything was written: each model field with the source
 * column it reads (`matched`), source columns no field reads (`unmatched`, kept verbatim), expected
 * columns not found (`missing`), and fields more than one source column could give (`ambiguous`: the
 * column named `used` is read).
 */
export interface HeaderReport {
  matched: { field: string; header: string }[];
  unmatched: string[];
  missing: string[];
  ambiguous: { field: string; headers: string[]; used: string }[];
}

/** What a parser hands to the import service. */
export interface ParsedBatch {
  records: { line: number; record: FacilityRecord }[];
  rejected: RejectedRow[];
  /** Source columns the parser did not recognise (kept verbatim in `extra`). */
  unknownColumns: string[];
  /** Expected columns absent from the file. */
  missingColumns: string[];
  /** Encoding and delimiter the reader detected (delimited text only). */
  detected?: { encoding: string; delimiter: string };
  /** The 1-based row the header was read from (workbooks, where a title block may sit above it). */
  headerRow?: number;
  /** The column matching, when the reader matches headers. */
  headers?: HeaderReport;
  /** Fields left empty because their value could not be read (the rows were imported). */
  invalidFields?: InvalidFieldReport[];
}

/** Lower-case, accent-free, single-spaced: how headers and vocabulary are matched. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Maps free-text status words (English, Portuguese, Spanish, French) to the model's statuses. */
export function normalizeStatus(raw: string | null | undefined): FacilityStatus {
  if (!raw) return 'unknown';
  const t = normalizeLabel(raw);
  if (/descaracteriz|decharacteri/.test(t)) return 'decharacterising';
  if (/construc|construction|em construcao/.test(t)) return 'under_construction';
  if (/abandon/.test(t)) return 'abandoned';
  if (/closed|fechad|cerrad|ferme|desativad|rehabilitat|reclaimed|care and maintenance/.test(t)) {
    return t.includes('care and maintenance') ? 'inactive' : 'closed';
  }
  if (/inactiv|inativ|dormant|inactive/.test(t)) return 'inactive';
  if (/activ|ativ|operat|operating|en operacion/.test(t)) return 'active';
  return 'unknown';
}

/** Maps raise-method words (English and Portuguese forms used by SIGBM and the GTP) to the model's methods. */
export function normalizeRaiseMethod(raw: string | null | undefined): RaiseMethod {
  if (!raw) return 'unknown';
  const t = normalizeLabel(raw);
  if (t === '' || t === '-') return 'unknown';
  // SIGBM's "Alteamento a montante ou desconhecido" (upstream *or unknown*) does not say the dam is
  // upstream-raised, so it scores as unknown; the importer keeps the raw label in raiseMethodRaw.
  if (/desconhecid|unknown/.test(t)) return 'unknown';
  // Spanish forms from Chile's SERNAGEOMIN register: aguas arriba / aguas abajo / eje central.
  if (/montante|upstream|aguas arriba/.test(t)) return 'upstream';
  if (/jusante|downstream|aguas abajo/.test(t)) return 'downstream';
  if (/linha de centro|centre ?line|center ?line|centerline|centreline|modified cl|^cl$|eje central/.test(t))
    return 'centreline';
  if (/etapa unica|single|one stage|starter/.test(t)) return 'single_raise';
  if (/in pit|in-pit|cava|pit/.test(t)) return 'in_pit';
  if (/dry stack|filtered|empilhamento/.test(t)) return 'dry_stack';
  return 'other';
}

/** Yes/no words in English, Portuguese, Spanish and French; null when neither. */
export function parseYesNo(raw: string | null | undefined): boolean | null {
  if (raw === null || raw === undefined) return null;
  const lower = raw.trim().toLowerCase();
  const t = /^[a-z0-9 ]*$/.test(lower) ? lower : normalizeLabel(raw);
  if (['yes', 'y', 'sim', 'si', 'oui', 'true', '1'].includes(t)) return true;
  if (['no', 'n', 'nao', 'non', 'false', '0', 'none', 'nenhum', 'nenhuma', 'ninguno'].includes(t))
    return false;
  return null;
}

/**
 * Parses a number written with either decimal convention: "12.500,00" (Brazil), "12,500.00", "6,00", "6.5".
 * Returns null for blanks, dashes and "not applicable" texts.
 */
export function parseLocaleNumber(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  let t = raw.trim().replace(/\s/g, '');
  if (t === '' || t === '-' || !/\d/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma > lastDot) {
    t = t.replace(/\./g, '').replace(',', '.');
  } else if (lastDot > lastComma && lastComma >= 0) {
    t = t.replace(/,/g, '');
  } else if (lastComma < 0 && (t.match(/\./g)?.length ?? 0) > 1) {
    t = t.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
