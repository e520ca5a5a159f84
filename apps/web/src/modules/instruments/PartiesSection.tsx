import type { InstrumentDetail, InstrumentParticipation } from '@strata/server/api-types';
import { useCallback, useMemo } from 'react';
import { useCountries } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { WorldMap } from '../../ui/WorldMap.tsx';
import { type PartyStanding, STANDING_FILL, standingOf, standingsByM49 } from './parties-map.ts';
import { API, DOWNLOADS, useT } from './shared.tsx';

/** A binding instrument's parties: the list's source and date, a world map, the table and its CSV. */
export function PartiesSection({ instrument }: { instrument: InstrumentDetail }) {
  const t = useT();
  const { lang } = useLocale();
  const result = useApi<{ items: InstrumentParticipation[] }>(`${API}/parties?instrument=${instrument.slug}`);
  const countries = useCountries();
  const parties = result.status === 'ok' ? result.data.items : [];
  const standings = useMemo(
    () =>
      countries.status === 'ok' ? standingsByM49(parties, countries.data) : new Map<string, PartyStanding>(),
    [parties, countries],
  );
  const countryFill = useCallback(
    (m49: string) => {
      const s = standings.get(m49);
      return s ? STANDING_FILL[s] : null;
    },
    [standings],
  );
  const name = (iso3: string) =>
    countries.status === 'ok' ? (countries.data.byIso3.get(iso3)?.name[lang] ?? iso3) : iso3;
  const countryPopup = useCallback(
    (m49: string) => {
      const c = countries.status === 'ok' ? countries.data.byM49.get(m49) : undefined;
      if (!c) return null;
      return `${c.name[lang] ?? c.iso3}: ${t(`parties.standing.${standings.get(m49) ?? 'none'}`)}`;
    },
    [countries, standings, lang, t],
  );
  const list = instrument.partyList;
  if (!list) {
    return (
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t('parties.title')}</h2>
        <p>{t('parties.none')}</p>
      </section>
    );
  }
  const bound = parties.filter((p) => standingOf(p) === 'party').length;
  const columns: DataTableColumn<InstrumentParticipation>[] = [
    {
      key: 'country',
      header: t('parties.col.country'),
      cell: (p) => name(p.countryIso3),
      sortValue: (p) => name(p.countryIso3),
    },
    {
      key: 'standing',
      header: t('parties.col.standing'),
      cell: (p) => t(`parties.standing.${standingOf(p)}`),
      sortValue: (p) => standingOf(p),
    },
    {
      key: 'consent',
      header: t('parties.col.consent'),
      cell: (p) => (p.consentKind ? t(`consent.${p.consentKind}`) : '—'),
      sortValue: (p) => p.consentKind ?? '',
    },
    {
      key: 'consentDate',
      header: t('parties.col.consentDate'),
      cell: (p) => p.consentDate ?? '—',
      sortValue: (p) => p.consentDate ?? '',
    },
    {
      key: 'entryIntoForce',
      header: t('facts.entryIntoForce'),
      cell: (p) => p.entryIntoForce ?? '—',
      sortValue: (p) => p.entryIntoForce ?? '',
    },
  ];
  return (
    <section aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t('parties.title')}</h2>
      <p>
        {t('parties.list', { count: list.parties, source: list.source, date: list.listDate })}
        {list.sourceUrl && (
          <>
            {' '}
            <a href={list.sourceUrl}>{t('parties.sourceLink')}</a>
          </>
        )}{' '}
        <a href={`${DOWNLOADS}/parties.csv?instrument=${instrument.slug}`} download>
          {t('download.parties')}
        </a>
      </p>
      <p className="note">
        {t('parties.bound', { bound, signatories: parties.length - bound })}
        {parties.some((p) => p.countryIso3 === 'EUU') && ` ${t('parties.euNote')}`}
      </p>
      <WorldMap
        label={t('parties.map', { title: instrument.title })}
        countryFill={countryFill}
        countryPopup={countryPopup}
        height="360px"
      />
      <ul className="legend" aria-label={t('parties.legend')}>
        {(['party', 'signatory', 'none'] as const).map((s) => (
          <li key={s}>
            <span
              aria-hidden="true"
              className="swatch"
              style={{
                display: 'inline-block',
                width: '0.9em',
                height: '0.9em',
                marginInlineEnd: '0.4em',
                border: '1px solid #888',
                background: s === 'none' ? '#e6e3dc' : STANDING_FILL[s],
              }}
            />
            {t(`parties.standing.${s}`)}
          </li>
        ))}
      </ul>
      <DataTable
        id="instrument-parties"
        caption={t('parties.caption', { count: parties.length, date: list.listDate })}
        columns={columns}
        rows={parties}
        rowKey={(p) => p.countryIso3}
        pageSize={25}
      />
    </section>
  );
}
