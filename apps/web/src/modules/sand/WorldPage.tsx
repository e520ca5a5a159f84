import { FIRST_YEAR } from '@strata/sand/browser';
import type { SandWorld } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { BandText, LoadError, SandNav, TierLabel, useT } from './shared.tsx';
import { REFERENCE_YEAR, viewQuery, yearParam } from './view.ts';
import { YearSelect } from './YearSelect.tsx';

type TierRow = SandWorld['byTier'][number];
type GroupRow = SandWorld['byGroup'][number];
type RegionRow = SandWorld['byRegion'][number];

/**
 * The world page: the world total of construction aggregates for a year (each country's headline figure
 * summed, bounds added), how many countries it covers, and what each method tier alone adds up to.
 */
export function WorldPage() {
  const intl = useIntl();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'), FIRST_YEAR, REFERENCE_YEAR);
  usePageTitle(t('sand.world.title'));
  const result = useApi<SandWorld>(`/sand/world${viewQuery({ year })}`);
  // The count and total columns every summed table shares (by tier, group or region).
  const sumColumns = <R extends { countries: number; total: TierRow['total'] }>(): DataTableColumn<R>[] => [
    {
      key: 'countries',
      header: t('sand.field.countries'),
      cell: (r) => intl.formatNumber(r.countries),
      numeric: true,
      sortValue: (r) => r.countries,
    },
    {
      key: 'total',
      header: t('sand.field.totalGt'),
      cell: (r) => <BandText band={r.total} scale="Gt" />,
      numeric: true,
      sortValue: (r) => r.total.central,
    },
  ];
  const groupColumns: DataTableColumn<GroupRow>[] = [
    {
      key: 'group',
      header: t('countries.column.group'),
      cell: (r) => t(`countries.group.${r.group ?? 'none'}`),
    },
    ...sumColumns<GroupRow>(),
  ];
  const regionColumns: DataTableColumn<RegionRow>[] = [
    {
      key: 'region',
      header: t('countries.column.m49Region'),
      cell: (r) => t(`countries.m49Region.${r.region ?? 'none'}`),
    },
    ...sumColumns<RegionRow>(),
  ];
  const columns: DataTableColumn<TierRow>[] = [
    { key: 'tier', header: t('sand.field.tier'), cell: (r) => <TierLabel tier={r.tier} /> },
    ...sumColumns<TierRow>(),
  ];
  return (
    <article className="page sand-world">
      <SandNav />
      <h1>{t('sand.world.title')}</h1>
      <p className="lead">{t('sand.world.intro')}</p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'ok' && (
        <>
          <YearSelect
            id="sand-world-year"
            year={year}
            years={result.data.years}
            onChange={(y) => setParams({ year: String(y) }, { replace: true })}
          />
          <section aria-labelledby="sand-world-total" className="panel">
            <h2 id="sand-world-total">{t('sand.world.total', { year })}</h2>
            <p className="sand-headline">
              <BandText band={result.data.total} scale="Gt" />
            </p>
            <p>{t('sand.world.coverage', { countries: result.data.countries })}</p>
            <p className="muted">{t('sand.world.bandNote')}</p>
          </section>
          <h2 id="sand-world-tiers">{t('sand.world.byTier')}</h2>
          <p>{t('sand.world.byTierNote')}</p>
          <DataTable
            caption={t('sand.world.byTier')}
            columns={columns}
            rows={result.data.byTier}
            rowKey={(r) => r.tier}
            empty={t('sand.none')}
          />
          <DownloadButton
            what={`sand-world-${year}`}
            rows={result.data.byTier}
            columns={totalsCsv<TierRow>('tier', (r) => r.tier, year, result.data.indicator)}
          />
          <h2 id="sand-world-groups">{t('sand.world.byGroup')}</h2>
          <p>{t('sand.world.byGroupNote')}</p>
          <DataTable
            caption={t('sand.world.byGroup')}
            columns={groupColumns}
            rows={result.data.byGroup}
            rowKey={(r) => r.group ?? 'none'}
            empty={t('sand.none')}
          />
          <DownloadButton
            what={`sand-world-groups-${year}`}
            rows={result.data.byGroup}
            columns={totalsCsv<GroupRow>('un_group', (r) => r.group ?? '', year, result.data.indicator)}
          />
          <h2 id="sand-world-regions">{t('sand.world.byRegion')}</h2>
          <DataTable
            caption={t('sand.world.byRegion')}
            columns={regionColumns}
            rows={result.data.byRegion}
            rowKey={(r) => r.region ?? 'none'}
            empty={t('sand.none')}
          />
          <DownloadButton
            what={`sand-world-regions-${year}`}
            rows={result.data.byRegion}
            columns={totalsCsv<RegionRow>('m49_region', (r) => r.region ?? '', year, result.data.indicator)}
          />
          <p className="downloads">
            <Link to={`/sand/map${viewQuery({ year })}`}>{t('sand.world.toMap')}</Link> ·{' '}
            <a href={`/api/sand/export.csv${viewQuery({ year })}`} download>
              {t('sand.download.allFigures', { year })}
            </a>
          </p>
        </>
      )}
    </article>
  );
}

/** The CSV columns of a table of totals: year, indicator, what is summed (`key`), count and band in tonnes. */
function totalsCsv<R extends { countries: number; total: { low: number; central: number; high: number } }>(
  key: string,
  value: (r: R) => string | number,
  year: number,
  indicator: string,
) {
  return [
    { key: 'year', header: 'year', value: () => year },
    { key: 'indicator', header: 'indicator', value: () => indicator },
    { key, header: key, value },
    { key: 'countries', header: 'countries', value: (r: R) => r.countries },
    { key: 'low_t', header: 'low_t', value: (r: R) => r.total.low },
    { key: 'central_t', header: 'central_t', value: (r: R) => r.total.central },
    { key: 'high_t', header: 'high_t', value: (r: R) => r.total.high },
  ];
}
