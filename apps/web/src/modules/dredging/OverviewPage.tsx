import * as Plot from '@observablehq/plot';
import type {
  DredgingCountryRow as CountryRow,
  DredgingDatasetRef as DatasetRef,
  DredgingSeriesRow as SeriesRow,
} from '@strata/server/api-types';
import type { FeatureCollection, GeoJsonProperties, Polygon } from 'geojson';
import { useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { type MapLayer, WorldMap } from '../../ui/WorldMap.tsx';
import { BandText, DatasetNotice } from './DatasetNotice.tsx';
import { VesselsSection } from './VesselsSection.tsx';
import { H3_HEX_AREA_KM2, hexResolutionForZoom, viewQuery } from './view.ts';

const YEARS = ['2024', '2025', '2026'];
const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

/**
 * The dredging watch's front page: the H3 intensity map with year and month filters, volume by country,
 * the monthly series with its low–high band, and the dredgers, each downloadable.
 */
export function OverviewPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('dredging.title'));
  const [params, setParams] = useSearchParams();
  const filter = {
    year: params.get('year') ?? '',
    month: params.get('month') ?? '',
    dataset: params.get('dataset') ?? '',
  };
  const q = viewQuery(filter);
  // Coarser cells as the reader zooms out (the map reports its zoom once drawn and after each move).
  const [resolution, setResolution] = useState(3);
  const hexagons = useApi<FeatureCollection & { metadata: { dataset: DatasetRef } }>(
    `/dredging/downloads/hexagons.geojson${viewQuery(filter, { resolution: String(resolution) })}`,
  );
  const countries = useApi<{ dataset: DatasetRef; items: CountryRow[] }>(`/dredging/countries${q}`);
  const series = useApi<{ dataset: DatasetRef; items: SeriesRow[] }>(
    `/dredging/series${viewQuery({ dataset: filter.dataset })}`,
  );
  const dataset = countries.status === 'ok' ? countries.data.dataset : null;
  const setFilter = (key: 'year' | 'month', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'year' && !value) next.delete('month');
    setParams(next, { replace: true });
  };
  const num = (x: number) => intl.formatNumber(Math.round(x));

  // The cells of the last resolution stay on the map while a new resolution loads.
  const lastHexagons = useRef<FeatureCollection | null>(null);
  if (hexagons.status === 'ok') lastHexagons.current = hexagons.data;
  const hexData = hexagons.status === 'ok' ? hexagons.data : lastHexagons.current;
  const maxVolume = Math.max(
    1,
    ...(hexData?.features ?? []).map((f) => Number(f.properties?.volume_m3_central ?? 0)),
  );
  const layers = useMemo<MapLayer[]>(() => {
    if (!hexData) return [];
    const max = maxVolume;
    // Cell centres as circles keep the activity visible at world scale, where the cells are specks.
    const centres: FeatureCollection = {
      type: 'FeatureCollection',
      // Drawn in ascending volume, so where centres overlap at world scale the most intense cell is on top.
      features: [...hexData.features]
        .sort(
          (a, b) =>
            Number(a.properties?.volume_m3_central ?? 0) - Number(b.properties?.volume_m3_central ?? 0),
        )
        .map((f) => {
          const ring = (f.geometry as Polygon).coordinates[0].slice(0, -1);
          const lon = ring.reduce((a, c) => a + c[0], 0) / ring.length;
          const lat = ring.reduce((a, c) => a + c[1], 0) / ring.length;
          return {
            type: 'Feature',
            properties: f.properties,
            geometry: { type: 'Point', coordinates: [lon, lat] },
          };
        }),
    };
    const popup = (p: GeoJsonProperties) => {
      const n = (x: unknown) => intl.formatNumber(Math.round(Number(x ?? 0)));
      return intl.formatMessage(
        { id: 'dredging.map.popup' },
        {
          low: n(p?.volume_m3_low),
          central: n(p?.volume_m3_central),
          high: n(p?.volume_m3_high),
          hours: n(p?.dredging_hours),
          vessels: Number(p?.vessels ?? 0),
        },
      );
    };
    const colour = [
      'interpolate',
      ['linear'],
      ['get', 'volume_m3_central'],
      0,
      '#fdd49e',
      max,
      '#b30000',
    ] as unknown as string;
    return [
      {
        id: 'dredging-centres',
        title: intl.formatMessage({ id: 'dredging.map.layer.centres' }),
        kind: 'circle',
        data: centres,
        paint: {
          'circle-color': colour,
          'circle-radius': 6,
          'circle-stroke-color': '#7f0000',
          'circle-stroke-width': 1,
          'circle-opacity': 0.85,
        },
        popup,
      },
      {
        id: 'dredging-hexagons',
        title: intl.formatMessage({ id: 'dredging.map.layer.cells' }),
        kind: 'fill',
        data: hexData,
        paint: { 'fill-color': colour, 'fill-opacity': 0.8, 'fill-outline-color': '#7f0000' },
        popup,
      },
    ];
  }, [hexData, intl, maxVolume]);

  const countryColumns: DataTableColumn<CountryRow>[] = [
    {
      key: 'country',
      header: t('dredging.field.country'),
      cell: (r) =>
        r.country ? (
          <Link to={`/dredging/countries/${r.country}${q}`}>{r.name}</Link>
        ) : (
          t('dredging.highSeas')
        ),
      sortValue: (r) => r.name,
    },
    {
      key: 'volume',
      header: t('dredging.field.volume'),
      cell: (r) => <BandText band={r.volumeM3} />,
      numeric: true,
      sortValue: (r) => r.volumeM3.central,
    },
    {
      key: 'hours',
      header: t('dredging.field.hours'),
      cell: (r) => num(r.dredgingHours),
      numeric: true,
      sortValue: (r) => r.dredgingHours,
    },
    {
      key: 'vessels',
      header: t('dredging.field.vessels'),
      cell: (r) => r.vessels,
      numeric: true,
      sortValue: (r) => r.vessels,
    },
    {
      key: 'protected',
      header: t('dredging.field.protectedShare'),
      cell: (r) => intl.formatNumber(r.protectedShare, { style: 'percent', maximumFractionDigits: 1 }),
      numeric: true,
      sortValue: (r) => r.protectedShare,
    },
  ];
  const seriesRows = series.status === 'ok' ? series.data.items : [];
  // The time slider walks the months that have dredging (0: every period); it sets the year and month.
  const months = seriesRows.map((r) => r.month);
  const monthIndex =
    filter.year && filter.month ? months.indexOf(`${filter.year}-${filter.month.padStart(2, '0')}`) + 1 : 0;
  const monthLabel = (i: number) => {
    const m = months[i - 1];
    return m
      ? intl.formatDate(new Date(`${m}-15T00:00:00Z`), { year: 'numeric', month: 'long', timeZone: 'UTC' })
      : t('dredging.slider.all');
  };
  const slide = (i: number) => {
    const next = new URLSearchParams(params);
    const m = months[i - 1];
    if (m) {
      next.set('year', m.slice(0, 4));
      next.set('month', String(Number(m.slice(5, 7))));
    } else {
      next.delete('year');
      next.delete('month');
    }
    setParams(next, { replace: true });
  };
  return (
    <article className="page dredging-overview">
      <h1>{t('dredging.title')}</h1>
      <p className="lead">{t('dredging.intro')}</p>
      <p>
        <Link to="/dredging/upload">{t('dredging.upload.link')}</Link>
      </p>
      {dataset && <DatasetNotice dataset={dataset} />}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dr-year">{t('dredging.filter.year')}</label>
          <select id="dr-year" value={filter.year} onChange={(e) => setFilter('year', e.target.value)}>
            <option value="">{t('dredging.filter.all')}</option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dr-month">{t('dredging.filter.month')}</label>
          <select
            id="dr-month"
            value={filter.month}
            disabled={!filter.year}
            onChange={(e) => setFilter('month', e.target.value)}
          >
            <option value="">{t('dredging.filter.all')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {intl.formatDate(new Date(Date.UTC(2024, Number(m) - 1, 15)), {
                  month: 'long',
                  timeZone: 'UTC',
                })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {[hexagons, countries, series].some((r) => r.status === 'error') && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: t('dredging.loadError') })}
        </p>
      )}
      <h2>{t('dredging.map.title')}</h2>
      {months.length > 1 && (
        <div className="field time-slider">
          <label htmlFor="dr-slider">{t('dredging.slider.label')}</label>
          <input
            id="dr-slider"
            type="range"
            min={0}
            max={months.length}
            step={1}
            value={Math.max(0, monthIndex)}
            aria-valuetext={monthLabel(Math.max(0, monthIndex))}
            onChange={(e) => slide(Number(e.currentTarget.value))}
          />
          <output htmlFor="dr-slider">{monthLabel(Math.max(0, monthIndex))}</output>
        </div>
      )}
      <p>{t('dredging.map.note', { area: intl.formatNumber(H3_HEX_AREA_KM2[resolution] ?? 36) })}</p>
      <WorldMap
        label={t('dredging.map.title')}
        layers={layers}
        height="460px"
        onZoomEnd={(zoom) => setResolution(hexResolutionForZoom(zoom))}
        legend={{
          title: t('dredging.map.legend'),
          ramp: { from: '#fdd49e', to: '#b30000', low: intl.formatNumber(0), high: num(maxVolume) },
        }}
      />
      <p className="downloads">
        <a
          href={`/api/dredging/downloads/hexagons.geojson${viewQuery(filter, { resolution: '6' })}`}
          download
        >
          {t('dredging.download.hexagonsGeojson')}
        </a>{' '}
        ·{' '}
        <a href={`/api/dredging/downloads/hexagons.csv${viewQuery(filter, { resolution: '6' })}`} download>
          {t('dredging.download.hexagonsCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/api/dredging/downloads/events.csv${viewQuery(filter, { activity: 'dredging' })}`} download>
          {t('dredging.download.events')}
        </a>
      </p>

      <h2>{t('dredging.countries.title')}</h2>
      {countries.status === 'ok' && (
        <>
          <DataTable
            caption={t('dredging.countries.title')}
            columns={countryColumns}
            rows={countries.data.items}
            rowKey={(r) => r.country ?? '-'}
            empty={t('dredging.none')}
          />
          <DownloadButton
            what="dredging-countries"
            rows={countries.data.items}
            columns={[
              { key: 'country', header: 'country', value: (r) => r.country },
              { key: 'low', header: 'volume_m3_low', value: (r) => r.volumeM3.low },
              { key: 'central', header: 'volume_m3_central', value: (r) => r.volumeM3.central },
              { key: 'high', header: 'volume_m3_high', value: (r) => r.volumeM3.high },
              { key: 'hours', header: 'dredging_hours', value: (r) => r.dredgingHours },
              { key: 'vessels', header: 'vessels', value: (r) => r.vessels },
              { key: 'protected', header: 'protected_share', value: (r) => r.protectedShare },
            ]}
          />
        </>
      )}

      <h2>{t('dredging.series.title')}</h2>
      {seriesRows.length > 0 && (
        <Chart
          caption={t('dredging.series.caption')}
          options={{
            marginLeft: 90,
            x: { label: null, type: 'band', padding: 0.4 },
            y: { grid: true, label: t('dredging.series.axis'), zero: true },
            marks: [
              Plot.barY(seriesRows, {
                x: 'month',
                y1: (r: SeriesRow) => r.volumeM3.low,
                y2: (r: SeriesRow) => r.volumeM3.high,
                fill: '#fdae6b',
                fillOpacity: 0.7,
              }),
              Plot.tickY(seriesRows, {
                x: 'month',
                y: (r: SeriesRow) => r.volumeM3.central,
                stroke: '#b30000',
                strokeWidth: 3,
              }),
              Plot.ruleY([0]),
            ],
          }}
          summary={{
            columns: [
              { key: 'month', header: t('dredging.field.month'), cell: (r: SeriesRow) => r.month },
              {
                key: 'volume',
                header: t('dredging.field.volume'),
                cell: (r: SeriesRow) => <BandText band={r.volumeM3} />,
                numeric: true,
              },
              {
                key: 'vessels',
                header: t('dredging.field.vessels'),
                cell: (r: SeriesRow) => r.vessels,
                numeric: true,
              },
            ],
            rows: seriesRows,
            rowKey: (r: SeriesRow) => r.month,
          }}
        />
      )}
      <p className="downloads">
        <a href={`/api/dredging/downloads/series.csv${viewQuery({ dataset: filter.dataset })}`} download>
          {t('dredging.download.series')}
        </a>
      </p>

      <VesselsSection filter={filter} />
      <p>
        <a href="/api/docs">{t('dredging.method')}</a>
      </p>
    </article>
  );
}
