import type { CountryAggregate } from '@strata/server/api-types';
import { useCallback, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCountries } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { sequentialColour } from './view.ts';

type Measure = 'hazard' | 'toxicity' | 'highConsequence';

/** Share of a country's facilities in the high toxicity class. */
const toxicShare = (a: CountryAggregate) => (a.facilities ? a.toxicity.high / a.facilities : 0);
const highShare = (a: CountryAggregate) => (a.facilities ? a.highConsequence / a.facilities : 0);

/**
 * The Member States' risk and toxicity map: one measure at a time (mean hazard score, share of facilities
 * of high toxicity, share of high-or-above consequence class), never combined into one ranking.
 */
export function CountriesRiskPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('tailings.countries.title'));
  const [measure, setMeasure] = useState<Measure>('hazard');
  const result = useApi<{ items: CountryAggregate[] }>('/tailings/countries');
  const countries = useCountries();
  const items = result.status === 'ok' ? result.data.items : [];
  const byM49 = useMemo(() => {
    const m = new Map<string, CountryAggregate>();
    if (countries.status !== 'ok') return m;
    for (const a of items) {
      const c = countries.data.byIso3.get(a.countryIso3);
      if (c) m.set(c.m49, a);
    }
    return m;
  }, [items, countries]);
  const value = useCallback(
    (a: CountryAggregate) =>
      measure === 'hazard'
        ? (a.meanHazardScore ?? 0) / 18
        : measure === 'toxicity'
          ? toxicShare(a)
          : highShare(a),
    [measure],
  );
  const countryFill = useCallback(
    (m49: string) => {
      const a = byM49.get(m49);
      return a ? sequentialColour(value(a)) : null;
    },
    [byM49, value],
  );
  const name = (iso3: string) =>
    countries.status === 'ok' ? (countries.data.byIso3.get(iso3)?.name[lang] ?? iso3) : iso3;
  const pct = (x: number) => intl.formatNumber(x, { style: 'percent', maximumFractionDigits: 0 });
  const columns: DataTableColumn<CountryAggregate>[] = [
    {
      key: 'country',
      header: t('tailings.field.country'),
      cell: (a) => <Link to={`/tailings?country=${a.countryIso3}`}>{name(a.countryIso3)}</Link>,
      sortValue: (a) => name(a.countryIso3),
    },
    {
      key: 'n',
      header: t('tailings.countries.facilities'),
      cell: (a) => intl.formatNumber(a.facilities),
      numeric: true,
      sortValue: (a) => a.facilities,
    },
    {
      key: 'closed',
      header: t('tailings.countries.closedOrInactive'),
      cell: (a) => intl.formatNumber(a.closedOrInactive),
      numeric: true,
      sortValue: (a) => a.closedOrInactive,
    },
    {
      key: 'hazard',
      header: t('tailings.countries.meanHazard'),
      cell: (a) => (a.meanHazardScore === null ? '—' : intl.formatNumber(a.meanHazardScore)),
      numeric: true,
      sortValue: (a) => a.meanHazardScore ?? -1,
    },
    {
      key: 'high',
      header: t('tailings.countries.highConsequence'),
      cell: (a) => pct(highShare(a)),
      numeric: true,
      sortValue: highShare,
    },
    {
      key: 'toxic',
      header: t('tailings.countries.highToxicity'),
      cell: (a) => pct(toxicShare(a)),
      numeric: true,
      sortValue: toxicShare,
    },
  ];
  return (
    <article className="page tailings-countries">
      <p>
        <Link to="/tailings">{t('tailings.back')}</Link>
      </p>
      <h1>{t('tailings.countries.title')}</h1>
      <p className="lead">{t('tailings.countries.intro')}</p>
      <div className="field">
        <label htmlFor="tc-measure">{t('tailings.countries.measure')}</label>
        <select id="tc-measure" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
          <option value="hazard">{t('tailings.countries.meanHazard')}</option>
          <option value="toxicity">{t('tailings.countries.highToxicity')}</option>
          <option value="highConsequence">{t('tailings.countries.highConsequence')}</option>
        </select>
      </div>
      {result.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: result.error.detail ?? result.error.title })}
        </p>
      )}
      <WorldMap label={t('tailings.countries.title')} countryFill={countryFill} height="420px" />
      <DataTable
        caption={t('tailings.countries.title')}
        columns={columns}
        rows={items}
        rowKey={(a) => a.countryIso3}
        empty={t('tailings.none')}
      />
    </article>
  );
}
