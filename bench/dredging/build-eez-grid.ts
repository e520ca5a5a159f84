/**
 * Rebuilds the approximate EEZ grid shipped in packages/dredging/data from world-atlas (Natural Earth
 * 1:50m countries). Run after a world-atlas upgrade: `npx tsx bench/dredging/build-eez-grid.ts`.
 */
import { BUNDLED_EEZ_GRID, writeBundledEezGrid } from '@strata/dredging';

const started = performance.now();
const grid = writeBundledEezGrid();
const attributed = grid.cells.reduce((n, c) => n + (c === 0 ? 0 : 1), 0);
console.log(
  `EEZ grid ${grid.width}×${grid.height} at ${grid.resolutionDeg}°, ${grid.countries.length - 1} countries, ` +
    `${((100 * attributed) / grid.cells.length).toFixed(1)} % of cells attributed, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s → ${BUNDLED_EEZ_GRID}`,
);
