import type { ExchangeSearchHit } from '@strata/server/api-types';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useFilters } from './filters.tsx';
import { ITEM_KINDS, LoadError, languageName, Page, Snippet, STAGES, THEMES, useT } from './shared.tsx';

const FILTERS = ['q', 'kind', 'stage', 'theme', 'country', 'language'] as const;

/** Where a hit opens. */
function hitLink(hit: ExchangeSearchHit): string | null {
  switch (hit.kind) {
    case 'thread':
      return `/exchange/threads/${hit.itemId}`;
    case 'case':
      return `/exchange/cases/${hit.itemId}`;
    case 'need':
    case 'offer':
      return '/exchange/board';
    case 'proposal':
      return `/process/proposals/${hit.itemId}`;
    default:
      return null;
  }
}

function Results({ qs }: { qs: string }) {
  const t = useT();
  const result = useApi<{ items: ExchangeSearchHit[] }>(`/exchange/search?${qs}`);
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  const hits = result.data.items;
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" aria-live="polite">
        {t('search.count', { count: hits.length })}
      </h2>
      <ol className="search-hits">
        {hits.map((h) => {
          const link = hitLink(h);
          return (
            <li key={`${h.kind}-${h.itemId}`} lang={h.language}>
              <span className="badge">{t(`kind.${h.kind}`)}</span>{' '}
              {link ? <Link to={link}>{h.title}</Link> : <strong>{h.title}</strong>}
              <p className="snippet">
                <Snippet text={h.snippet} />
              </p>
              <p className="muted">
                {languageName(h.language)} · {t(`search.method.${h.method}`)}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Search across threads, cases, needs, offers, proposals and documents in the six languages. */
export function SearchPage() {
  const t = useT();
  usePageTitle(t('search.title'));
  const filters = useFilters(FILTERS);
  const { params, set } = filters;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set('q', String(new FormData(event.currentTarget).get('q') ?? '').trim());
  }
  const q = params.get('q') ?? '';
  return (
    <Page title={t('search.title')}>
      <search aria-label={t('search.title')}>
        <form className="filters" onSubmit={submit}>
          <label className="field">
            <span>{t('search.words')}</span>
            <input type="search" name="q" defaultValue={q} minLength={2} maxLength={200} required />
          </label>
          {filters.choice('kind', t('filter.type'), ITEM_KINDS, 'kind')}
          {filters.choice('stage', t('filter.stage'), STAGES, 'stage')}
          {filters.choice('theme', t('filter.theme'), THEMES, 'theme')}
          {filters.country()}
          {filters.choice('language', t('form.language'), LANGUAGES, '', languageName)}
          <button type="submit" className="primary">
            {t('search.submit')}
          </button>
        </form>
      </search>
      {q.length >= 2 ? <Results qs={filters.query} /> : <p>{t('search.hint')}</p>}
    </Page>
  );
}
