import type { ExchangeCase, ExchangeMatch, ExchangeNeed, ExchangeOffer } from '@strata/server/api-types';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { MatchList, useNeedColumns, useOfferColumns } from './BoardPage.tsx';
import { DOWNLOADS, LoadError, useT } from './shared.tsx';

interface CountryBoard {
  countryIso3: string;
  unGroup: string | null;
  needs: ExchangeNeed[];
  offers: ExchangeOffer[];
  matches: ExchangeMatch[];
}

/** A country's needs, offers, matches and good-practice cases, for the country page. */
export function ExchangeCountrySection({ iso3 }: { iso3: string }) {
  const t = useT();
  const board = useApi<CountryBoard>(`/exchange/countries/${encodeURIComponent(iso3)}`);
  const cases = useApi<{ items: ExchangeCase[] }>(`/exchange/cases?country=${encodeURIComponent(iso3)}`);
  const needColumns = useNeedColumns();
  const offerColumns = useOfferColumns();
  const failed = board.status === 'error' ? board : cases.status === 'error' ? cases : null;
  return (
    <section aria-labelledby="exchange-country" className="exchange-country">
      <h2 id="exchange-country">{t('country.title')}</h2>
      {failed?.status === 'error' && <LoadError detail={failed.error.detail ?? failed.error.title} />}
      {(board.status === 'loading' || cases.status === 'loading') && <PageLoading />}
      {board.status === 'ok' && (
        <>
          <DataTable
            caption={t('country.needs', { count: board.data.needs.length })}
            columns={needColumns}
            rows={board.data.needs}
            rowKey={(n) => n.id}
            empty={t('board.empty')}
          />
          <DataTable
            caption={t('country.offers', { count: board.data.offers.length })}
            columns={offerColumns}
            rows={board.data.offers}
            rowKey={(o) => o.id}
            empty={t('board.empty')}
          />
          <h3>{t('board.matches')}</h3>
          <MatchList matches={board.data.matches} needs={board.data.needs} offers={board.data.offers} />
          <p>
            <a href={`${DOWNLOADS}/needs.csv?country=${iso3}`} download>
              {t('download.needs')}
            </a>{' '}
            ·{' '}
            <a href={`${DOWNLOADS}/offers.csv?country=${iso3}`} download>
              {t('download.offers')}
            </a>
          </p>
        </>
      )}
      {cases.status === 'ok' && (
        <>
          <h3>{t('country.cases', { count: cases.data.items.length })}</h3>
          <ul>
            {cases.data.items.map((c) => (
              <li key={c.id}>
                <Link to={`/exchange/cases/${c.id}`} lang={c.language}>
                  {c.current.title}
                </Link>{' '}
                ({t(`caseStatus.${c.status}`)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
