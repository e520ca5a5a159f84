import * as Plot from '@observablehq/plot';
import type { Failures, KnowledgeGap as Gap, Resource } from '@strata/server/api-types';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCountries } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import type { DataTableColumn } from '../../ui/DataTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { sequentialColour } from './view.ts';

interface Tally {
  key: string;
  count: number;
}

const tally = (record: Record<string, number>): Tally[] =>
  Object.entries(record).map(([key, count]) => ({ key, count }));

/** Knowledge: historical failures (when imported), the knowledge-gaps register and the resources library. */
export function KnowledgePage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  // Kinds typed by the secretariat that the catalogs do not know are shown as typed.
  const kindLabel = (kind: string) => {
    const id = `tailings.knowledge.resourceKind.${kind}`;
    return intl.messages[id] ? t(id) : kind;
  };
  usePageTitle(t('tailings.knowledge.title'));
  const { lang } = useLocale();
  // A gap's title in the reader's language where one exists (official when it is the report's text),
  // else the English, said to be an unofficial rendering when an official text exists in another language.
  // The description follows in the same language where the register has it, else in English.
  const gapTitle = (g: Gap) => {
    const officialIn = Object.entries(g.translations).find(([, v]) => v.official)?.[0];
    const own = g.translations[lang];
    if (own)
      return {
        title: own.title,
        official: own.official,
        lang,
        officialIn: own.official ? undefined : officialIn,
        description: own.description ? { text: own.description, lang } : { text: g.description, lang: 'en' },
      };
    return {
      title: g.title,
      official: !officialIn,
      lang: 'en',
      officialIn,
      description: { text: g.description, lang: 'en' },
    };
  };
  const failures = useApi<Failures>('/tailings/failures');
  const gaps = useApi<{ items: Gap[] }>('/tailings/knowledge-gaps');
  const resources = useApi<{ items: Resource[] }>('/tailings/resources');
  const byId = new Map((resources.status === 'ok' ? resources.data.items : []).map((r) => [r.id, r]));
  const columns: DataTableColumn<Tally>[] = [
    { key: 'key', header: t('tailings.knowledge.category'), cell: (r) => r.key },
    {
      key: 'count',
      header: t('tailings.knowledge.failures'),
      cell: (r) => intl.formatNumber(r.count),
      numeric: true,
    },
  ];
  const decades = useMemo(
    () =>
      failures.status === 'ok'
        ? tally(failures.data.byDecade).sort((a, b) => a.key.localeCompare(b.key))
        : [],
    [failures],
  );
  const countries = useCountries();
  const failuresByM49 = useMemo(() => {
    const m = new Map<string, number>();
    if (failures.status !== 'ok' || countries.status !== 'ok') return m;
    for (const [iso3, n] of Object.entries(failures.data.byCountry)) {
      const c = countries.data.byIso3.get(iso3);
      if (c) m.set(c.m49, n);
    }
    return m;
  }, [failures, countries]);
  const maxFailures = Math.max(1, ...failuresByM49.values());
  const countryFill = useCallback(
    (m49: string) => {
      const n = failuresByM49.get(m49);
      return n ? sequentialColour(Math.log(1 + n) / Math.log(1 + maxFailures)) : null;
    },
    [failuresByM49, maxFailures],
  );
  const runoutColumns: DataTableColumn<Failures['releaseRunout'][number]>[] = [
    { key: 'location', header: t('tailings.knowledge.category'), cell: (r) => `${r.year} — ${r.location}` },
    {
      key: 'release',
      header: t('tailings.knowledge.releaseM3'),
      cell: (r) => intl.formatNumber(r.releaseM3),
      numeric: true,
    },
    {
      key: 'runout',
      header: t('tailings.knowledge.runoutKm'),
      cell: (r) => intl.formatNumber(r.runoutKm),
      numeric: true,
    },
  ];
  const bars = (rows: Tally[], label: string): Plot.PlotOptions => ({
    height: 260,
    marginLeft: 120,
    x: { label, grid: true },
    y: { label: null },
    marks: [Plot.barX(rows, { x: 'count', y: 'key', fill: '#0072B2', sort: { y: '-x' } })],
  });

  return (
    <article className="page tailings-knowledge">
      <p>
        <Link to="/tailings">{t('tailings.back')}</Link>
      </p>
      <h1>{t('tailings.knowledge.title')}</h1>
      <section>
        <h2>{t('tailings.knowledge.failuresTitle')}</h2>
        {failures.status === 'ok' && failures.data.total === 0 && <p>{t('tailings.knowledge.noFailures')}</p>}
        {failures.status === 'ok' && failures.data.total > 0 && (
          <>
            <p className="muted">{failures.data.credit}</p>
            <Chart
              caption={t('tailings.knowledge.byDecade')}
              options={{
                height: 240,
                x: { label: null, tickRotate: -45 },
                y: { label: t('tailings.knowledge.failures'), grid: true },
                marks: [Plot.barY(decades, { x: 'key', y: 'count', fill: '#D55E00' })],
              }}
              summary={{ columns, rows: decades, rowKey: (r) => r.key }}
            />
            <WorldMap label={t('tailings.knowledge.byCountry')} countryFill={countryFill} height="360px" />
            <p className="muted">{t('tailings.knowledge.byCountry')}</p>
            <Chart
              caption={t('tailings.knowledge.releaseRunout')}
              options={{
                height: 300,
                grid: true,
                x: { type: 'log', label: t('tailings.knowledge.releaseM3') },
                y: { type: 'log', label: t('tailings.knowledge.runoutKm') },
                marks: [
                  Plot.dot(
                    failures.data.releaseRunout.filter((r) => r.releaseM3 > 0 && r.runoutKm > 0),
                    { x: 'releaseM3', y: 'runoutKm', fill: '#D55E00', r: 3 },
                  ),
                ],
              }}
              summary={{
                columns: runoutColumns,
                rows: failures.data.releaseRunout,
                rowKey: (r) => `${r.year}-${r.location}`,
              }}
            />
            <Chart
              caption={t('tailings.knowledge.byRaiseMethod')}
              options={bars(tally(failures.data.byRaiseMethod), t('tailings.knowledge.failures'))}
              summary={{ columns, rows: tally(failures.data.byRaiseMethod), rowKey: (r) => r.key }}
            />
            <Chart
              caption={t('tailings.knowledge.byCause')}
              options={bars(tally(failures.data.byCause), t('tailings.knowledge.failures'))}
              summary={{ columns, rows: tally(failures.data.byCause), rowKey: (r) => r.key }}
            />
          </>
        )}
      </section>
      <section>
        <h2>{t('tailings.knowledge.gapsTitle')}</h2>
        <ul>
          {(gaps.status === 'ok' ? gaps.data.items : []).map((g) => {
            const form = gapTitle(g);
            return (
              <li key={g.id}>
                <GapTitle title={form} /> (
                {intl.messages[`tailings.knowledge.gapStatus.${g.status}`]
                  ? t(`tailings.knowledge.gapStatus.${g.status}`)
                  : g.status}
                ) — <bdi lang={form.description.lang}>{form.description.text}</bdi>
                {g.resourceIds.length > 0 && (
                  <ul>
                    {g.resourceIds.map((id) => {
                      const r = byId.get(id);
                      return r ? <li key={id}>{r.url ? <a href={r.url}>{r.title}</a> : r.title}</li> : null;
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section>
        <h2>{t('tailings.knowledge.resourcesTitle')}</h2>
        <ul>
          {(resources.status === 'ok' ? resources.data.items : []).map((r) => (
            <li key={r.id}>
              <bdi lang={r.language}>{r.url ? <a href={r.url}>{r.title}</a> : r.title}</bdi>{' '}
              <span className="muted">({kindLabel(r.kind)})</span> —{' '}
              <ResourceSummary resource={r} lang={lang} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** A gap's title, with its language when it is not the page's and a note when it is not the official text. */
function GapTitle({
  title,
}: {
  title: { title: string; official: boolean; lang: string; officialIn?: string | undefined };
}) {
  const intl = useIntl();
  return (
    <>
      <strong lang={title.lang}>{title.title}</strong>
      {!title.official && title.officialIn && (
        <span className="muted"> ({intl.formatMessage({ id: 'tailings.knowledge.unofficialTitle' })})</span>
      )}
    </>
  );
}

/**
 * A resource's summary in the reader's language where the library has one (said to be unofficial when it
 * is a rendering, not the source's text), else in the language it was written in.
 */
function ResourceSummary({ resource, lang }: { resource: Resource; lang: string }) {
  const intl = useIntl();
  const own = lang === resource.language ? undefined : resource.translations[lang];
  if (!own) return <bdi lang={resource.language}>{resource.summary}</bdi>;
  return (
    <>
      <span lang={lang} className="resource-summary">
        {own.summary}
      </span>
      {!own.official && (
        <span className="muted">
          {' '}
          ({intl.formatMessage({ id: 'tailings.knowledge.unofficialTranslation' })})
        </span>
      )}
    </>
  );
}
