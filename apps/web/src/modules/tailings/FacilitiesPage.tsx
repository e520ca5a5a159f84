import type { FacilitySummary, MapPoints } from '@strata/server/api-types';
import {
  FACILITY_STATUSES,
  formatFacilitySort,
  parseFacilitySort,
  RAISE_METHODS,
  TOXICITY_CLASSES,
} from '@strata/tailings/browser';
import type { FeatureCollection } from 'geojson';
import { type ChangeEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useCountries, useCountryName } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn, type DataTableSort } from '../../ui/DataTable.tsx';
import { TablePager } from '../../ui/TablePager.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { type MapLayer, WorldMap } from '../../ui/WorldMap.tsx';
import {
  ASGM_FILTERS,
  CLASS_COLOURS,
  CLASS_FILTERS,
  type FilterKey,
  filterQuery,
  PAGE_SIZE,
  readPage,
  readSort,
  readView,
  STATUS_COLOURS,
  sequentialColour,
  TOXICITY_COLOURS,
  withPage,
  withSort,
  withView,
} from './view.ts';

/**
 * A text filter bound to the page address. The router applies address changes asynchronously, so the box keeps
 * what is typed in its own state (a controlled input fed straight from the address would drop keystrokes) and
 * takes the address's value when it changes while the box is not being edited (back, forward, a link).
 */
function AddressTextField(props: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  const { value, onChange } = props;
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(value);
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        ref={input}
        id={props.id}
        value={draft}
        placeholder={props.placeholder}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => setDraft(value)}
      />
    </div>
  );
}

interface PopupText {
  open: string;
  class: string;
  status: string;
  classOf(v: string): string;
  statusOf(v: string): string;
}

/** A facility's popup on the map: its name as a heading, its class and status, and a link to its page. */
function facilityPopup(p: Record<string, unknown> | null, text: PopupText): HTMLElement {
  const box = document.createElement('div');
  box.className = 'facility-popup';
  const name = document.createElement('strong');
  name.dir = 'auto';
  name.textContent = String(p?.name ?? '');
  const facts = document.createElement('dl');
  for (const [term, value] of [
    [text.class, text.classOf(String(p?.gistmClass ?? 'unclassified'))],
    [text.status, text.statusOf(String(p?.status ?? 'unknown'))],
  ] as const) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    facts.append(dt, dd);
  }
  const link = document.createElement('a');
  link.href = `/tailings/facilities/${encodeURIComponent(String(p?.id ?? ''))}`;
  link.textContent = text.open;
  box.append(name, facts, link);
  return box;
}

/** The colourings of the map's points, each with the catalog key of its name (selector and legend title). */
const COLOUR_BY_LABEL: Record<string, string> = {
  class: 'tailings.field.class',
  status: 'tailings.field.status',
  hazard: 'tailings.score.hazard',
  toxicity: 'tailings.score.toxicity',
};

