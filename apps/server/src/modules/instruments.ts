import { type InstrumentLink, instrumentsMigrations, seedInstruments } from '@strata/instruments';
import { DEMO_PROCESS, processServicesOf } from '@strata/process';
import type { AppContext } from '../env.ts';
import { instrumentsRoutes, instrumentsServices } from '../routes/instruments/index.ts';
import type { ServerModule } from './types.ts';

/**
 * Demo links from instruments to the process hub's fictional demo proposals (by code), so that a
 * proposal's page has instruments to show. Fictional like the proposals, and labelled so in the note.
 */
export const DEMO_PROPOSAL_LINKS: readonly [code: string, slugs: readonly string[]][] = [
  ['DEMO-01', ['gistm', 'unece-tmf-guidelines']],
  ['DEMO-04', ['oecd-minerals-due-diligence']],
  ['DEMO-05', ['basel-convention']],
  ['DEMO-08', ['ifc-performance-standards', 'world-bank-esf']],
];

/** How every demo link's note begins. */
const DEMO_LINK_NOTE = '[DEMO]';

/**
 * Links the demo proposals (when the hub's demo process is there) to instruments; idempotent. Demo links
 * to proposals that are gone (the demo removed, or replaced by a newer one) are deleted first.
 */
async function seedDemoProposalLinks(ctx: AppContext): Promise<number> {
  const hub = processServicesOf(ctx);
  const demo = (await hub.processes.listProcesses()).some((p) => p.slug === DEMO_PROCESS);
  const proposals = demo ? await hub.proposals.listProposals(DEMO_PROCESS) : [];
  await instrumentsServices(ctx).catalogue.pruneSeededLinks(
    'process.proposal',
    DEMO_LINK_NOTE,
    proposals.map((p) => p.id),
  );
  if (!demo) return 0;
  const byCode = new Map(proposals.map((p) => [p.code, p.id]));
  const links: InstrumentLink[] = DEMO_PROPOSAL_LINKS.flatMap(([code, slugs]) => {
    const id = byCode.get(code);
    return id
      ? slugs.map((slug) => ({
          instrumentSlug: slug,
          targetKind: 'process.proposal' as const,
          targetRef: id,
          note: `${DEMO_LINK_NOTE} link to the fictional demo proposal ${code}`,
        }))
      : [];
  });
  return instrumentsServices(ctx).catalogue.seedLinks(links);
}

/** The global assessment of instruments and standards: catalogue, matrix, parties, analyses. */
export const instrumentsModule: ServerModule = {
  name: 'instruments',
  migrations: instrumentsMigrations,
  routes: (ctx) => instrumentsRoutes(ctx),
  /**
   * Seeds the sourced catalogue, the graded matrix columns and the bundled parties lists, then the demo
   * links to the hub's demo proposals (the hub seeds first); idempotent.
   */
  async seed(ctx, progress) {
    const summary = await seedInstruments(instrumentsServices(ctx), (done, total, note) =>
      progress?.(done, total, note),
    );
    const links = await seedDemoProposalLinks(ctx);
    progress?.(
      1,
      1,
      `instruments: ${summary.instruments} instruments, ${summary.cells} cells, ${summary.parties} parties, ${links} demo proposal links`,
    );
  },
};
