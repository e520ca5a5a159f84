import type { Kysely } from 'kysely';
import { type AuditEntry, AuditRepository } from './audit.ts';
import type { Database } from './engine.ts';
import type { StrataTables } from './tables.ts';

/**
 * What a repository runs its queries on: the database, or the one transaction of a unit of work.
 * Only repositories (and `packages/db`) see it; services never do.
 */
export type Executor = Kysely<StrataTables>;

/** What a unit of work gives its body besides the repositories. */
export interface WorkContext {
  /** Appends an audit row in the same transaction as the write it records: both land or neither. */
  audit(entry: AuditEntry): Promise<void>;
  /** Runs `effect` once the transaction has committed (never when it rolls back). */
  afterCommit(effect: () => void | Promise<void>): void;
}

/**
 * The one way a service writes: `run` opens a transaction, binds the module's repositories to it, and
 * commits when the body resolves (rolls back when it throws). `read` holds the same repositories bound to
 * the database, for reads outside a transaction. Services receive a `UnitOfWork<Repos>` and never a
 * database handle, so a fake (see {@link inMemoryUnitOfWork}) can stand in for the database in tests.
 *
 * @example
 * const work = createUnitOfWork(db, (ex) => ({ proposals: new ProposalRepository(ex) }));
 * await work.run(async ({ proposals }, tx) => {
 *   await proposals.insert(row);
 *   await tx.audit({ actor, action: 'process.proposal.create', entity: 'process_proposal', entityId: row.id, before: null, after: row });
 * });
 */
export interface UnitOfWork<Repos> {
  readonly read: Repos;
  run<T>(work: (repos: Repos, tx: WorkContext) => Promise<T>): Promise<T>;
}

/** Binds a module's repositories to the database and to each transaction. */
export function createUnitOfWork<Repos>(
  db: Database,
  bind: (executor: Executor) => Repos,
): UnitOfWork<Repos> {
  const read = bind(db.kysely);
  return {
    read,
    async run(work) {
      const effects: (() => void | Promise<void>)[] = [];
      const result = await db.kysely.transaction().execute(async (trx) => {
        const audit = new AuditRepository(trx);
        return work(bind(trx), {
          audit: (entry) => audit.append(entry),
          afterCommit: (effect) => effects.push(effect),
        });
      });
      for (const effect of effects) await effect();
      return result;
    },
  };
}

/**
 * A unit of work over fake (in-memory) repositories, for fast service tests: the body runs directly,
 * audit entries are collected in `audited`, after-commit effects run when the body resolves. It does not
 * roll back: tests of atomicity belong with the database tests.
 */
export function inMemoryUnitOfWork<Repos>(repos: Repos): UnitOfWork<Repos> & { audited: AuditEntry[] } {
  const audited: AuditEntry[] = [];
  return {
    read: repos,
    audited,
    async run(work) {
      const effects: (() => void | Promise<void>)[] = [];
      const result = await work(repos, {
        audit: async (entry) => {
          audited.push(entry);
        },
        afterCommit: (effect) => effects.push(effect),
      });
      for (const effect of effects) await effect();
      return result;
    },
  };
}
