import { type Actor, authorize } from '@strata/core';
import type { AuditFilter, AuditRow } from '@strata/db';
import type { PlatformWork } from './repositories.ts';

/** Reading the append-only audit log (the secretariat); writes come with each module's own writes. */
export class AuditService {
  constructor(private readonly work: PlatformWork) {}

  /** Audit rows, newest first, optionally of one entity kind or record (default 100 rows). */
  async list(actor: Actor | null, filter: AuditFilter = {}): Promise<AuditRow[]> {
    authorize(actor, 'platform.audit.read');
    return this.work.read.audit.list(filter);
  }
}
