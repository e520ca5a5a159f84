import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';

/** The instruments API, relative to the API client's base (`/api`). */
export const API = '/instruments';
/** The same API as a link target (CSV downloads), absolute. */
export const DOWNLOADS = '/api/instruments';

/** The module's vocabulary, in matrix order, from the browser-safe domain entry. */
export { INSTRUMENT_KINDS as KINDS, ISSUES, STAGES } from '@strata/instruments/domain';

/** `t('nav.catalogue')` → the message `instruments.nav.catalogue`. */
export function useT() {
  const intl = useIntl();
  return (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `instruments.${id}` }, values);
}

/** The module's navigation. */
export function InstrumentsNav() {
  const t = useT();
  return (
    <nav aria-label={t('title')} className="instruments-nav">
      <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0, flexWrap: 'wrap' }}>
        <li>
          <Link to="/instruments">{t('nav.catalogue')}</Link>
        </li>
        <li>
          <Link to="/instruments/heat-map">{t('nav.heatMap')}</Link>
        </li>
        <li>
          <Link to="/instruments/analyses">{t('nav.analyses')}</Link>
        </li>
        <li>
          <Link to="/instruments/compare">{t('nav.compare')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function Page({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section>
      <h1>{title}</h1>
      <InstrumentsNav />
      {children}
    </section>
  );
}

export function LoadError({ detail }: { detail: string }) {
  const t = useT();
  return <p role="alert">{t('loadError', { detail })}</p>;
}
