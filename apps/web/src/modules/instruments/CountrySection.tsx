import type { InstrumentCountryCoverage } from '@strata/server/api-types';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { API, LoadError, Page, useT } from './shared.tsx';

/** "Instruments binding this State": the binding instruments it is party to and its uncovered cells. */
export function CountrySection({ iso3 }: { iso3: string }) {
  const t = useT();
  const result = useApi<InstrumentCountryCoverage>(`${API}/analyses/countries/${iso3}`);
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  return (
    <section>
      <h2>{t('country.title', { iso3 })}</h2>
      <ul>
        {result.data.bindingInstrumentIds.map((id) => (
          <li key={id}>
            <Link to={`/instruments/items/${id}`}>{id}</Link>
          </li>
        ))}
      </ul>
      <p>{t('country.uncovered', { count: result.data.uncovered.length })}</p>
    </section>
  );
}

/** The country section as a page of its own (`/instruments/countries/:iso3`). */
export function CountryPage() {
  const t = useT();
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  usePageTitle(t('country.title', { iso3 }));
  return (
    <Page title={t('country.title', { iso3 })}>
      <CountrySection iso3={iso3} />
    </Page>
  );
}
