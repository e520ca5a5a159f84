import { FIRST_YEAR, INDICATORS } from '@strata/sand/browser';
import type { SandMap } from '@strata/server/api-types';
import type { Geometry } from 'geojson';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useCountries } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { loadBasemap } from '../../ui/map/basemap.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { BandText, LoadError, SandNav, TierLabel, useT, useTonnes } from './shared.tsx';
import {
  classLimits,
  MAP_CLASS_COLOURS,
  mapClassOf,
  type Per,
  perParam,
  REFERENCE_YEAR,
  viewQuery,
  yearParam,
} from './view.ts';
import { YearSelect } from './YearSelect.tsx';

type Item = SandMap['items'][number];
const INDICATOR = INDICATORS[0];

/** The basemap's country shapes by M49, for the GeoJSON download; null until loaded (or when it fails). */
function useGeometries(): Map<string, Geometry> | null {
  const [geometries, setGeometries] = useState<Map<string, Geometry> | null>(null);
  useEffect(() => {
    let live = true;
    loadBasemap()
      .then((shapes) => {
        if (live)
          setGeometries(
            new Map(shapes.flatMap((c) => (c.properties.m49 ? [[c.properties.m49, c.geometry]] : []))),
          );
      })
      .catch(() => live && setGeometries(null));
    return () => {
      live = false;
    };
  }, []);
  return geometries;
}

/**
 * The world map: each country coloured by its headline figure for the year (tenfold classes in Mt), the
 * tier and band in the popup and the table, countries without a figure left uncoloured and said so.
 */