/** The registry: filters, a clustered map coloured by class, status, hazard or toxicity, a table, downloads. */
export function FacilitiesPage() {
  const intl = useIntl();
  const { user } = useSession();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('tailings.title'));
  // The address is the view's single source of truth: a reload, a shared link, back and forward (and a link
  // from the country map, `?country=BRA`) all show the same filters and colouring.
  const [params, setParams] = useSearchParams();
  const { filters, colourBy } = readView(params);
  /** Writes one filter to the address: a new history entry for a choice, in place while typing text. */
  const update = (key: FilterKey | 'colour', value: string, replace = false) =>
    setParams((current) => withView(current, key, value), { replace });
  const query = filterQuery(filters);
  const pageNumber = readPage(params);
  const points = useApi<MapPoints>(`/tailings/map${query}`);
  const sort = readSort(params);
  const sortParam = sort ? `&sort=${formatFacilitySort(sort)}` : '';
  const page = useApi<{ items: FacilitySummary[]; total: number }>(
    `/tailings/facilities${query}${query ? '&' : '?'}limit=${PAGE_SIZE}&offset=${(pageNumber - 1) * PAGE_SIZE}${sortParam}`,
  );
  const goToPage = (n: number) => setParams((current) => withPage(current, n));
  // The table sorts the whole view on the server; the order is in the address like the filters.
  const tableSort = {
    current: sort,
    onSort: (next: DataTableSort) => {
      const parsed = parseFacilitySort(`${next.descending ? '-' : ''}${next.key}`);
      if (parsed) setParams((current) => withSort(current, parsed));
    },
  };
  const countries = useCountries();
  const countryName = useCountryName();

  const popupText = useMemo(
    (): PopupText => ({
      open: intl.formatMessage({ id: 'tailings.openFacility' }),
      class: intl.formatMessage({ id: 'tailings.field.class' }),
      status: intl.formatMessage({ id: 'tailings.field.status' }),
      classOf: (v) => intl.formatMessage({ id: `tailings.class.${v}` }),
      statusOf: (v) => intl.formatMessage({ id: `tailings.status.${v}` }),
    }),
    [intl],
  );
  const layer = useMemo((): MapLayer | null => {
    if (points.status !== 'ok') return null;
    const c = points.data.columns;
    const colour = (i: number): string => {
      if (colourBy === 'status') return STATUS_COLOURS[c.status[i] ?? 'unknown'] ?? '#999999';
      if (colourBy === 'toxicity') return TOXICITY_COLOURS[c.toxicityClass[i] ?? 'unknown'] ?? '#999999';
      if (colourBy === 'hazard') return sequentialColour((c.hazardScore[i] ?? 0) / 18);
      return CLASS_COLOURS[c.gistmClass[i] ?? 'unclassified'] ?? '#999999';
    };
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: c.id.map((id, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.lon[i] ?? 0, c.lat[i] ?? 0] },
        properties: {
          id,
          name: c.name[i] ?? '',
          status: c.status[i] ?? 'unknown',
          gistmClass: c.gistmClass[i] ?? 'unclassified',
          colour: colour(i),
          hazard: c.hazardScore[i] ?? 0,
        },
      })),
    };
    return {
      id: 'tailings-facilities',
      kind: 'circle',
      data,
      cluster: true,
      paint: {
        'circle-color': ['get', 'colour'],
        'circle-radius': 5,
        'circle-stroke-color': '#333',
        'circle-stroke-width': 0.5,
      },
      popup: (p: Record<string, unknown> | null) => facilityPopup(p, popupText),
    };
  }, [points, colourBy, popupText]);

  const legend: [string, string][] =
    colourBy === 'status'
      ? FACILITY_STATUSES.map((s) => [t(`tailings.status.${s}`), STATUS_COLOURS[s] ?? '#999'])
      : colourBy === 'toxicity'
        ? TOXICITY_CLASSES.map((s) => [t(`tailings.toxicity.${s}`), TOXICITY_COLOURS[s] ?? '#999'])
        : colourBy === 'hazard'
          ? [0, 0.25, 0.5, 0.75, 1].map((s) => [intl.formatNumber(Math.round(s * 18)), sequentialColour(s)])
          : CLASS_FILTERS.map((s) => [t(`tailings.class.${s}`), CLASS_COLOURS[s] ?? '#999']);

  const set = (key: FilterKey) => (e: { target: { value: string } }) => update(key, e.target.value);
  const select = (key: FilterKey, label: string, options: readonly string[], prefix: string) => (
    <div className="field">
      <label htmlFor={`tf-${key}`}>{label}</label>
      <select id={`tf-${key}`} value={filters[key]} onChange={set(key)}>
        <option value="">{t('tailings.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`tailings.${prefix}.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );

  const columns: DataTableColumn<FacilitySummary>[] = [
    {
      key: 'name',
      header: t('tailings.field.name'),
      cell: (f) => <Link to={`/tailings/facilities/${f.id}`}>{f.name}</Link>,
      sortValue: (f) => f.name,
    },
    {
      key: 'country',
      header: t('tailings.field.country'),
      cell: (f) => countryName(f.countryIso3),
      sortValue: (f) => countryName(f.countryIso3),
    },
    {
      key: 'operator',
      header: t('tailings.field.operator'),
      cell: (f) => f.operator ?? '—',
      sortValue: (f) => f.operator ?? '',
    },
    {
      key: 'status',
      header: t('tailings.field.status'),
      cell: (f) => t(`tailings.status.${f.status}`),
      sortValue: (f) => f.status,
    },
    {
      key: 'raiseMethod',
      header: t('tailings.field.raiseMethod'),
      cell: (f) => t(`tailings.raise.${f.raiseMethod}`),
      sortValue: (f) => f.raiseMethod,
    },
    {
      key: 'class',
      header: t('tailings.field.class'),
      cell: (f) => t(`tailings.class.${f.gistmClass ?? 'unclassified'}`),
      sortValue: (f) => f.gistmClass ?? '',
    },
    {
      key: 'hazard',
      header: t('tailings.score.hazard'),
      cell: (f) => intl.formatNumber(f.hazardScore),
      numeric: true,
      sortValue: (f) => f.hazardScore,
    },
    {
      key: 'toxicity',
      header: t('tailings.score.toxicity'),
      cell: (f) => t(`tailings.toxicity.${f.toxicityClass}`),
      sortValue: (f) => f.toxicityClass,
    },
  ];

  return (
    <article className="page tailings">
      <h1>{t('tailings.title')}</h1>
      <p className="lead">{t('tailings.intro')}</p>
      <p>
        <Link to="/tailings/countries">{t('tailings.countries.title')}</Link> ·{' '}
        <Link to="/tailings/knowledge">{t('tailings.knowledge.title')}</Link> ·{' '}
        <Link to="/tailings/oversight">{t('tailings.oversight.title')}</Link>
        {user?.role === 'secretariat' && (
          <>
            {' '}
            · <Link to="/tailings/admin">{t('tailings.admin.title')}</Link>
          </>
        )}
      </p>
      <form className="filters" aria-label={t('tailings.filters')} onSubmit={(e) => e.preventDefault()}>
        <AddressTextField
          id="tf-q"
          label={t('tailings.search')}
          value={filters.q}
          onChange={(v) => update('q', v, true)}
        />
        <div className="field">
          <label htmlFor="tf-country">{t('tailings.field.country')}</label>
          <select id="tf-country" value={filters.country} onChange={set('country')}>
            <option value="">{t('tailings.any')}</option>
            {countries.status === 'ok' &&
              countries.data.list.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name[lang]}
                </option>
              ))}
          </select>
        </div>
        <AddressTextField
          id="tf-operator"
          label={t('tailings.field.operator')}
          value={filters.operator}
          onChange={(v) => update('operator', v, true)}
        />
        {select('status', t('tailings.field.status'), FACILITY_STATUSES, 'status')}
        {select('raiseMethod', t('tailings.field.raiseMethod'), RAISE_METHODS, 'raise')}
        {select('class', t('tailings.field.class'), CLASS_FILTERS, 'class')}
        {select('toxicity', t('tailings.score.toxicity'), TOXICITY_CLASSES, 'toxicity')}
        {select('asgm', t('tailings.item.asgm'), ASGM_FILTERS, 'asgmFilter')}
        <AddressTextField
          id="tf-commodity"
          label={t('tailings.field.commodity')}
          value={filters.commodity}
          placeholder="gold"
          onChange={(v) => update('commodity', v, true)}
        />
        <div className="field">
          <label htmlFor="tf-colour">{t('tailings.colourBy')}</label>
          <select id="tf-colour" value={colourBy} onChange={(e) => update('colour', e.target.value)}>
            {Object.entries(COLOUR_BY_LABEL).map(([value, id]) => (
              <option key={value} value={value}>
                {t(id)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {points.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: points.error.detail ?? points.error.title })}
        </p>
      )}
      {points.status === 'ok' && (
        <p role="status" className="result-count">
          {t('tailings.count', { count: points.data.total })}
        </p>
      )}
      <section aria-labelledby="tailings-map-heading" className="map-panel">
        <h2 id="tailings-map-heading">{t('tailings.mapHeading')}</h2>
        <WorldMap
          label={t('tailings.mapHeading')}
          layers={layer ? [{ ...layer, title: t('tailings.map.layer.facilities') }] : []}
          height="480px"
          fitKey={points.status === 'ok' ? query : undefined}
          legend={{
            title: t(COLOUR_BY_LABEL[colourBy] ?? 'tailings.field.class'),
            items: legend.map(([label, colour]) => ({ label, colour, shape: 'circle' })),
          }}
        />
      </section>
      <p className="download">
        {t('tailings.download')}{' '}
        <a href={`/api/tailings/downloads/facilities.csv${query}`} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={`/api/tailings/downloads/facilities.geojson${query}`} download>
          GeoJSON
        </a>
      </p>
      {page.status === 'ok' && (
        <>
          <DataTable
            caption={t('tailings.tableCaption', {
              shown:
                page.data.items.length === 0
                  ? '0'
                  : `${intl.formatNumber((pageNumber - 1) * PAGE_SIZE + 1)}–${intl.formatNumber((pageNumber - 1) * PAGE_SIZE + page.data.items.length)}`,
              total: page.data.total,
            })}
            columns={columns}
            rows={page.data.items}
            rowKey={(f) => f.id}
            empty={t('tailings.none')}
            sort={tableSort}
          />
          <TablePager
            label={t('tailings.pager.label')}
            page={pageNumber}
            pages={Math.max(1, Math.ceil(page.data.total / PAGE_SIZE))}
            onPage={goToPage}
          />
        </>
      )}
    </article>
  );
}
