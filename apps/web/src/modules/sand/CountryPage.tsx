import * as Plot from '@observablehq/plot';
import { TIERS } from '@strata/sand/browser';
import type { SandProfile } from '@strata/server/api-types';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { GovernanceSection, MarineSection } from './GovernanceSection.tsx';
import { BandText, LoadError, SandNav, SourceList, TierLabel, useT } from './shared.tsx';
import { TIER_COLOURS, tonnesIn } from './view.ts';

type Series = SandProfile['indicators'][number];
type Point = Series['points'][number];
type Figure = Point['all'][number];

/** The chart of one indicator: the headline band as an area, its central line, every figure as a dot by tier. */
function SeriesChart({
  series,
  caption,
  columns,
}: {
  series: Series;
  caption: string;
  columns: DataTableColumn<Point>[];
}) {
  const t = useT();
  const figures = series.points.flatMap((p) => p.all);
  const mt = (x: number) => tonnesIn(x, 'Mt');
  const tierName = (f: Figure) => t(`sand.tier.${f.tier}`);
  const present = TIERS.filter((tier) => figures.some((f) => f.tier === tier));
  return (
    <Chart
      caption={caption}
      options={{
        marginLeft: 70,
        x: { label: null, tickFormat: (d: number) => String(d) },
        y: { grid: true, label: t('sand.field.valueMt'), zero: true },
        color: {
          legend: true,
          domain: present.map((tier) => t(`sand.tier.${tier}`)),
          range: present.map((tier) => TIER_COLOURS[tier]),
        },
        marks: [
          Plot.areaY(series.points, {
            x: 'year',
            y1: (p: Point) => mt(p.headline.low),
            y2: (p: Point) => mt(p.headline.high),
            fill: '#999999',
            fillOpacity: 0.25,
          }),
          Plot.line(series.points, { x: 'year', y: (p: Point) => mt(p.headline.central), stroke: '#333333' }),
          Plot.dot(figures, { x: 'year', y: (f: Figure) => mt(f.central), fill: tierName, r: 2.5 }),
          Plot.ruleY([0]),
        ],
      }}
      summary={{ columns, rows: series.points, rowKey: (p) => String(p.year) }}
    />
  );
}

/**
 * A country's profile: for each indicator, the published figure of each year (strongest tier), its band,
 * and every other figure for the year; then the provenance of every source used.
 */
export function CountryPage() {
  const t = useT();
  const { lang } = useLocale();
  const { iso3 = '' } = useParams();
  const result = useApi<SandProfile>(`/sand/countries/${encodeURIComponent(iso3)}/profile`);
  const name =
    result.status === 'ok' && result.data.name
      ? (result.data.name[lang] ?? result.data.name.en)
      : iso3.toUpperCase();
  usePageTitle(t('sand.country.title', { country: name }));
  const sourceTitle = (id: string) =>
    result.status === 'ok' ? (result.data.sources.find((s) => s.id === id)?.title ?? id) : id;
  // `all` is strongest tier first, so its first figure is the headline (a copy of it, once parsed from JSON).
  const others = (p: Point) => p.all.slice(1);
  const columns: DataTableColumn<Point>[] = [
    { key: 'year', header: t('sand.field.year'), cell: (p) => String(p.year), sortValue: (p) => p.year },
    { key: 'tier', header: t('sand.field.tier'), cell: (p) => <TierLabel tier={p.headline.tier} /> },
    {
      key: 'value',
      header: t('sand.field.valueMt'),
      cell: (p) => <BandText band={p.headline} scale="Mt" />,
      numeric: true,
      sortValue: (p) => p.headline.central,
    },
    { key: 'source', header: t('sand.field.source'), cell: (p) => sourceTitle(p.headline.sourceId) },
    {
      key: 'others',
      header: t('sand.field.others'),
      cell: (p) =>
        others(p).length === 0 ? (
          '—'
        ) : (
          <ul className="plain">
            {others(p).map((f) => (
              <li key={`${f.tier}:${f.sourceId}`}>
                <TierLabel tier={f.tier} />: <BandText band={f} scale="Mt" />
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <article className="page sand-country">
      <SandNav />
      <p>
        <Link to="/sand/map">{t('sand.country.back')}</Link>
      </p>
      <h1>{t('sand.country.title', { country: name })}</h1>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'ok' &&
        result.data.indicators.map((series) => {
          const caption = t(`sand.indicator.${series.indicator}`);
          const rows = series.points.flatMap((p) => p.all.map((f, k) => ({ ...f, headline: k === 0 })));
          return (
            <section key={series.indicator} aria-labelledby={`sand-${series.indicator}`}>
              <h2 id={`sand-${series.indicator}`}>{caption}</h2>
              <p>{t('sand.country.seriesNote')}</p>
              {series.points.length === 0 ? (
                <p>{t('sand.country.noFigures')}</p>
              ) : (
                <>
                  <SeriesChart series={series} caption={caption} columns={columns} />
                  <DataTable
                    caption={caption}
                    columns={columns}
                    rows={series.points}
                    rowKey={(p) => String(p.year)}
                  />
                  <DownloadButton
                    what={`sand-${result.data.iso3}-${series.indicator}`}
                    rows={rows}
                    columns={[
                      { key: 'iso3', header: 'iso3', value: (r) => r.iso3 },
                      { key: 'year', header: 'year', value: (r) => r.year },
                      { key: 'indicator', header: 'indicator', value: (r) => r.indicator },
                      { key: 'tier', header: 'tier', value: (r) => r.tier },
                      { key: 'headline', header: 'headline', value: (r) => r.headline },
                      { key: 'low', header: 'low', value: (r) => r.low },
                      { key: 'central', header: 'central', value: (r) => r.central },
                      { key: 'high', header: 'high', value: (r) => r.high },
                      { key: 'unit', header: 'unit', value: (r) => r.unit },
                      { key: 'source_id', header: 'source_id', value: (r) => r.sourceId },
                      { key: 'licence', header: 'licence', value: (r) => r.licence },
                      { key: 'retrieved', header: 'retrieved', value: (r) => r.retrieved },
                      { key: 'method', header: 'method', value: (r) => r.method },
                    ]}
                  />
                </>
              )}
            </section>
          );
        })}
      {result.status === 'ok' && <MarineSection iso3={result.data.iso3} />}
      {result.status === 'ok' && <GovernanceSection iso3={result.data.iso3} />}
      {result.status === 'ok' && (
        <section aria-labelledby="sand-country-sources">
          <h2 id="sand-country-sources">{t('sand.sources.title')}</h2>
          <SourceList sources={result.data.sources} headingId="sand-country-sources" />
        </section>
      )}
    </article>
  );
}