export function MapPage() {
  const t = useT();
  const n = useTonnes();
  const { lang } = useLocale();
  const [params, setParams] = useSearchParams();
  const intl = useIntl();
  const year = yearParam(params.get('year'), FIRST_YEAR, REFERENCE_YEAR);
  const per = perParam(params.get('per'));
  usePageTitle(t('sand.map.title'));
  const result = useApi<SandMap>(
    `/sand/map${viewQuery({ indicator: INDICATOR, year, per: per ?? undefined })}`,
  );
  /** A value as the map shows it: Mt for totals, the divided unit with two significant digits otherwise. */
  const value = useCallback(
    (x: number) => (per ? intl.formatNumber(x, { maximumSignificantDigits: 2 }) : n(x, 'Mt')),
    [per, intl, n],
  );
  const unit = t(`sand.unit.${per ?? 'Mt'}`);
  const setView = (key: 'year' | 'per', v: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const countries = useCountries();
  const geometries = useGeometries();
  const items = result.status === 'ok' ? result.data.items : [];
  const index = countries.status === 'ok' ? countries.data : null;
  const name = useCallback(
    (iso3: string) => {
      const c = index?.byIso3.get(iso3);
      return c ? (c.name[lang] ?? c.name.en) : iso3;
    },
    [index, lang],
  );
  const byM49 = useMemo(() => {
    const m = new Map<string, Item>();
    for (const item of items) {
      const c = index?.byIso3.get(item.iso3);
      if (c) m.set(c.m49, item);
    }
    return m;
  }, [items, index]);
  const countryFill = useCallback(
    (m49: string) => {
      const item = byM49.get(m49);
      return item ? (MAP_CLASS_COLOURS[mapClassOf(item.central, per)] ?? null) : null;
    },
    [byM49, per],
  );
  const countryPopup = useCallback(
    (m49: string) => {
      const item = byM49.get(m49);
      const country = index?.byM49.get(m49);
      if (!country) return null;
      const label = country.name[lang] ?? country.name.en;
      if (!item) return t('sand.map.popupMissing', { country: label });
      return t('sand.map.popupIn', {
        country: label,
        central: value(item.central),
        low: value(item.low),
        high: value(item.high),
        unit,
        tier: t(`sand.tier.${item.tier}`),
      });
    },
    [byM49, index, lang, t, value, unit],
  );
  const missing = index ? index.list.filter((c) => !items.some((i) => i.iso3 === c.iso3)).length : 0;
  const columns: DataTableColumn<Item>[] = [
    {
      key: 'country',
      header: t('sand.field.country'),
      cell: (i) => <Link to={`/sand/countries/${i.iso3}`}>{name(i.iso3)}</Link>,
      sortValue: (i) => name(i.iso3),
    },
    {
      key: 'tier',
      header: t('sand.field.tier'),
      cell: (i) => <TierLabel tier={i.tier} />,
      sortValue: (i) => i.tier,
    },
    {
      key: 'value',
      header: per ? t('sand.field.valueIn', { unit }) : t('sand.field.valueMt'),
      cell: (i) =>
        per ? `${value(i.central)} (${value(i.low)}–${value(i.high)})` : <BandText band={i} scale="Mt" />,
      numeric: true,
      sortValue: (i) => i.central,
    },
    {
      key: 'candidates',
      header: t('sand.field.candidates'),
      cell: (i) => i.candidates,
      numeric: true,
      sortValue: (i) => i.candidates,
    },
  ];
  const limits = classLimits(per);
  const classLabel = (k: number) => {
    const low = k === 0 ? 0 : limits[k - 1];
    const high = limits[k];
    return high === undefined
      ? t('sand.map.classOpenIn', { low: low ?? 0, unit })
      : t('sand.map.classIn', { low: low ?? 0, high, unit });
  };
  const withoutDenominator = per && result.status === 'ok' ? result.data.withoutDenominator.length : 0;
  return (
    <article className="page sand-map">
      <SandNav />
      <h1>{t('sand.map.title')}</h1>
      <p className="lead">{t('sand.map.intro')}</p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      <YearSelect
        id="sand-map-year"
        year={year}
        years={result.status === 'ok' ? result.data.years : []}
        onChange={(y) => setView('year', String(y))}
      />
      <fieldset className="sand-per">
        <legend>{t('sand.map.per.label')}</legend>
        {([null, 'population', 'gdp'] as (Per | null)[]).map((p) => (
          <label key={p ?? 'total'}>
            <input
              type="radio"
              name="sand-per"
              checked={per === p}
              onChange={() => setView('per', p ?? '')}
            />{' '}
            {t(`sand.map.per.${p ?? 'total'}`)}
          </label>
        ))}
      </fieldset>
      {withoutDenominator > 0 && (
        <p className="note">{t('sand.map.withoutDenominator', { count: withoutDenominator })}</p>
      )}
      <WorldMap label={t('sand.map.label', { year })} countryFill={countryFill} countryPopup={countryPopup} />
      <ul className="legend" aria-label={t('sand.map.legend', { unit })}>
        {MAP_CLASS_COLOURS.map((colour, k) => (
          <li key={colour}>
            <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
            {classLabel(k)}
          </li>
        ))}
        <li>
          <span className="swatch swatch-missing" aria-hidden="true" />
          {t('sand.map.missing', { count: missing })}
        </li>
      </ul>
      <p className="muted">{t('sand.map.tierNote')}</p>
      <DataTable
        id="sand-map-table"
        caption={t('sand.map.table', { year })}
        columns={columns}
        rows={items}
        rowKey={(i) => i.iso3}
        empty={t('sand.none')}
        pageSize={50}
      />
      <DownloadButton
        what={`sand-map-${year}${per ? `-per-${per}` : ''}`}
        rows={items}
        columns={[
          { key: 'iso3', header: 'iso3', value: (i) => i.iso3 },
          { key: 'country', header: 'country', value: (i) => name(i.iso3) },
          { key: 'year', header: 'year', value: () => year },
          { key: 'indicator', header: 'indicator', value: () => INDICATOR },
          { key: 'tier', header: 'tier', value: (i) => i.tier },
          { key: 'unit', header: 'unit', value: () => (result.status === 'ok' ? result.data.unit : 't') },
          { key: 'low', header: 'low', value: (i) => i.low },
          { key: 'central', header: 'central', value: (i) => i.central },
          { key: 'high', header: 'high', value: (i) => i.high },
          { key: 'source_id', header: 'source_id', value: (i) => i.sourceId },
        ]}
        geometryOf={
          geometries && index
            ? (i) => {
                const c = index.byIso3.get(i.iso3);
                return c ? (geometries.get(c.m49) ?? null) : null;
              }
            : undefined
        }
      />
    </article>
  );
}
