import type { ExchangeCase } from '@strata/server/api-types';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ChoiceField, DemoBadge, DOWNLOADS, LoadError, Page, STAGES, THEMES, useT } from './shared.tsx';

/**
 * The URL's filters as an API query string, and a setter that keeps them in the URL (so a filtered list
 * can be linked to).
 */
export function useFilters(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const k of keys) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const qs = query.toString();
  return { params, set, qs: qs ? `?${qs}` : '' };
}

/** A three-letter country filter (ISO 3166-1 alpha-3). */
export function CountryFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('filter.country')}</span>
      <input
        size={4}
        maxLength={3}
        defaultValue={value}
        aria-describedby="country-hint"
        onChange={(e) => onChange(e.target.value.length === 3 ? e.target.value.toUpperCase() : '')}
      />
      <span id="country-hint" className="muted">
        {t('filter.countryHint')}
      </span>
    </label>
  );
}

/** The good-practice library: published cases (and a focal point's own drafts), filtered, with a CSV. */
export function LibraryPage() {
  const t = useT();
  usePageTitle(t('library.title'));
  const { user } = useSession();
  const { params, set, qs } = useFilters(['country', 'stage', 'theme']);
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
        <CountryFilter value={params.get('country') ?? ''} onChange={(v) => set('country', v)} />
        <ChoiceField
          label={t('filter.stage')}
          options={STAGES}
          prefix="stage"
          any
          value={params.get('stage') ?? ''}
          onChange={(v) => set('stage', v)}
        />
        <ChoiceField
          label={t('filter.theme')}
          options={THEMES}
          prefix="theme"
          any
          value={params.get('theme') ?? ''}
          onChange={(v) => set('theme', v)}
        />
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
