/** One changed field between two versions of a facility: dotted path, old and new value. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
  return [{ path: prefix, before: before ?? null, after: after ?? null }];
}

/** Applies a partial update (a disclosure) to a record, returning a new record. */
export function applyPatch<T extends object>(record: T, patch: Partial<T>): T {
  return { ...record, ...patch };
}
