/**
 * An AIS upload job as the service and the views see it: who brought which file, where the background
 * runner is with it, and the dataset it made (or why it failed).
 */
import type { AisUploadFormat } from './ais-formats.ts';

export const AIS_JOB_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type AisJobState = (typeof AIS_JOB_STATES)[number];

/** What the runner is doing: waiting, reading the file, analysing tracks, storing the dataset. */
export type AisJobPhase = 'queued' | 'decoding' | 'analysing' | 'saving' | 'done';

/** What a finished job found in the file. */
export interface AisJobResult {
  format: AisUploadFormat;
  rows: number;
  rejectedRows: number;
  firstRejections: { line: number; reason: string }[];
  positions: number;
  vessels: number;
  dredgers: number;
  events: number;
}

export interface AisJob {
  id: string;
  /** The account that uploaded it; null for a job the system (CLI) queued. */
  ownerUserId: string | null;
  state: AisJobState;
  /** The format asked for ('auto' until the runner has read the file). */
  format: AisUploadFormat | 'auto';
  fileName: string;
  bytes: number;
  datasetId: string;
  datasetName: string;
  phase: AisJobPhase;
  done: number;
  total: number;
  error: string | null;
  result: AisJobResult | null;
  /** ISO 8601. */
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A job with where its file waits (the runner's and the repository's business, never the API's). */
export interface StoredAisJob extends AisJob {
  filePath: string;
}

/** The reason a job left running by a process that died is failed with. */
export const RESTART_REASON = 'server restarted while running';

/** Queued and running jobs of one owner count against the per-user limit. */
export const isActive = (job: Pick<AisJob, 'state'>) => job.state === 'queued' || job.state === 'running';
