import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';

/** The instruments API, relative to the API client's base (`/api`). */
export const API = '/instruments';
/** The same API as a link target (CSV downloads), absolute. */
export const DOWNLOADS = '/api/instruments';

/** The module's vocabulary, in matrix order (mirrors @strata/instruments' domain lists). */
export const ISSUES = [
  'water',
  'air',
  'biodiversity_land',
  'waste_tailings',
  'chemicals_mercury',
  'climate',
  'closure_rehabilitation',
  'sand_aggregates',
  'circularity_recycling',
  'transparency_disclosure',
  'community_rights',
  'supply_chain_due_diligence',
] as const;
export const STAGES = [
  'exploration',
  'extraction',
  'processing',
  'smelting_refining',
  'manufacturing',
  'use',
  'collection_recycling',
  'closure_post_closure',
] as const;
export const KINDS = [
  'binding_treaty',
  'intergovernmental_guidance',
  'national_policy_framework',
  'multi_stakeholder_standard',
  'industry_standard',
  'certification_scheme',
  'financing_standard',
] as const;

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

export function Page({ title, children }: { title: string; children: ReactNode }) {
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
