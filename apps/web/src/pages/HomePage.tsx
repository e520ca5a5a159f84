import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { MODULES } from '../modules/index.ts';
import { usePageTitle } from '../ui/usePageTitle.ts';

/** What Strata is: the mandate, the six modules and how data is sourced. */
export function HomePage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('home.title'));
  const setup = useApi<{ needed: boolean }>('/setup');
  return (
    <article className="page home">
      {setup.status === 'ok' && setup.data.needed && (
        <p role="status" className="notice notice-warning" data-testid="setup-needed">
          {t('auth.setup.homeNotice')}
        </p>
      )}
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p>{t('home.mandate')}</p>
      </section>
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{t('home.modulesHeading')}</h2>
        <ul className="module-cards">
          {MODULES.map((m) => (
            <li key={m.id} className={`module-card module-${m.id}`}>
              <h3>
                <Link to={`/${m.id}`}>{t(`${m.id}.title`)}</Link>
              </h3>
              <p>{t(`${m.id}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="provenance-heading" className="panel">
        <h2 id="provenance-heading">{t('home.provenanceHeading')}</h2>
        <p>{t('home.provenance')}</p>
      </section>
      <section aria-labelledby="languages-heading" className="panel">
        <h2 id="languages-heading">{t('home.languagesHeading')}</h2>
        <p>{t('home.languages', { count: 6 })}</p>
        <p>
          <Link to="/countries">{t('home.countriesLink')}</Link>
        </p>
      </section>
    </article>
  );
}
