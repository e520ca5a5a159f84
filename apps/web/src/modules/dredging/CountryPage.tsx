import * as Plot from '@observablehq/plot';
import type { DredgingCountryPanel as CountryPanel } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { BandText, DatasetNotice } from './DatasetNotice.tsx';
import { viewQuery } from './view.ts';

type VesselItem = CountryPanel['vessels'][number];
type YearItem = CountryPanel['byYear'][number];

/** Country panel: volume band per year, dredgers and operators, share inside protected areas. */
export function CountryPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { iso3 = '' } = useParams();
  const [params] = useSearchParams();
  const q = viewQuery({
    dataset: params.get('dataset') ?? '',
    year: params.get('year') ?? '',
    month: params.get('month') ?? '',
  });
  const result = useApi<CountryPanel>(`/dredging/countries/${encodeURIComponent(iso3)}${q}`);
  const name =
    result.status === 'ok' ? (result.data.country.name[lang] ?? result.data.country.name.en) : iso3;
  usePageTitle(t('dredging.country.title', { country: name }));
  const num = (x: number) => intl.formatNumber(Math.round(x));
  const vesselColumns: DataTableColumn<VesselItem>[] = [
    {
      key: 'name',
      header: t('dredging.field.vessel'),
      cell: (v) => <Link to={`/dredging/vessels/${v.mmsi}${q}`}>{v.name ?? String(v.mmsi)}</Link>,
      sortValue: (v) => v.name ?? '',
    },
    { key: 'operator', header: t('dredging.field.operator'), cell: (v) => v.operator ?? '—' },
    {
      key: 'type',
      header: t('dredging.field.type'),
      cell: (v) => (v.dredgerType ? t(`dredging.type.${v.dredgerType}`) : '—'),
    },
    {
      key: 'volume',
      header: t('dredging.field.volume'),
      cell: (v) => <BandText band={v.volumeM3} />,
      numeric: true,
      sortValue: (v) => v.volumeM3.central,
    },
    {
      key: 'hours',
      header: t('dredging.field.hours'),
      cell: (v) => num(v.dredgingHours),
      numeric: true,
      sortValue: (v) => v.dredgingHours,
    },
  ];
  const yearColumns: DataTableColumn<YearItem>[] = [
    { key: 'year', header: t('dredging.field.year'), cell: (y) => String(y.year), sortValue: (y) => y.year },
    {
      key: 'volume',
      header: t('dredging.field.volume'),
      cell: (y) => <BandText band={y.volumeM3} />,
      numeric: true,
    },
    {
      key: 'tonnes',
      header: t('dredging.field.tonnes'),
      cell: (y) => <BandText band={y.tonnes} unit="t" />,
      numeric: true,
    },
    { key: 'vessels', header: t('dredging.field.vessels'), cell: (y) => y.vessels, numeric: true },
  ];
  return (
    <article className="page dredging-country">
      <p>
        <Link to={`/dredging${q}`}>{t('dredging.back')}</Link>
      </p>
      <h1>{t('dredging.country.title', { country: name })}</h1>
      {result.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: result.error.detail ?? result.error.title })}
        </p>
      )}
      {result.status === 'ok' && (
        <>
          <DatasetNotice dataset={result.data.dataset} />
          <p className="lead">
            {t('dredging.country.total')} <BandText band={result.data.total.volumeM3} />
          </p>
          <p>
            {t('dredging.country.protected', {
              share: intl.formatNumber(result.data.protectedAreas.share, {
                style: 'percent',
                maximumFractionDigits: 1,
              }),
              volume: num(result.data.protectedAreas.volumeM3Central),
            })}
          </p>
          <h2>{t('dredging.country.byYear')}</h2>
          <Chart
            caption={t('dredging.country.byYear')}
            options={{
              marginLeft: 90,
              x: { label: null, type: 'band', padding: 0.4, tickFormat: (d: number) => String(d) },
              y: { grid: true, label: t('dredging.series.axis'), zero: true },
              marks: [
                Plot.barY(result.data.byYear, {
                  x: 'year',
                  y1: (d: YearItem) => d.volumeM3.low,
                  y2: (d: YearItem) => d.volumeM3.high,
                  fill: '#fdae6b',
                  fillOpacity: 0.7,
                }),
                Plot.tickY(result.data.byYear, {
                  x: 'year',
                  y: (d: YearItem) => d.volumeM3.central,
                  stroke: '#b30000',
                  strokeWidth: 3,
                }),
                Plot.ruleY([0]),
              ],
            }}
            summary={{ columns: yearColumns, rows: result.data.byYear, rowKey: (y) => String(y.year) }}
          />
          <DataTable
            caption={t('dredging.country.byYear')}
            columns={yearColumns}
            rows={result.data.byYear}
            rowKey={(y) => String(y.year)}
          />
          <h2>{t('dredging.vessels.title')}</h2>
          <DataTable
            caption={t('dredging.vessels.title')}
            columns={vesselColumns}
            rows={result.data.vessels}
            rowKey={(v) => String(v.mmsi)}
            empty={t('dredging.none')}
          />
          <DownloadButton
            what={`dredging-${result.data.country.iso3}-vessels`}
            rows={result.data.vessels}
            columns={[
              { key: 'mmsi', header: 'mmsi', value: (v) => v.mmsi },
              { key: 'name', header: 'name', value: (v) => v.name },
              { key: 'operator', header: 'operator', value: (v) => v.operator },
              { key: 'low', header: 'volume_m3_low', value: (v) => v.volumeM3.low },
              { key: 'central', header: 'volume_m3_central', value: (v) => v.volumeM3.central },
              { key: 'high', header: 'volume_m3_high', value: (v) => v.volumeM3.high },
            ]}
          />
          <h2>{t('dredging.country.operators')}</h2>
          <ul>
            {result.data.operators.map((o) => (
              <li key={o.name}>
                {o.name}: {t('dredging.country.operatorLine', { vessels: o.vessels })}{' '}
                <BandText band={o.volumeM3} />
              </li>
            ))}
          </ul>
          <p className="downloads">
            <a href={`/api/dredging/downloads/countries/${result.data.country.iso3}/panel.csv${q}`} download>
              {t('dredging.download.panel')}
            </a>{' '}
            ·{' '}
            <a
              href={`/api/dredging/downloads/events.geojson${viewQuery({ dataset: params.get('dataset') ?? '' }, { country: result.data.country.iso3, activity: 'dredging' })}`}
              download
            >
              {t('dredging.download.eventsGeojson')}
            </a>
          </p>
        </>
      )}
    </article>
  );
}
