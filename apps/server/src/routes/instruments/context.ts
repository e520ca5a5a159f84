import { NotFoundError } from '@strata/core';
import { createInstrumentsServices, type InstrumentsServices } from '@strata/instruments';
import { createProcessServices } from '@strata/process';
import type { AppContext } from '../../env.ts';

/**
 * The instruments module's services for this context. A link to a process-hub proposal is checked
 * through the process hub's own service (never its tables).
 */
export function instrumentsServices(ctx: AppContext): InstrumentsServices {
  return ctx.services('instruments', (db) =>
    createInstrumentsServices(db, {
      async linkTargetExists(kind, ref) {
        if (kind !== 'process.proposal') return true;
        const process = ctx.services('process', (pdb) => createProcessServices(pdb));
        try {
          await process.proposals.getProposal(ref);
          return true;
        } catch (e) {
          if (e instanceof NotFoundError) return false;
          throw e;
        }
      },
    }),
  );
}

/** Headers of a CSV download. */
export const csvAttachment = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
});
