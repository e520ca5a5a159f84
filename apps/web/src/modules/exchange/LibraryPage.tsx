import type { ExchangeCase } from '@strata/server/api-types';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useFilters } from './filters.tsx';
import { DemoBadge, DOWNLOADS, LoadError, Page, STAGES, THEMES, useT } from './shared.tsx';

/** The good-practice library: published cases (and a focal point's own drafts), filtered, with a CSV. */
export function LibraryPage() {
  const t = useT();
  usePageTitle(t('library.title'));
  const { user } = useSession();
  const filters = useFilters(['country', 'stage', 'theme']);
  const { qs } = filters;
  const result = useApi<{ items: ExchangeCase[] }>(`/exchange/cases${qs}`);
  const columns: DataTableColumn<ExchangeCase>[] = [
    {
      key: 'title',
      header: t('col.title'),
      cell: (c) => (
        <>
          <Link to={`/exchange/cases/${c.id}`} lang={c.language}>
            {c.current.title}
          </Link>{' '}
          <DemoBadge demo={c.demo} />
        </>
      ),
      sortValue: (c) => c.current.title,
    },
    { key: 'country', header: t('col.country'), cell: (c) => c.countryIso3, sortValue: (c) => c.countryIso3 },
    { key: 'stage', header: t('col.stage'), cell: (c) => t(`stage.${c.stage}`) },
    { key: 'theme', header: t('col.theme'), cell: (c) => t(`theme.${c.theme}`) },
    { key: 'status', header: t('col.status'), cell: (c) => t(`caseStatus.${c.status}`) },
  ];
  return (
    <Page title={t('library.title')}>
      <p>{t('library.intro')}</p>
      {user?.role === 'focal_point' && (
        <p>
          <Link to="/exchange/cases/new">{t('case.new')}</Link>
        </p>
      )}
      <form className="filters" aria-label={t('filter.label')} onSubmit={(e) => e.preventDefault()}>
        {filters.country()}
        {filters.choice('stage', t('filter.stage'), STAGES, 'stage')}
        {filters.choice('theme', t('filter.theme'), THEMES, 'theme')}
      </form>
      <p>
        <a href={`${DOWNLOADS}/cases.csv${qs}`} download>
          {t('download.cases')}
        </a>
      </p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'loading' && <PageLoading />}
      {result.status === 'ok' && (
        <DataTable
          id="exchange-cases"
          caption={t('library.caption', { count: result.data.items.length })}
          columns={columns}
          rows={result.data.items}
          rowKey={(c) => c.id}
          empty={t('library.empty')}
        />
      )}
    </Page>
  );
}
