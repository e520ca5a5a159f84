import type { FacilityProvenance, FacilityRecord } from './facility.ts';

/** One changed field between two versions of a facility: dotted path, old and new value. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with object keys sorted, so stored JSONB (which reorders keys) compares equal to the original. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The field-by-field difference between two versions (objects compared key by key, arrays and scalars
 * as wholes). An empty list means "no change", which is how a re-import knows to leave a record alone.
 *
 * @example diffRecords({ heightM: 10 }, { heightM: 12 }) // [{ path: 'heightM', before: 10, after: 12 }]
 */
export function diffRecords(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffRecords(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (canonicalJson(before ?? null) === canonicalJson(after ?? null)) return [];
  return [{ path: prefix, before: before ?? null, after: after ?? null }];
}

/** The record fields an operator may disclose (not the keys, ids or provenance). */
export const DISCLOSABLE_FIELDS = [
  'name',
  'mineName',
  'region',
  'municipality',
  'lat',
  'lon',
  'operator',
  'owners',
  'partners',
  'status',
  'startYear',
  'operatedToApprovedDesign',
  'raiseMethod',
  'heightM',
  'volumeM3',
  'plannedVolume5yM3',
  'lastIndependentReview',
  'fullEngineeringRecords',
  'classification',
  'stabilityConcerns',
  'stabilityConcernsNote',
  'engineeringOversight',
  'downstreamImpactAssessment',
  'closurePlan',
  'longTermMonitoring',
  'extremeWeatherAssessment',
  'notes',
  'emergencyPreparednessSummary',
  'nextIndependentReview',
  'annualPerformanceSummary',
  'commodity',
  'asgm',
  'toxicity',
  'downstreamPopulation',
] as const satisfies readonly (keyof FacilityRecord)[];
export type DisclosableField = (typeof DISCLOSABLE_FIELDS)[number];
export type DisclosurePatch = Partial<Pick<FacilityRecord, DisclosableField>>;

/** One disclosed field beside the registry's value it would replace. */
export interface DisclosedField {
  field: DisclosableField;
  /** The facility's value now (null when the registry has none). */
  current: unknown;
  /** The operator's value. */
  proposed: unknown;
  /** False when the operator repeated the registry's value (compared as canonical JSON). */
  changed: boolean;
}

/**
 * The fields a disclosure names, each with the facility's current value and whether the disclosure changes
 * it, in the order of DISCLOSABLE_FIELDS (so a reviewer reads them as the facility page lists them).
 *
 * @example compareDisclosure({ heightM: 10 }, { heightM: 12 })
 * // [{ field: 'heightM', current: 10, proposed: 12, changed: true }]
 */
export function compareDisclosure(
  current: Partial<Record<DisclosableField, unknown>>,
  patch: DisclosurePatch,
): DisclosedField[] {
  return DISCLOSABLE_FIELDS.filter((field) => field in patch).map((field) => {
    const before = current[field] ?? null;
    const proposed = patch[field] ?? null;
    return { field, current: before, proposed, changed: canonicalJson(before) !== canonicalJson(proposed) };
  });
}

/** The record's values of the fields a disclosure names (null where the record has none). */
export function disclosedValues(
  record: Partial<Record<DisclosableField, unknown>>,
  patch: DisclosurePatch,
): Partial<Record<DisclosableField, unknown>> {
  return Object.fromEntries(
    DISCLOSABLE_FIELDS.filter((field) => field in patch).map((field) => [field, record[field] ?? null]),
  );
}

/**
 * Applies a published disclosure to a record: each disclosed field takes the operator's value and its own
 * provenance, so the facility page shows which values the operator gave and when.
 */
export function applyDisclosure(
  record: FacilityRecord,
  patch: DisclosurePatch,
  provenance: FacilityProvenance,
): FacilityRecord {
  const next: FacilityRecord = structuredClone(record);
  const target = next as unknown as Record<string, unknown>;
  for (const key of DISCLOSABLE_FIELDS) {
    if (!(key in patch)) continue;
    target[key] = structuredClone(patch[key]);
    next.fieldProvenance[key] = provenance;
  }
  if ('raiseMethod' in patch) next.raiseMethodRaw = null;
  if ('status' in patch) next.statusRaw = null;
  return next;
}

/**
 * Merges a re-imported record over the stored one: the registry's values win, except fields an operator
 * disclosed since (those keep the disclosed value and provenance). Makes re-import idempotent and
 * never silently undoes a published disclosure.
 */
export function mergeReimport(existing: FacilityRecord, incoming: FacilityRecord): FacilityRecord {
  const disclosed = existing.fieldProvenance ?? {};
  if (Object.keys(disclosed).length === 0) return incoming;
  const next = structuredClone(incoming) as unknown as Record<string, unknown>;
  const old = existing as unknown as Record<string, unknown>;
  for (const key of Object.keys(disclosed)) next[key] = structuredClone(old[key]);
  const merged = next as unknown as FacilityRecord;
  merged.fieldProvenance = structuredClone(disclosed);
  return merged;
}
