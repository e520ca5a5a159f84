import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUnitOfWork, type Database } from '@strata/db';
import type { GovernanceEntry } from './domain/governance.ts';
import { GovernanceRepository } from './repository/governance-repository.ts';
import {
  type DredgingPanelReader,
  GovernanceService,
  MarineLayerService,
} from './service/governance-service.ts';

export * from './repository/governance-repository.ts';
export * from './service/governance-service.ts';

/** The bundled governance entries, each with the source it was read from (`packages/sand/data`). */
export const GOVERNANCE_SEED_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/governance.json',
);

/** Reads the bundled governance entries. */
export async function readGovernanceSeed(file = GOVERNANCE_SEED_FILE): Promise<GovernanceEntry[]> {
  const data = JSON.parse(await readFile(file, 'utf8')) as { entries: GovernanceEntry[] };
  return data.entries;
}

/** The governance tracker and the marine layer of the sand observatory. */
export interface SandGovernanceServices {
  governance: GovernanceService;
  marine: MarineLayerService;
}

/**
 * Builds the governance tracker over `db`, and the marine layer over `dredgingPanel`, which reads the
 * dredging watch's country panel through that module's service (never its tables).
 *
 * @example
 * const { governance } = createSandGovernanceServices(db, (iso3) => watch.countryPanel(iso3, {}));
 */
export function createSandGovernanceServices(
  db: Database,
  dredgingPanel: DredgingPanelReader = async () => null,
): SandGovernanceServices {
  const work = createUnitOfWork(db, (ex) => ({ governance: new GovernanceRepository(ex) }));
  return { governance: new GovernanceService(work), marine: new MarineLayerService(dredgingPanel) };
}
export * from './presenters/governance-csv.ts';
