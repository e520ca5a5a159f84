import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '@strata/core';
import { tailingsMigrations } from '@strata/tailings';
import { tailingsRoutes, tailingsServices } from '../routes/tailings/index.ts';
import type { OpenWorkItem, ProgressReporter, ServerModule } from './types.ts';

/** The SIGBM export bundled with the tailings package (Brazilian open government data). */
export const BUNDLED_SIGBM = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/tailings/data/br-anm-sigbm-2021-09.csv',
);

/** The column mapping of Chile's catastro (SERNAGEOMIN), kept with the tailings package. */
export const CHILE_MAPPING = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/tailings/data/cl-sernageomin-catastro-relaves.mapping.json',
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
    await seedChile(imports, progress);
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

/**
 * Chile's catastro of tailings deposits (SERNAGEOMIN, October 2025), read from the shared data folder when
 * it is present (it is not copied into the repository: SERNAGEOMIN's redistribution terms were not found;
 * the shared data notes record it as Chilean public government data, cite SERNAGEOMIN).
 */
async function seedChile(
  imports: ReturnType<typeof tailingsServices>['imports'],
  progress: ProgressReporter | undefined,
): Promise<void> {
  const file = sharedDataFile('tailings/cl-sernageomin-catastro-relaves-2025-10.xlsx');
  if (!file) return;
  const mapping = JSON.parse(await readFile(CHILE_MAPPING, 'utf8')) as unknown;
  const bytes = new Uint8Array(await readFile(file));
  const result = await imports.importFile(null, 'xlsx', bytes, {
    system: true,
    mapping,
    auditAction: 'seed.tailings.sernageomin',
    skipIfSeen: true,
    fileName: path.basename(file),
    progress: (done, total) => progress?.(done, total, 'SERNAGEOMIN deposits'),
  });
  progress?.(
    1,
    1,
    result.skipped
      ? 'SERNAGEOMIN already imported'
      : `SERNAGEOMIN: ${result.created} created, ${result.updated} updated`,
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file, { flag: 'r' }).then(() => undefined);
    return true;
  } catch {
    return false;
  }
}
