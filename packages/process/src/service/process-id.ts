import { NotFoundError } from '@strata/core';
import type { ProcessRepository } from '../repository/process-repository.ts';

/**
 * The id of a process named by id or slug (`unea-5-12`): the one look-up every process service shares.
 * @throws NotFoundError when no process has that id or slug.
 */
export async function processIdOf(processes: ProcessRepository, idOrSlug: string): Promise<string> {
  const process = await processes.findProcess(idOrSlug);
  if (!process) throw new NotFoundError(`Process ${idOrSlug}`);
  return process.id;
}
