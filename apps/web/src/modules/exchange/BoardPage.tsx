import type { ExchangeMatch, ExchangeNeed, ExchangeOffer } from '@strata/server/api-types';
import { Link } from 'react-router';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import { NeedForm, OfferForm } from './BoardForms.tsx';
import { useFilters } from './filters.tsx';
import { MatchView } from './MatchView.tsx';
import { MergeForm } from './MergeForm.tsx';
import { DemoBadge, DOWNLOADS, LoadError, Page, THEMES, useT } from './shared.tsx';

const STATUSES = ['open', 'served', 'withdrawn', 'merged'] as const;

/** The needs table: what a State asked for, its kind, urgency and status. */
export function useNeedColumns(): DataTableColumn<ExchangeNeed>[] {
  const t = useT();
  return [
    {
      key: 'title',
      header: t('col.title'),
      cell: (n) => (
        <>
          <span lang={n.language}>{n.title}</span> <DemoBadge demo={n.demo} />
        </>
      ),
      sortValue: (n) => n.title,
    },
    {
      key: 'country',
      header: t('col.country'),
      cell: (n) => <Link to={`/countries/${n.countryIso3}`}>{n.countryIso3}</Link>,
      sortValue: (n) => n.countryIso3,
    },
    { key: 'theme', header: t('col.theme'), cell: (n) => t(`theme.${n.theme}`) },
    { key: 'kind', header: t('col.kind'), cell: (n) => t(`support.${n.kind}`) },
    { key: 'urgency', header: t('col.urgency'), cell: (n) => t(`urgency.${n.urgency}`) },
    { key: 'status', header: t('col.status'), cell: (n) => t(`status.${n.status}`) },
  ];
}

/** The offers table: who offers what, where, and how many engagements. */
export function useOfferColumns(): DataTableColumn<ExchangeOffer>[] {
  const t = useT();
  return [
    {
      key: 'title',
      header: t('col.title'),
      cell: (o) => (
        <>
          <span lang={o.language}>{o.title}</span> <DemoBadge demo={o.demo} />
        </>
      ),
      sortValue: (o) => o.title,
    },
    {
      key: 'provider',
      header: t('offer.provider'),
      cell: (o) => o.providerName,
      sortValue: (o) => o.providerName,
    },
    {
      key: 'themes',
      header: t('offer.themes'),
      cell: (o) => o.themes.map((x) => t(`theme.${x}`)).join(', '),
    },
    { key: 'kinds', header: t('offer.kinds'), cell: (o) => o.kinds.map((x) => t(`support.${x}`)).join(', ') },
    {
      key: 'regions',
      header: t('offer.regions'),
      cell: (o) => o.regions.map((x) => t(`region.${x}`)).join(', '),
    },
    { key: 'status', header: t('col.status'), cell: (o) => t(`status.${o.status}`) },
  ];
}

/** Matches among the given needs and offers, each with its score explained and its life cycle. */
export function MatchList({
  matches,
  needs,
  offers,
  onMoved,
}: {
  matches: ExchangeMatch[];
  needs: ExchangeNeed[];
  offers: ExchangeOffer[];
  onMoved?: () => void;
}) {
  const t = useT();
  const { user } = useSession();
  const needTitle = new Map(needs.map((n) => [n.id, n.title]));
  const offerTitle = new Map(offers.map((o) => [o.id, o.title]));
  // The parties to a match (either country, the offering organisation) and the secretariat move it on;
  // the server checks this again.
  const mayMove = (m: ExchangeMatch) => {
    if (!user) return false;
    if (user.role === 'secretariat') return true;
    const need = needs.find((n) => n.id === m.needId);
    const offer = offers.find((o) => o.id === m.offerId);
    if (user.role === 'focal_point' && user.countryIso3)
      return need?.countryIso3 === user.countryIso3 || offer?.providerCountryIso3 === user.countryIso3;
    return !!user.organisationId && offer?.providerOrganisationId === user.organisationId;
  };
  const shown = matches.filter((m) => needTitle.has(m.needId) || offerTitle.has(m.offerId));
  if (shown.length === 0) return <p>{t('board.noMatches')}</p>;
  return (
    <>
      {shown.map((m) => (
        <MatchView
          key={m.id}
          match={m}
          needTitle={needTitle.get(m.needId) ?? t('board.elsewhere')}
          offerTitle={offerTitle.get(m.offerId) ?? t('board.elsewhere')}
          onMoved={onMoved && mayMove(m) ? onMoved : undefined}
        />
      ))}
    </>
  );
}

/** The needs and offers board: both lists with filters and CSV, the forms, and the matches. */
export function BoardPage() {
  const t = useT();
  usePageTitle(t('board.title'));
  const filters = useFilters(['country', 'theme', 'status']);
  const { qs } = filters;
  const needs = useReloadable<{ items: ExchangeNeed[] }>(`/exchange/needs${qs}`);
  const offers = useReloadable<{ items: ExchangeOffer[] }>(`/exchange/offers${qs}`);
  const matches = useReloadable<{ items: ExchangeMatch[] }>('/exchange/matches');
  const needColumns = useNeedColumns();
  const offerColumns = useOfferColumns();
  const reload = () => {
    needs.reload();
    offers.reload();
    matches.reload();
  };
  const failed = [needs, offers, matches].find((r) => r.result.status === 'error')?.result;
  return (
    <Page title={t('board.title')}>
      <p>{t('board.intro')}</p>
      <form className="filters" aria-label={t('filter.label')} onSubmit={(e) => e.preventDefault()}>
        {filters.country()}
        {filters.choice('theme', t('filter.theme'), THEMES, 'theme')}
        {filters.choice('status', t('filter.status'), STATUSES, 'status')}
      </form>
      <p className="downloads">
        <a href={`${DOWNLOADS}/needs.csv${qs}`} download>
          {t('download.needs')}
        </a>{' '}
        ·{' '}
        <a href={`${DOWNLOADS}/offers.csv${qs}`} download>
          {t('download.offers')}
        </a>{' '}
        ·{' '}
        <a href={`${DOWNLOADS}/matches.csv`} download>
          {t('download.matches')}
        </a>
      </p>
      {failed?.status === 'error' && <LoadError detail={failed.error.detail ?? failed.error.title} />}
      {!needs.data || !offers.data || !matches.data ? (
        <PageLoading />
      ) : (
        <>
          <DataTable
            id="exchange-needs"
            caption={t('board.needs', { count: needs.data.items.length })}
            columns={needColumns}
            rows={needs.data.items}
            rowKey={(n) => n.id}
            empty={t('board.empty')}
          />
          <DataTable
            id="exchange-offers"
            caption={t('board.offers', { count: offers.data.items.length })}
            columns={offerColumns}
            rows={offers.data.items}
            rowKey={(o) => o.id}
            empty={t('board.empty')}
          />
          <div className="board-forms">
            <NeedForm offers={offers.data.items} onSaved={reload} />
            <OfferForm needs={needs.data.items} onSaved={reload} />
          </div>
          <MergeForm needs={needs.data.items} offers={offers.data.items} onMerged={reload} />
          <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">{t('board.matches')}</h2>
            <MatchList
              matches={matches.data.items}
              needs={needs.data.items}
              offers={offers.data.items}
              onMoved={reload}
            />
          </section>
        </>
      )}
    </Page>
  );
}
