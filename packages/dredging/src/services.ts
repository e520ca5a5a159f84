import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type StrataConfig, sharedDataFile } from '@strata/core';
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
 * The simplified Marine Regions World EEZ v12 (about 0.05°) in the shared data folder. Its terms (CC BY 4.0
 * per Marine Regions) were not confirmed at the publisher, so it is not bundled: it is used when present.
 */
export const SHARED_EEZ_FILE = 'maritime/marineregions-eez-v12-simplified-0.05deg.geojson';

/**
 * The official maritime zones file in force: `zonesFile` (STRATA_ZONES_FILE) when set, else the simplified
 * Marine Regions EEZ from the shared data folder when present, else null (the approximate grid).
 *
 * @example const file = zonesFileInForce(ctx.config); // '…/marineregions-eez-v12-simplified-0.05deg.geojson'
 */
export function zonesFileInForce(config: Pick<StrataConfig, 'zonesFile'>): string | null {
  // An empty STRATA_ZONES_FILE counts as unset.
  return config.zonesFile || sharedDataFile(SHARED_EEZ_FILE);
}

/**
 * Builds the dredging watch's services over a database. `zonesFile` (STRATA_ZONES_FILE) names the
 * official maritime zones GeoJSON uploads are attributed with; without it, the simplified Marine Regions EEZ
 * from the shared data when present, else the approximate EEZ grid.
 *
 * @example const { watch, uploads } = createDredgingServices(db, config);
 */
export function createDredgingServices(
  db: Database,
  config: DredgingConfig = { zonesFile: null },
  options: { workerThresholdBytes?: number } = {},
): DredgingServices {
  const work = createUnitOfWork(db, (executor) => ({ dredging: new DredgingRepository(executor) }));
  const zonesFile = zonesFileInForce(config);
  const zones = () => (zonesFile ? readFileSync(zonesFile, 'utf8') : null);
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
