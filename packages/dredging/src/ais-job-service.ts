/**
 * "Bring your own AIS": a signed-in researcher's file waits in the data folder as a queued job; the
 * runner ({@link AisJobRunner}) claims it, decodes and analyses it with the same reader and pipeline as
 * the CLI, and stores a private dataset its owner may publish. Limits: the upload size (checked while
 * the file is received) and the jobs one account may have queued or running at once.
 */
import { rmSync } from 'node:fs';
import { type Actor, authorize, NotFoundError, newId, RateLimitedError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { AisJobRepository } from './ais-job-repository.ts';
import { positionCount, readAisUpload } from './ais-upload.ts';
import type { AisUploadFormat } from './domain/ais-formats.ts';
import {
  type AisJob,
  type AisJobPhase,
  type AisJobResult,
  RESTART_REASON,
  type StoredAisJob,
} from './domain/ais-job.ts';
import { collectStatics } from './domain/statics.ts';
import { runPipeline } from './pipeline.ts';
import { analysisOf, type DredgingService, importProvenance } from './service.ts';

export interface AisJobRepos {
  jobs: Pick<AisJobRepository, keyof AisJobRepository>;
}

export interface AisJobLimits {
  /** Queued and running jobs one account may have at once. */
  jobsPerUser: number;
  /**
   * Files above this many bytes are analysed on two worker threads, so that the server keeps answering
   * (default 16 MiB); smaller ones in the runner's thread, with per-track progress.
   */
  workerThresholdBytes?: number;
}

/** A file received into the data folder, ready to be queued. */
export interface ReceivedUpload {
  filePath: string;
  fileName: string;
  bytes: number;
  format: AisUploadFormat | 'auto';
  /** The dataset's name (default: "Upload of <file name>"). */
  name?: string;
}

/** A job as the API shows it (its file's path stays on the server). */
const publicJob = ({ filePath: _f, ...job }: StoredAisJob): AisJob => job;

export type JobProgress = (phase: AisJobPhase, done: number, total: number) => void;

export class AisJobService {
  /**
   * @param work the job table's unit of work
   * @param watch the dataset service the analysis is stored through
   * @param zones the official zones GeoJSON the server is configured with, or null (approximate EEZ)
   */
  constructor(
    private readonly work: UnitOfWork<AisJobRepos>,
    private readonly watch: DredgingService,
    private readonly limits: AisJobLimits,
    private readonly zones: () => string | null = () => null,
  ) {}

  /** Throws 401/403, or 429 when the account already has its allowance of jobs waiting or running. */
  async checkMayQueue(actor: Actor | null): Promise<void> {
    authorize(actor, 'dredging.upload.create');
    const active = await this.work.read.jobs.activeCount(actor.userId);
    if (active >= this.limits.jobsPerUser) {
      throw new RateLimitedError(
        60,
        `You already have ${active} AIS upload job(s) queued or running (at most ${this.limits.jobsPerUser}). Wait for one to finish.`,
      );
    }
  }

  /**
   * Queues a received file for analysis, with its audit row. `actor` null queues as the system (CLI).
   *
   * @example const job = await jobs.enqueue(actor, { filePath, fileName: 'day1.nmea', bytes, format: 'auto' });
   */
  async enqueue(
    actor: Actor | null,
    upload: ReceivedUpload,
    options: { system?: boolean } = {},
  ): Promise<AisJob> {
    if (!options.system) await this.checkMayQueue(actor);
    const id = newId();
    const fileName = upload.fileName.slice(0, 200) || 'upload';
    const job: Omit<StoredAisJob, 'createdAt' | 'startedAt' | 'finishedAt'> = {
      id,
      ownerUserId: actor?.userId ?? null,
      state: 'queued',
      format: upload.format,
      fileName,
      filePath: upload.filePath,
      bytes: upload.bytes,
      datasetId: `upload-${id}`,
      datasetName: (upload.name?.trim() || `Upload of ${fileName}`).slice(0, 200),
      phase: 'queued',
      done: 0,
      total: upload.bytes,
      error: null,
      result: null,
    };
    await this.work.run(async ({ jobs }, tx) => {
      await jobs.insert(job);
      await tx.audit({
        actor: actor ? { userId: actor.userId, email: actor.email } : null,
        action: options.system ? 'system.dredging.upload' : 'dredging.upload.create',
        entity: 'dredging_ais_job',
        entityId: id,
        before: null,
        after: { fileName, bytes: upload.bytes, format: upload.format, datasetId: job.datasetId },
      });
    });
    return this.job(actor, id, options);
  }

  /** One job, for its owner or the secretariat (404 to anyone else, so ids reveal nothing). */
  async job(actor: Actor | null, id: string, options: { system?: boolean } = {}): Promise<AisJob> {
    const found = await this.work.read.jobs.find(id);
    if (!found) throw new NotFoundError(`Upload job ${id}`);
    if (!options.system) {
      authorize(actor, 'dredging.upload.create');
      try {
        authorize(actor, 'dredging.upload.read', { ownerUserId: found.ownerUserId });
      } catch {
        throw new NotFoundError(`Upload job ${id}`);
      }
    }
    return publicJob(found);
  }

  /** The actor's own jobs, newest first (all jobs for the system). */
  async jobs(actor: Actor | null, options: { system?: boolean } = {}): Promise<AisJob[]> {
    if (options.system) return (await this.work.read.jobs.list()).map(publicJob);
    authorize(actor, 'dredging.upload.create');
    return (await this.work.read.jobs.list(actor.userId)).map(publicJob);
  }

  /**
   * On a runner's start: jobs a dead process left running are failed with "server restarted while
   * running" and their files removed (an analysis cannot resume half-way, and a file that crashed the
   * server must not crash it again); queued jobs stay queued and run.
   */
  async recover(): Promise<AisJob[]> {
    const failed = await this.work.run(({ jobs }) => jobs.failRunning(RESTART_REASON));
    for (const job of failed) rmSync(job.filePath, { force: true });
    return failed.map(publicJob);
  }

  /** Claims the oldest queued job, or null. */
  async claimNext(): Promise<StoredAisJob | null> {
    return this.work.run(({ jobs }) => jobs.claimNext());
  }

  async reportProgress(id: string, phase: AisJobPhase, done: number, total: number): Promise<void> {
    await this.work.run(({ jobs }) => jobs.progress(id, phase, done, total));
  }

  /**
   * Decodes, analyses and stores one claimed job's file as its owner's private dataset; marks the job
   * succeeded or failed (with the reason) and removes the file either way.
   */
  async process(job: StoredAisJob, progress: JobProgress = () => {}): Promise<AisJob> {
    let outcome: { result: AisJobResult } | { reason: string };
    try {
      outcome = { result: await this.analyse(job, progress) };
    } catch (error) {
      // The owner reads the reason: it names their file, never where the server keeps it.
      const reason = (error instanceof Error ? error.message : String(error))
        .split(`${job.filePath}.raw`)
        .join(job.fileName)
        .split(job.filePath)
        .join(job.fileName);
      const detail =
        error instanceof ValidationError && error.detailFields?.length
          ? `${reason} (${error.detailFields.map((i) => `${i.path}: ${i.message}`).join('; ')})`
          : reason;
      outcome = { reason: detail.slice(0, 2000) };
    } finally {
      // Before the state changes: whoever sees the job finished finds its file gone.
      rmSync(job.filePath, { force: true });
    }
    const ended = outcome;
    await this.work.run(({ jobs }) =>
      'result' in ended ? jobs.succeed(job.id, ended.result) : jobs.fail(job.id, ended.reason),
    );
    return this.job(null, job.id, { system: true });
  }

  private async analyse(job: StoredAisJob, progress: JobProgress): Promise<AisJobResult> {
    const large = job.bytes > (this.limits.workerThresholdBytes ?? 16 * 1024 * 1024);
    const read = await readAisUpload(job.filePath, job.format, {
      onProgress: (bytes, total) => progress('decoding', bytes, total),
      partitions: large ? 2 : 1,
    });
    const positions = positionCount(read);
    if (positions === 0) {
      const first = read.firstRejections
        .slice(0, 3)
        .map((r) => `line ${r.line}: ${r.reason}`)
        .join('; ');
      throw new ValidationError(
        `The file holds no AIS positions with a time (${read.rows} rows or lines read, ${read.rejectedRows} rejected${first ? `; ${first}` : ''}).`,
      );
    }
    progress('analysing', 0, 1);
    const output = await runPipeline({
      partitions: read.partitions,
      statics: collectStatics(read.statics).values(),
      zonesGeoJson: this.zones(),
      onProgress: (done, total) => progress('analysing', done, total),
    });
    progress('saving', 0, 1);
    await this.watch.importAnalysis(
      null,
      {
        id: job.datasetId,
        name: job.datasetName,
        synthetic: false,
        provenance: importProvenance(
          `${job.fileName} (${read.format})`,
          'as supplied by the uploader',
          output.result.classifier.name,
          new Date(),
        ),
        ...analysisOf(output),
        ownerUserId: job.ownerUserId,
        // A researcher's dataset stays private until they publish it; the system's is public at once.
        published: job.ownerUserId === null,
      },
      {
        system: true,
        auditAction: 'system.dredging.upload.analyse',
        onProgress: (done, total) => progress('saving', done, total),
      },
    );
    return {
      format: read.format,
      rows: read.rows,
      rejectedRows: read.rejectedRows,
      firstRejections: read.firstRejections,
      positions,
      vessels: output.result.vesselsSeen,
      dredgers: output.result.dredgers.length,
      events: output.events.length,
    };
  }
}
