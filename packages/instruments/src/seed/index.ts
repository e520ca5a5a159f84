import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstrumentFacts } from '../domain/instrument.ts';
import { completeColumn, type MatrixCell } from '../domain/matrix.ts';
import type { InstrumentsServices } from '../index.ts';
import { SEED_MATRIX, type SeedColumn } from './matrix.ts';
import { SEED_MATRIX_STANDARDS } from './matrix-standards.ts';
import { MORE_STANDARDS } from './more-standards.ts';
import { withOfficialTitles } from './official-titles.ts';
import { ORGANISATIONS } from './organisations.ts';
import { STANDARDS } from './standards.ts';
import { TREATIES } from './treaties.ts';

/** Every seeded instrument, by slug. */
export const SEED_CATALOGUE: Readonly<Record<string, InstrumentFacts>> = Object.fromEntries(
  Object.entries({ ...TREATIES, ...STANDARDS, ...MORE_STANDARDS }).map(([slug, facts]) => [
    slug,
    withOfficialTitles(slug, facts),
  ]),
);
/** Every seeded matrix column, by instrument slug. */
export const SEED_COLUMNS: Readonly<Record<string, SeedColumn>> = {
  ...SEED_MATRIX,
  ...SEED_MATRIX_STANDARDS,
};

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
/** The bundled parties lists (built by scripts/extract-parties.ts from ../shared/data/instruments). */
export const BUNDLED_PARTY_FILES = ['parties-ieadb-2020.csv', 'parties-unfccc-2024.csv'];

/**
 * The GISTM's fifteen principles, linked to the tailings portal's requirement list (ids `P1`…`P15`, one
 * item per principle, as that portal seeds it).
 */
export const SEED_LINKS = Array.from({ length: 15 }, (_, k) => ({
  instrumentSlug: 'gistm',
  targetKind: 'tailings.requirement' as const,
  targetRef: `P${k + 1}`,
  note: `GISTM Principle ${k + 1}`,
}));

/** The seeded columns as matrix cells: listed cells as graded, every other cell `not_addressed`. */
export function seedCells(): MatrixCell[] {
  return Object.entries(SEED_COLUMNS).flatMap(([slug, column]) =>
    completeColumn(
      slug,
      column.cells.map(([issue, stage, grade, clause]) => ({
        issue,
        stage,
        grade,
        clause,
        source: column.source,
        status: 'provisional' as const,
      })),
      'provisional',
      column.source,
    ),
  );
}

export interface SeedSummary {
  instruments: number;
  cells: number;
  parties: number;
}

/**
 * Seeds the catalogue (published, each fact with its source), the graded columns (provisional) and the
 * bundled parties lists. Idempotent: what exists is left as it is (the secretariat's edits win).
 */
export async function seedInstruments(
  services: InstrumentsServices,
  progress?: (done: number, total: number | null, note?: string) => void,
): Promise<SeedSummary> {
  const instruments = await services.catalogue.seedCatalogue(SEED_CATALOGUE, ORGANISATIONS);
  await services.catalogue.seedLinks(SEED_LINKS);
  progress?.(1, 3, `instruments: ${instruments} added`);
  const cells = await services.matrix.seedColumns(seedCells());
  progress?.(2, 3, `instruments: ${cells} graded cells added`);
  const known = new Set((await services.parties.lists()).map((l) => l.instrumentSlug));
  let parties = 0;
  for (const file of BUNDLED_PARTY_FILES) {
    const text = await readFile(path.join(DATA, file), 'utf8');
    const slugs = new Set(
      text
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .filter(Boolean),
    );
    if ([...slugs].every((s) => known.has(s))) continue;
    parties += (await services.parties.importAsSystem(text, 'seed.instruments.parties')).rows;
  }
  progress?.(3, 3, `instruments: ${parties} party records imported`);
  return { instruments, cells, parties };
}
