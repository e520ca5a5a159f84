/**
 * The marine layer of a country profile: marine and coastal dredging measured by the dredging watch in
 * the country's waters, year by year, beside the global estimate the report cites.
 */
import type { Band } from './band.ts';

/**
 * Marine Sand Watch (UNEP/GRID-Geneva, 2023) estimate of sand and other sediments dredged in the marine
 * and coastal environment, as the report cites it: "entre 6,4 et 16 Gt/an" (report 5/12, French text).
 */
export const MARINE_SAND_WATCH_REFERENCE = {
  lowGt: 6.4,
  highGt: 16,
  source: 'Marine Sand Watch (UNEP/GRID-Geneva), as cited in the report',
} as const;

/** What the marine layer needs of the dredging watch's country panel (structural: no import). */
export interface DredgingCountryPanel {
  dataset: { id: string; name: string; synthetic: boolean };
  countryMethod: string;
  byYear: readonly { year: number; volumeM3: Band; tonnes: Band; vessels: number }[];
}

/** The layer: the dataset read, its country method, tonnes per year with their band, the reference. */
export function marineLayerView(iso3: string, panel: DredgingCountryPanel | null) {
  return {
    iso3,
    dataset: panel
      ? { id: panel.dataset.id, name: panel.dataset.name, synthetic: panel.dataset.synthetic }
      : null,
    countryMethod: panel?.countryMethod === 'official' ? ('official' as const) : ('approximate' as const),
    years: (panel?.byYear ?? []).map((y) => ({
      year: y.year,
      volumeM3: y.volumeM3,
      tonnes: y.tonnes,
      vessels: y.vessels,
      /** The central figure as a share of the reference's low and high ends (what part of the world). */
      shareOfReference: {
        low: y.tonnes.central / (MARINE_SAND_WATCH_REFERENCE.highGt * 1e9),
        high: y.tonnes.central / (MARINE_SAND_WATCH_REFERENCE.lowGt * 1e9),
      },
    })),
    reference: MARINE_SAND_WATCH_REFERENCE,
  };
}
export type MarineLayer = ReturnType<typeof marineLayerView>;
