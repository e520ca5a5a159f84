import type { Instrument } from '@strata/server/api-types';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { API, DOWNLOADS, ISSUES, KINDS, LoadError, Page, STAGES, useT } from './shared.tsx';
import { titleIn } from './titles.ts';

const FILTERS = ['kind', 'issue', 'stage', 'binding', 'country', 'q'] as const;

/** The catalogue with filters (kind, issue, stage, binding, State bound) and full-text search. */
export function CataloguePage() {
  const t = useT();
  const { lang } = useLocale();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) query.set(f, v);
  }
  const qs = query.toString();
  const result = useApi<{ items: Instrument[] }>(`${API}${qs ? `?${qs}` : ''}`);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const select = (key: string, label: string, options: readonly string[], prefix: string) => (
    <label>
      {label}{' '}
      <select value={params.get(key) ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('filter.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {prefix ? t(`${prefix}.${o}`) : o}
          </option>
        ))}
      </select>
    </label>
  );
  const columns: DataTableColumn<Instrument>[] = [
    {
      key: 'title',
      header: t('col.title'),
      cell: (i) => {
        const shown = titleIn(i, lang);
        return (
          <Link to={`/instruments/items/${i.slug}`} lang={shown.lang}>
            {shown.title}
          </Link>
        );
      },
      sortValue: (i) => titleIn(i, lang).title,
    },
    { key: 'kind', header: t('col.kind'), cell: (i) => t(`kind.${i.kind}`), sortValue: (i) => i.kind },
    {
      key: 'adopted',
      header: t('col.adopted'),
      cell: (i) => i.adoptionYear ?? '—',
      sortValue: (i) => i.adoptionYear ?? 0,
      numeric: true,
    },
    {
      key: 'assurance',
      header: t('col.assurance'),
      cell: (i) => (i.assurance ? t(`assurance.${i.assurance}`) : '—'),
    },
  ];
  return (
    <Page title={t('title')}>
      <p>{t('summary')}</p>
      <form
        aria-label={t('filter.search')}
        onSubmit={(e) => e.preventDefault()}
        style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}
      >
        <label>
          {t('filter.search')}{' '}
          <input
            type="search"
            defaultValue={params.get('q') ?? ''}
            onChange={(e) => set('q', e.target.value)}
          />
        </label>
        {select('kind', t('filter.kind'), KINDS, 'kind')}
        {select('issue', t('filter.issue'), ISSUES, 'issue')}
        {select('stage', t('filter.stage'), STAGES, 'stage')}
        <label>
          {t('filter.binding')}{' '}
          <select value={params.get('binding') ?? ''} onChange={(e) => set('binding', e.target.value)}>
            <option value="">{t('filter.any')}</option>
            <option value="true">{t('filter.yes')}</option>
            <option value="false">{t('filter.no')}</option>
          </select>
        </label>
        <label>
          {t('filter.country')}{' '}
          <input
            size={4}
            maxLength={3}
            defaultValue={params.get('country') ?? ''}
            onChange={(e) => set('country', e.target.value.length === 3 ? e.target.value.toUpperCase() : '')}
          />
        </label>
      </form>
      <p>
        <a href={`${DOWNLOADS}/catalogue.csv${qs ? `?${qs}` : ''}`}>{t('download.catalogue')}</a> ·{' '}
        <a href={`${DOWNLOADS}/matrix.csv`}>{t('download.matrix')}</a> ·{' '}
        <a href={`${DOWNLOADS}/parties.csv`}>{t('download.parties')}</a>
      </p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'loading' && <PageLoading />}
      {result.status === 'ok' && (
        <DataTable
          id="instruments-catalogue"
          caption={t('catalogue.caption', { count: result.data.items.length })}
          columns={columns}
          rows={result.data.items}
          rowKey={(i) => i.slug}
        />
      )}
    </Page>
  );
}
