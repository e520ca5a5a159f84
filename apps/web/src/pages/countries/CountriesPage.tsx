import * as Plot from '@observablehq/plot';
import type { Geometry } from 'geojson';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useCountries } from '../../api/countries.ts';
import type { Country } from '../../api/types.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import type { ExportColumn } from '../../ui/export/tabular.ts';
import { loadBasemap } from '../../ui/map/basemap.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { filterCountries, type MembershipFilter } from './filter.ts';
import { GROUP_COLOURS, GROUP_KEYS, type GroupKey, groupKey } from './groups.ts';

const NO_COUNTRIES: readonly Country[] = [];

function isGroupKey(value: string | null): value is GroupKey {
  return value !== null && (GROUP_KEYS as readonly string[]).includes(value);
}

/** Member States and observer States: filters, a map coloured by regional group, a chart, a table, downloads. */
export function CountriesPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('countries.title'));
  const result = useCountries();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const groupParam = params.get('group');
  const group: GroupKey | 'all' = isGroupKey(groupParam) ? groupParam : 'all';
  const statusParam = params.get('status');
  const membership: MembershipFilter =
    statusParam === 'member' || statusParam === 'observer' ? statusParam : 'all';
  const [geometries, setGeometries] = useState<Map<string, Geometry> | null>(null);

  useEffect(() => {
    let live = true;
    loadBasemap()
      .then((countries) => {
        if (live)
          setGeometries(
            new Map(countries.flatMap((c) => (c.properties.m49 ? [[c.properties.m49, c.geometry]] : []))),
          );
      })
      .catch(() => setGeometries(null));
    return () => {
      live = false;
    };
  }, []);

  function setParam(name: string, value: string, empty: string) {
    const next = new URLSearchParams(params);
    if (value === empty) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const all = result.status === 'ok' ? result.data.list : NO_COUNTRIES;
  const rows = useMemo(
    () => filterCountries(all, { text, group, membership, lang }),
    [all, text, group, membership, lang],
  );
  const byM49 = useMemo(() => new Map(rows.map((c) => [c.m49, c])), [rows]);
  const groupName = useCallback((g: GroupKey) => intl.formatMessage({ id: `countries.group.${g}` }), [intl]);
  const statusName = (c: Country) => t(c.unMember ? 'countries.status.member' : 'countries.status.observer');

  const countryFill = useMemo(() => {
    return (m49: string) => {
      const c = byM49.get(m49);
      return c ? GROUP_COLOURS[groupKey(c.unGroup)] : null;
    };
  }, [byM49]);
  const countryPopup = useMemo(() => {
    return (m49: string) => {
      const c = byM49.get(m49);
      return c ? `${c.name[lang]} — ${groupName(groupKey(c.unGroup))}` : null;
    };
  }, [byM49, lang, groupName]);

  const counts = useMemo(() => {
    const n = new Map<GroupKey, number>(GROUP_KEYS.map((g) => [g, 0]));
    for (const c of rows) n.set(groupKey(c.unGroup), (n.get(groupKey(c.unGroup)) ?? 0) + 1);
    return GROUP_KEYS.map((g) => ({ group: g, count: n.get(g) ?? 0 }));
  }, [rows]);

  const tableColumns: DataTableColumn<Country>[] = [
    {
      key: 'name',
      header: t('countries.column.name'),
      cell: (c) => <Link to={`/countries/${c.iso3}`}>{c.name[lang]}</Link>,
      sortValue: (c) => c.name[lang],
    },
    {
      key: 'iso3',
      header: t('countries.column.iso3'),
      cell: (c) => <code>{c.iso3}</code>,
      sortValue: (c) => c.iso3,
    },
    {
      key: 'iso2',
      header: t('countries.column.iso2'),
      cell: (c) => <code>{c.iso2}</code>,
      sortValue: (c) => c.iso2,
    },
    {
      key: 'm49',
      header: t('countries.column.m49'),
      cell: (c) => <code>{c.m49}</code>,
      sortValue: (c) => c.m49,
    },
    {
      key: 'group',
      header: t('countries.column.group'),
      cell: (c) => (
        <span className="group-cell">
          <span
            className="swatch"
            style={{ backgroundColor: GROUP_COLOURS[groupKey(c.unGroup)] }}
            aria-hidden="true"
          />
          {groupName(groupKey(c.unGroup))}
        </span>
      ),
      sortValue: (c) => groupName(groupKey(c.unGroup)),
    },
    { key: 'status', header: t('countries.column.status'), cell: statusName, sortValue: statusName },
  ];
  const exportColumns: ExportColumn<Country>[] = [
    { key: 'name', header: t('countries.column.name'), value: (c) => c.name[lang] },
    { key: 'iso3', header: 'ISO3', value: (c) => c.iso3 },
    { key: 'iso2', header: 'ISO2', value: (c) => c.iso2 },
    { key: 'm49', header: 'M49', value: (c) => c.m49 },
    { key: 'unGroup', header: t('countries.column.group'), value: (c) => c.unGroup },
    { key: 'unMember', header: t('countries.status.member'), value: (c) => c.unMember },
  ];

  const chartOptions = useMemo<Plot.PlotOptions>(
    () => ({
      marginLeft: 10,
      height: 220,
      x: { label: null, grid: true },
      y: { label: null, domain: GROUP_KEYS.map(groupName), axis: null },
      marks: [
        Plot.barX(counts, {
          y: (d) => groupName(d.group),
          x: 'count',
          fill: (d) => GROUP_COLOURS[d.group as GroupKey],
        }),
        Plot.text(counts, {
          y: (d) => groupName(d.group),
          x: 0,
          text: (d) => `${groupName(d.group)} · ${intl.formatNumber(d.count)}`,
          textAnchor: 'start',
          dx: 6,
          fill: '#1d2327',
          fontSize: 12,
        }),
        Plot.ruleX([0]),
      ],
    }),
    [counts, intl, groupName],
  );

  return (
    <article className="page countries">
      <h1>{t('countries.title')}</h1>
      <p className="lead">{t('countries.intro')}</p>

      <form className="filters" aria-label={t('countries.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="country-search">{t('countries.search')}</label>
          <input
            id="country-search"
            type="search"
            value={text}
            onChange={(e) => setParam('q', e.target.value, '')}
            placeholder={t('countries.searchPlaceholder')}
          />
        </div>
        <div className="field">
          <label htmlFor="country-group">{t('countries.column.group')}</label>
          <select id="country-group" value={group} onChange={(e) => setParam('group', e.target.value, 'all')}>
            <option value="all">{t('countries.allGroups')}</option>
            {GROUP_KEYS.map((g) => (
              <option key={g} value={g}>
                {groupName(g)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="country-status">{t('countries.column.status')}</label>
          <select
            id="country-status"
            value={membership}
            onChange={(e) => setParam('status', e.target.value, 'all')}
          >
            <option value="all">{t('countries.status.all')}</option>
            <option value="member">{t('countries.status.member')}</option>
            <option value="observer">{t('countries.status.observer')}</option>
          </select>
        </div>
      </form>

      {result.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {result.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: result.error.detail ?? result.error.title })}
        </p>
      )}
      {result.status === 'ok' && (
        <>
          <p role="status" className="result-count" data-testid="result-count">
            {t('countries.count', { shown: rows.length, total: all.length })}
          </p>
          <div className="countries-visuals">
            <section aria-labelledby="map-heading" className="map-panel">
              <h2 id="map-heading">{t('countries.mapHeading')}</h2>
              <WorldMap
                label={t('countries.mapHeading')}
                countryFill={countryFill}
                countryPopup={countryPopup}
              />
              <ul className="legend" aria-label={t('countries.legend')}>
                {counts.map(({ group: g, count }) => (
                  <li key={g}>
                    <span
                      className="swatch"
                      style={{ backgroundColor: GROUP_COLOURS[g] }}
                      aria-hidden="true"
                    />
                    {groupName(g)} <span className="muted">({intl.formatNumber(count)})</span>
                  </li>
                ))}
              </ul>
            </section>
            <section className="chart-panel">
              <Chart
                caption={t('countries.chartCaption')}
                options={chartOptions}
                summary={{
                  columns: [
                    { key: 'group', header: t('countries.column.group'), cell: (d) => groupName(d.group) },
                    {
                      key: 'count',
                      header: t('countries.column.count'),
                      cell: (d) => intl.formatNumber(d.count),
                      numeric: true,
                    },
                  ],
                  rows: counts,
                  rowKey: (d) => d.group,
                }}
              />
            </section>
          </div>
          <DownloadButton
            what="countries"
            columns={exportColumns}
            rows={rows}
            geometryOf={geometries ? (c) => geometries.get(c.m49) ?? null : undefined}
          />
          <DataTable
            id="countries-table"
            caption={t('countries.tableCaption')}
            columns={tableColumns}
            rows={rows}
            rowKey={(c) => c.iso3}
            empty={t('countries.none')}
          />
        </>
      )}
    </article>
  );
}
