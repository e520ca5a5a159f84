import type { Executor } from '@strata/db';
import { CatalogueRepository } from './catalogue-repository.ts';
import { MatrixRepository } from './matrix-repository.ts';
import { PartyRepository } from './party-repository.ts';

export { CatalogueRepository } from './catalogue-repository.ts';
export { MatrixRepository, type StoredCell } from './matrix-repository.ts';
export { type PartyList, PartyRepository } from './party-repository.ts';

/** The instruments module's repositories, bound to one executor. */
export interface InstrumentsRepos {
  catalogue: CatalogueRepository;
  matrix: MatrixRepository;
  parties: PartyRepository;
}

export function bindInstrumentsRepos(executor: Executor): InstrumentsRepos {
  return {
    catalogue: new CatalogueRepository(executor),
    matrix: new MatrixRepository(executor),
    parties: new PartyRepository(executor),
  };
}
