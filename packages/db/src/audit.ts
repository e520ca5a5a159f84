import type { Actor } from '@strata/core';
import type { Kysely } from 'kysely';
import type { StrataTables } from './tables.ts';

/** One write, as recorded in the append-only audit log. */
export interface AuditEntry {
  actor: Pick<Actor, 'userId' | 'email'> | null;
  /** The policy action that allowed the write, e.g. `tailings.disclosure.submit`. */
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Filter of an audit read: one entity kind, one record, how many rows (newest first). */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  limit?: number;
  /** Only rows of these entity kinds (what a reader other than the secretariat may read at all). */
  entities?: readonly string[];
}

/**
 * The append-only audit log. Rows are never updated or deleted: a trigger (platform migration) refuses it.
 * Writes come through a unit of work (`tx.audit(…)`), in the transaction of the write they record.
 */
export class AuditRepository {
  constructor(private readonly db: Kysely<StrataTables>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        actor_id: entry.actor?.userId ?? null,
        actor_email: entry.actor?.email ?? null,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      })
      .execute();
  }

  /** Reads the audit log, newest first, optionally for one entity. */
  async list(filter: AuditFilter = {}): Promise<AuditRow[]> {
    let q = this.db.selectFrom('audit_log').selectAll();
    if (filter.entity) q = q.where('entity', '=', filter.entity);
    if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
    if (filter.entities) {
      if (filter.entities.length === 0) return [];
      q = q.where('entity', 'in', [...filter.entities]);
    }
    const rows = await q
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorId: r.actor_id,
      actorEmail: r.actor_email,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    }));
  }
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
