import { readFileSync } from 'node:fs';
import type { StrataConfig } from '@strata/core';
import { createUnitOfWork, type Database } from '@strata/db';
import { DredgingRepository } from './repository.ts';
import { DredgingService } from './service.ts';

/** The dredging watch's services, built on one unit of work. */
export interface DredgingServices {
  watch: DredgingService;
}

/**
 * Builds the dredging watch's services over a database. `zonesFile` (STRATA_ZONES_FILE) names the
 * official maritime zones GeoJSON uploads are attributed with; without it, the approximate EEZ.
 *
 * @example const { watch } = createDredgingServices(db, config);
 */
export function createDredgingServices(
  db: Database,
  config: Pick<StrataConfig, 'zonesFile'> = { zonesFile: null },
): DredgingServices {
  const work = createUnitOfWork(db, (executor) => ({ dredging: new DredgingRepository(executor) }));
  const zones = () => (config.zonesFile ? readFileSync(config.zonesFile, 'utf8') : null);
  return { watch: new DredgingService(work, zones) };
}
