import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '@strata/core';
import { tailingsMigrations } from '@strata/tailings';
import { tailingsRoutes, tailingsServices } from '../routes/tailings/index.ts';
import type { OpenWorkItem, ServerModule } from './types.ts';

/** The SIGBM export bundled with the tailings package (Brazilian open government data). */
export const BUNDLED_SIGBM = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/tailings/data/br-anm-sigbm-2021-09.csv',
);

/** The tailings module's routes, migrations and seed data. */
export const tailingsModule: ServerModule = {
  name: 'tailings',
  migrations: tailingsMigrations,
  routes: (ctx) => tailingsRoutes(ctx),
  /**
   * Seeds the GISTM requirement list, the knowledge-gap topics, a starter resources library and the bundled
   * SIGBM export. Idempotent and fast on repeat: a file already imported (same SHA-256) is skipped.
   */
  async seed(ctx, progress) {
    const { knowledge, imports } = tailingsServices(ctx);
    await knowledge.seedReference();
    const file = (await exists(BUNDLED_SIGBM))
      ? BUNDLED_SIGBM
      : sharedDataFile('tailings/br-anm-sigbm-2021-09.csv');
    if (!file) return;
    const bytes = new Uint8Array(await readFile(file));
    const result = await imports.importFile(null, 'sigbm', bytes, {
      system: true,
      auditAction: 'seed.tailings.sigbm',
      skipIfSeen: true,
      fileName: path.basename(file),
      progress: (done, total) => progress?.(done, total, 'SIGBM dams'),
    });
    progress?.(
      1,
      1,
      result.skipped
        ? 'SIGBM already imported'
        : `SIGBM: ${result.created} created, ${result.updated} updated`,
    );
  },
  /**
   * An operator's facilities and their disclosures by state; for the secretariat and the reviewers who may
   * see them, the disclosures waiting for a decision.
   */
  async openWork(ctx, actor) {
    const { facilities, disclosures } = tailingsServices(ctx);
    const items: OpenWorkItem[] = [];
    const at = { due: null, title: null, link: '/tailings/admin' };
    if (actor.role === 'operator' && actor.companyId) {
      const { total } = await facilities.listFacilities(
        { companyId: actor.companyId },
        { limit: 1, offset: 0 },
      );
      items.push({ kind: 'tailings.facilities', count: total, ...at });
    }
    if (actor.role === 'operator' || actor.role === 'secretariat') {
      const pending = await disclosures.listDisclosures(actor);
      for (const status of ['submitted', 'returned'] as const) {
        const count = pending.filter((d) => d.status === status).length;
        if (count > 0 || status === 'submitted')
          items.push({ kind: `tailings.disclosure.${status}`, count, ...at });
      }
    }
    return items;
  },
};

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file, { flag: 'r' }).then(() => undefined);
    return true;
  } catch {
    return false;
  }
}
