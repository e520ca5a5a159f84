import type { Actor } from './types.ts';

/** One audit row as a read rule sees it: what was written, to which record, by whom. */
export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** What a reader may see of an audit row's snapshots; `null` hides the whole row. */
export type AuditSnapshots = { before: unknown; after: unknown } | null;

/**
 * Who may read the audit rows of one entity kind, and which of their fields. Called for every reader but
 * the secretariat (which reads every row). Rules mirror the entity's own read routes: nobody learns
 * through the audit log what those routes would not tell them.
 */
export type AuditReadRule = (actor: Actor, row: AuditRecord) => AuditSnapshots;

/** The audit read rules of one module: entity kind (`audit_log.entity`) → rule. */
export type AuditReadRules = Readonly<Record<string, AuditReadRule>>;

/** Rows readable as written by actors for whom `who` holds. */
export const auditRowsFor =
  (who: (actor: Actor) => boolean): AuditReadRule =>
  (actor, row) =>
    who(actor) ? { before: row.before, after: row.after } : null;

/**
 * Rows readable by actors for whom `who` holds, with `fields` removed from both snapshots unless
 * `mayReadFields` holds (e.g. a focal point's e-mail and phone).
 */
export const auditRowsWithout =
  (
    who: (actor: Actor) => boolean,
    fields: readonly string[],
    mayReadFields: (actor: Actor) => boolean = () => false,
  ): AuditReadRule =>
  (actor, row) => {
    if (!who(actor)) return null;
    if (mayReadFields(actor)) return { before: row.before, after: row.after };
    return { before: withoutFields(row.before, fields), after: withoutFields(row.after, fields) };
  };

function withoutFields(snapshot: unknown, fields: readonly string[]): unknown {
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([k]) => !fields.includes(k)));
}
