import type { ExchangeMatch, ExchangeNeed, ExchangeOffer } from '@strata/server/api-types';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import { MatchList } from './BoardPage.tsx';
import { LoadError, Page, useT } from './shared.tsx';

/** One match (the page a match notification links to): its need, its offer, its score and life cycle. */
export function MatchPage() {
  const t = useT();
  usePageTitle(t('match.page'));
  const id = useParams().id ?? '';
  const match = useReloadable<ExchangeMatch>(`/exchange/matches/${encodeURIComponent(id)}`);
  const needs = useApi<{ items: ExchangeNeed[] }>('/exchange/needs');
  const offers = useApi<{ items: ExchangeOffer[] }>('/exchange/offers');
  const failed = [match.result, needs, offers].find((r) => r.status === 'error');
  return (
    <Page title={t('match.page')}>
      <p>
        <Link to="/exchange/board">{t('match.back')}</Link>
      </p>
      {failed?.status === 'error' && <LoadError detail={failed.error.detail ?? failed.error.title} />}
      {match.data && needs.status === 'ok' && offers.status === 'ok' ? (
        <MatchList
          matches={[match.data]}
          needs={needs.data.items}
          offers={offers.data.items}
          onMoved={match.reload}
        />
      ) : (
        !failed && <PageLoading />
      )}
    </Page>
  );
}
