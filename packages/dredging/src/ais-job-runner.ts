/**
 * The background runner of AIS upload jobs: on start it recovers what a dead process left running,
 * then claims queued jobs one at a time, reporting progress to the job row (at most every 500 ms per
 * job, and at each change of phase). The server runs one; `wake()` starts a claim at once after an upload.
 */
import type { AisJobService } from './ais-job-service.ts';
import type { AisJob, AisJobPhase } from './domain/ais-job.ts';

export interface AisJobRunnerOptions {
  /** How often to look for queued jobs when not woken (default 2 s). */
  intervalMs?: number;
  onRecovered?: (jobs: AisJob[]) => void;
  onFinished?: (job: AisJob) => void;
  onError?: (error: unknown) => void;
}

export class AisJobRunner {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly jobs: AisJobService,
    private readonly options: AisJobRunnerOptions = {},
  ) {}

  /** Recovers interrupted jobs, then runs queued ones until stopped. Resolves once recovery is done. */
  async start(): Promise<void> {
    const recovered = await this.jobs.recover();
    this.options.onRecovered?.(recovered);
    this.loop = this.run();
  }

  /** Looks for a queued job now rather than at the next interval. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops claiming; waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  /** Runs queued jobs until none waits; returns how many ran (the CLI and tests drive it this way). */
  async drain(): Promise<number> {
    let n = 0;
    while (!this.stopped) {
      const job = await this.jobs.claimNext();
      if (!job) break;
      let last = 0;
      let lastPhase: AisJobPhase = 'decoding';
      let writing = Promise.resolve();
      const progress = (phase: AisJobPhase, done: number, total: number) => {
        const now = Date.now();
        if (phase === lastPhase && now - last < 500) return;
        last = now;
        lastPhase = phase;
        writing = writing.then(() => this.jobs.reportProgress(job.id, phase, done, total)).catch(() => {});
      };
      const finished = await this.jobs.process(job, progress);
      await writing;
      this.options.onFinished?.(finished);
      n++;
    }
    return n;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.drain();
      } catch (error) {
        this.options.onError?.(error);
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.intervalMs ?? 2000);
        // The runner alone never keeps a process alive (the server, or a test, decides when to exit).
        timer.unref?.();
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
