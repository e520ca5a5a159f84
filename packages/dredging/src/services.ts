import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StrataConfig } from '@strata/core';
import { createUnitOfWork, type Database } from '@strata/db';
import { AisJobRepository } from './ais-job-repository.ts';
import { AisJobService } from './ais-job-service.ts';
import { DredgingRepository } from './repository.ts';
import { DredgingService } from './service.ts';

/** The dredging watch's services, built on one unit of work. */
export interface DredgingServices {
  watch: DredgingService;
  /** AIS files researchers bring, analysed in the background. */
  uploads: AisJobService;
  /** Where uploaded files wait for their job (`<dataDir>/dredging/uploads`). */
  uploadsDir: string;
}

type DredgingConfig = Pick<StrataConfig, 'zonesFile'> &
  Partial<Pick<StrataConfig, 'dataDir' | 'aisJobsPerUser'>>;

/**
 * Builds the dredging watch's services over a database. `zonesFile` (STRATA_ZONES_FILE) names the
 * official maritime zones GeoJSON uploads are attributed with; without it, the approximate EEZ.
 *
 * @example const { watch, uploads } = createDredgingServices(db, config);
 */
export function createDredgingServices(
  db: Database,
  config: DredgingConfig = { zonesFile: null },
  options: { workerThresholdBytes?: number } = {},
): DredgingServices {
  const work = createUnitOfWork(db, (executor) => ({ dredging: new DredgingRepository(executor) }));
  const zones = () => (config.zonesFile ? readFileSync(config.zonesFile, 'utf8') : null);
  const watch = new DredgingService(work, zones);
  const jobWork = createUnitOfWork(db, (executor) => ({ jobs: new AisJobRepository(executor) }));
  const uploads = new AisJobService(
    jobWork,
    watch,
    { jobsPerUser: config.aisJobsPerUser ?? 2, workerThresholdBytes: options.workerThresholdBytes },
    zones,
  );
  const uploadsDir = path.join(config.dataDir ?? path.resolve('.strata', 'data'), 'dredging', 'uploads');
  return { watch, uploads, uploadsDir };
}
