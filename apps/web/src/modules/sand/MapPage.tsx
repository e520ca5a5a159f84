import { FIRST_YEAR, INDICATORS } from '@strata/sand/browser';
import type { SandMap } from '@strata/server/api-types';
import type { Geometry } from 'geojson';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
  MAP_CLASS_COLOURS,
  MAP_CLASS_LIMITS_MT,
  mapClass,
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
  const year = yearParam(params.get('year'), FIRST_YEAR, REFERENCE_YEAR);
  usePageTitle(t('sand.map.title'));
  const result = useApi<SandMap>(`/sand/map${viewQuery({ indicator: INDICATOR, year })}`);
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
      return item ? (MAP_CLASS_COLOURS[mapClass(item.central)] ?? null) : null;
    },
    [byM49],
  );
  const countryPopup = useCallback(
    (m49: string) => {
      const item = byM49.get(m49);
      const country = index?.byM49.get(m49);
      if (!country) return null;
      const label = country.name[lang] ?? country.name.en;
      if (!item) return t('sand.map.popupMissing', { country: label });
      return t('sand.map.popup', {
        country: label,
        central: n(item.central, 'Mt'),
        low: n(item.low, 'Mt'),
        high: n(item.high, 'Mt'),
        tier: t(`sand.tier.${item.tier}`),
      });
    },
    [byM49, index, lang, t, n],
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
      header: t('sand.field.valueMt'),
      cell: (i) => <BandText band={i} scale="Mt" />,
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
  const classLabel = (k: number) => {
    const low = k === 0 ? 0 : MAP_CLASS_LIMITS_MT[k - 1];
    const high = MAP_CLASS_LIMITS_MT[k];
    return high === undefined
      ? t('sand.map.classOpen', { low: low ?? 0 })
      : t('sand.map.class', { low: low ?? 0, high });
  };
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
        onChange={(y) => setParams({ year: String(y) }, { replace: true })}
      />
      <WorldMap label={t('sand.map.label', { year })} countryFill={countryFill} countryPopup={countryPopup} />
      <ul className="legend" aria-label={t('sand.map.legend')}>
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
        what={`sand-map-${year}`}
        rows={items}
        columns={[
          { key: 'iso3', header: 'iso3', value: (i) => i.iso3 },
          { key: 'country', header: 'country', value: (i) => name(i.iso3) },
          { key: 'year', header: 'year', value: () => year },
          { key: 'indicator', header: 'indicator', value: () => INDICATOR },
          { key: 'tier', header: 'tier', value: (i) => i.tier },
          { key: 'low_t', header: 'low_t', value: (i) => i.low },
          { key: 'central_t', header: 'central_t', value: (i) => i.central },
          { key: 'high_t', header: 'high_t', value: (i) => i.high },
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
