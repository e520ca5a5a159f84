/**
 * The dredging watch's CSV downloads, all through the platform's one writer (`toCsv`, `toCsvColumns` from
 * @strata/core), which neutralises cells a spreadsheet would run as formulas: vessel names come from AIS
 * broadcasts, which anyone with a transponder can set.
 */
import { type CsvColumn, type CsvValue, toCsv, toCsvColumns } from '@strata/core';
import type { DatasetRef } from '../domain/dataset.ts';
import type { DredgingEvent } from '../domain/output.ts';
import type { Band } from '../domain/types.ts';
import type {
  countryPanelView,
  countryTotals,
  hexagonView,
  monthlySeries,
  vesselPageView,
} from '../domain/views.ts';

type HexagonView = ReturnType<typeof hexagonView>;
type CountryTotals = ReturnType<typeof countryTotals>;
type CountryPanel = ReturnType<typeof countryPanelView>;
type VesselPage = ReturnType<typeof vesselPageView>;
type MonthlySeries = ReturnType<typeof monthlySeries>;

/** A column whose key is its header. */
const col = <Row>(header: string, value: (row: Row) => CsvValue): CsvColumn<Row> => ({
  key: header,
  header,
  value,
});

/** Three columns `<prefix>_low`, `_central`, `_high` of a band (empty when the band is null). */
function bandColumns<Row>(prefix: string, band: (row: Row) => Band | null | undefined): CsvColumn<Row>[] {
  return (['low', 'central', 'high'] as const).map((k) =>
    col(`${prefix}_${k}`, (row: Row) => band(row)?.[k]),
  );
}

/** The dataset columns every view download ends with, so a synthetic dataset is labelled in the file. */
function datasetColumns<Row>(dataset: DatasetRef): CsvColumn<Row>[] {
  return [col('dataset', () => dataset.id), col('synthetic', () => dataset.synthetic)];
}

/** The intensity map: one row per H3 cell. */
export function hexagonsCsv(view: HexagonView): string {
  type Cell = HexagonView['cells'][number];
  return toCsvColumns<Cell>(
    [
      col('h3', (x) => x.h3),
      col('resolution', () => view.resolution),
      ...bandColumns<Cell>('volume_m3', (x) => x.volumeM3),
      col('dredging_hours', (x) => x.dredgingHours),
      col('periods', (x) => x.periods),
      col('vessels', (x) => x.vessels),
      ...datasetColumns<Cell>(view.dataset),
    ],
    view.cells,
  );
}

/** Totals by country waters. */
export function countriesCsv(view: CountryTotals): string {
  type Item = CountryTotals['items'][number];
  return toCsvColumns<Item>(
    [
      col('country', (x) => x.country),
      col('name', (x) => x.name),
      ...bandColumns<Item>('volume_m3', (x) => x.volumeM3),
      ...bandColumns<Item>('tonnes', (x) => x.tonnes),
      col('dredging_hours', (x) => x.dredgingHours),
      col('vessels', (x) => x.vessels),
      col('protected_share', (x) => x.protectedShare),
      col('country_method', () => view.dataset.countryMethod),
      ...datasetColumns<Item>(view.dataset),
    ],
    view.items,
  );
}

/** A country panel: one row per year, then one per vessel. */
export function countryPanelCsv(p: CountryPanel): string {
  const band = (b: Band) => [b.low, b.central, b.high];
  const rows: CsvValue[][] = [
    ...p.byYear.map((y) => ['year', y.year, null, null, ...band(y.volumeM3), y.dredgingHours, y.vessels]),
    ...p.vessels.map((v) => ['vessel', null, v.mmsi, v.name, ...band(v.volumeM3), v.dredgingHours, null]),
  ];
  return toCsv(
    [
      'row',
      'year',
      'mmsi',
      'name',
      'volume_m3_low',
      'volume_m3_central',
      'volume_m3_high',
      'dredging_hours',
      'vessels',
    ],
    rows,
  );
}

/** A vessel's cycles. */
export function vesselCyclesCsv(page: VesselPage): string {
  type Cycle = VesselPage['cycles'][number];
  return toCsvColumns<Cycle>(
    [
      col('cycle_id', (x) => x.id),
      col('start', (x) => x.start),
      col('end', (x) => x.end),
      col('dredging_minutes', (x) => x.dredgingMinutes),
      col('complete', (x) => x.complete),
      col('dredge_lon', (x) => x.dredgeLon),
      col('dredge_lat', (x) => x.dredgeLat),
      col('discharge_lon', (x) => x.dischargeLon),
      col('discharge_lat', (x) => x.dischargeLat),
      col('country', (x) => x.country),
      ...bandColumns<Cycle>('volume_m3', (x) => x.volumeM3),
      col('volume_method', (x) => x.volumeMethod),
    ],
    page.cycles,
  );
}

/** The monthly series. */
export function seriesCsv(view: MonthlySeries): string {
  type Month = MonthlySeries['items'][number];
  return toCsvColumns<Month>(
    [
      col('month', (x) => x.month),
      ...bandColumns<Month>('volume_m3', (x) => x.volumeM3),
      col('dredging_hours', (x) => x.dredgingHours),
      col('vessels', (x) => x.vessels),
      ...datasetColumns<Month>(view.dataset),
    ],
    view.items,
  );
}

/** Activity periods (RFC 4180). */
export function eventsCsv(events: readonly DredgingEvent[]): string {
  return toCsvColumns<DredgingEvent>(
    [
      col('mmsi', (e) => e.mmsi),
      col('activity', (e) => e.activity),
      col('start', (e) => e.start),
      col('end', (e) => e.end),
      col('lon', (e) => e.lon),
      col('lat', (e) => e.lat),
      col('country', (e) => e.country),
      col('country_method', (e) => e.countryMethod),
      col('h3', (e) => e.h3),
      col('in_protected_area', (e) => e.inProtectedArea),
      col('cycle_id', (e) => e.cycleId),
      ...bandColumns<DredgingEvent>('volume_m3', (e) => e.volumeM3),
      ...bandColumns<DredgingEvent>('tonnes', (e) => e.tonnes),
      col('volume_method', (e) => e.volumeMethod),
    ],
    events,
  );
}
