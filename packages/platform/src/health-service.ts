import type { PlatformWork } from './repositories.ts';

/** What the health check asks: does the database answer? */
export class HealthService {
  constructor(private readonly work: PlatformWork) {}

  /** True when the database answers a trivial query; false when it is unreachable. */
  async databaseReachable(): Promise<boolean> {
    try {
      await this.work.read.status.ping();
      return true;
    } catch {
      return false;
    }
  }
}
