import { type Actor, auditReadableEntities, authorize, readAuditRow } from '@strata/core';
import type { AuditFilter, AuditRow } from '@strata/db';
import type { PlatformWork } from './repositories.ts';

/** Reading the append-only audit log (the secretariat); writes come with each module's own writes. */
export class AuditService {
  constructor(private readonly work: PlatformWork) {}

  /**
   * Audit rows, newest first, optionally of one entity kind or record (default 100 rows), as the
   * policy lets `actor` read them: the secretariat every row; a co-chair only the entities whose module
   * declared an audit read rule, with the fields that rule hides removed.
   */
  async list(actor: Actor | null, filter: AuditFilter = {}): Promise<AuditRow[]> {
    authorize(actor, 'platform.audit.read');
    if (actor.role === 'secretariat') return this.work.read.audit.list(filter);
    const rows = await this.work.read.audit.list({ ...filter, entities: auditReadableEntities() });
    return rows.flatMap((row) => readAuditRow(actor, row) ?? []);
  }
}
