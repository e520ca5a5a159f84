/**
 * The durable queue of AIS upload jobs (`dredging_ais_job`). The only SQL of the job runner: claim with
 * `FOR UPDATE SKIP LOCKED` so that two runners (two server processes on one PostgreSQL) never take the
 * same job; PGlite runs the same statement.
 */
import type { Executor, Json, Timestamp } from '@strata/db';
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { AisJobPhase, AisJobResult, AisJobState, StoredAisJob } from './domain/ais-job.ts';

export interface AisJobRow {
  id: string;
  owner_user_id: string | null;
  state: string;
  format: string;
  file_name: string;
  file_path: string;
  bytes: number;
  dataset_id: string;
  dataset_name: string;
  phase: string;
  done: number;
  total: number;
  error: string | null;
  result: Json<AisJobResult> | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  updated_at: Timestamp;
}

declare module '@strata/db' {
  interface StrataTables {
    dredging_ais_job: AisJobRow;
  }
}

const iso = (d: Date | string | null) =>
  d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString();

function jobOf(r: Selectable<AisJobRow>): StoredAisJob {
  return {
    id: r.id,
    ownerUserId: r.owner_user_id,
    state: r.state as AisJobState,
    format: r.format as StoredAisJob['format'],
    fileName: r.file_name,
    filePath: r.file_path,
    bytes: Number(r.bytes),
    datasetId: r.dataset_id,
    datasetName: r.dataset_name,
    phase: r.phase as AisJobPhase,
    done: Number(r.done),
    total: Number(r.total),
    error: r.error,
    result: r.result,
    createdAt: iso(r.created_at) as string,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}

/** Reads and writes AIS upload jobs. */
export class AisJobRepository {
  constructor(private readonly db: Executor) {}

  async insert(job: Omit<StoredAisJob, 'createdAt' | 'startedAt' | 'finishedAt'>): Promise<void> {
    await this.db
      .insertInto('dredging_ais_job')
      .values({
        id: job.id,
        owner_user_id: job.ownerUserId,
        state: job.state,
        format: job.format,
        file_name: job.fileName,
        file_path: job.filePath,
        bytes: job.bytes,
        dataset_id: job.datasetId,
        dataset_name: job.datasetName,
        phase: job.phase,
        done: job.done,
        total: job.total,
      })
      .execute();
  }

  async find(id: string): Promise<StoredAisJob | null> {
    const row = await this.db
      .selectFrom('dredging_ais_job')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? jobOf(row) : null;
  }

  /** Jobs newest first: one owner's, or everyone's when `ownerUserId` is undefined. */
  async list(ownerUserId?: string | null, limit = 100): Promise<StoredAisJob[]> {
    let q = this.db.selectFrom('dredging_ais_job').selectAll();
    if (ownerUserId !== undefined) {
      q =
        ownerUserId === null
          ? q.where('owner_user_id', 'is', null)
          : q.where('owner_user_id', '=', ownerUserId);
    }
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(jobOf);
  }

  /** Queued and running jobs of one owner (the per-user limit). */
  async activeCount(ownerUserId: string): Promise<number> {
    const row = await this.db
      .selectFrom('dredging_ais_job')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_user_id', '=', ownerUserId)
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Takes the oldest queued job and marks it running, or null when none waits. */
  async claimNext(): Promise<StoredAisJob | null> {
    const result = await sql<Selectable<AisJobRow>>`
      update dredging_ais_job set state = 'running', phase = 'decoding', started_at = now(), updated_at = now()
      where id = (
        select id from dredging_ais_job where state = 'queued'
        order by created_at, id limit 1 for update skip locked
      )
      returning *`.execute(this.db);
    const row = result.rows[0];
    return row ? jobOf(row) : null;
  }

  async progress(id: string, phase: AisJobPhase, done: number, total: number): Promise<void> {
    await this.db
      .updateTable('dredging_ais_job')
      .set({ phase, done, total, updated_at: new Date() })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .execute();
  }

  async succeed(id: string, result: AisJobResult): Promise<void> {
    await this.db
      .updateTable('dredging_ais_job')
      .set({
        state: 'succeeded',
        phase: 'done',
        result: JSON.stringify(result),
        finished_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.db
      .updateTable('dredging_ais_job')
      .set({ state: 'failed', error: reason, finished_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  /** Marks every running job failed with `reason`; returns them (their files are to be removed). */
  async failRunning(reason: string): Promise<StoredAisJob[]> {
    const rows = await this.db
      .updateTable('dredging_ais_job')
      .set({ state: 'failed', error: reason, finished_at: new Date(), updated_at: new Date() })
      .where('state', '=', 'running')
      .returningAll()
      .execute();
    return rows.map(jobOf);
  }
}
