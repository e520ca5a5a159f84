import { isUuid, NotFoundError } from '@strata/core';
import type { StoredFacility } from '../repository/facility-repository.ts';
import type { TailingsRepositories } from '../repository/index.ts';

/** The facility `id` names, or a 404 (an id that is not a UUID cannot name one). */
export async function requireFacility(repos: TailingsRepositories, id: string): Promise<StoredFacility> {
  if (!isUuid(id)) throw new NotFoundError(`Facility ${id}`);
  const facility = await repos.facilities.find(id);
  if (!facility) throw new NotFoundError(`Facility ${id}`);
  return facility;
}
