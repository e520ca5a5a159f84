import type { Disclosure, RegulatorView } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { DisclosureReview, useDecisionStatus } from './DisclosureReview.tsx';
import { CountryOptions } from './FormParts.tsx';

/** Disclosure queue (publish or return) and the national regulator's view, for signed-in accounts. */
export function OversightPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('tailings.oversight.title'));
  const { user } = useSession();
  const [reload, setReload] = useState(0);
  const disclosures = useApi<{ items: Disclosure[] }>(`/tailings/disclosures?r=${reload}`);
  const [country, setCountry] = useState(user?.countryIso3 ?? 'BRA');
  const canRegulate =
    user?.role === 'secretariat' || user?.role === 'co_chair' || user?.role === 'focal_point';
  const regulator = useApi<RegulatorView>(
    canRegulate ? `/tailings/regulator/${country}` : '/tailings/countries',
  );
  const status = useDecisionStatus();

  const columns: DataTableColumn<RegulatorView['facilities'][number]>[] = [
    {
      key: 'name',
      header: t('tailings.field.name'),
      cell: (f) => <Link to={`/tailings/facilities/${f.id}`}>{f.name}</Link>,
      sortValue: (f) => f.name,
    },
    {
      key: 'operator',
      header: t('tailings.field.operator'),
      cell: (f) => f.operator ?? '—',
      sortValue: (f) => f.operator ?? '',
    },
    {
      key: 'status',
      header: t('tailings.field.status'),
      cell: (f) => t(`tailings.status.${f.status}`),
      sortValue: (f) => f.status,
    },
    {
      key: 'last',
      header: t('tailings.item.lastIndependentReview'),
      cell: (f) => f.lastReview ?? '—',
      sortValue: (f) => f.lastReview ?? '',
    },
    {
      key: 'interval',
      header: t('tailings.oversight.interval'),
      cell: (f) => t('tailings.oversight.intervalYears', { years: f.reviewIntervalYears }),
      numeric: true,
      sortValue: (f) => f.reviewIntervalYears,
    },
    {
      key: 'overdue',
      header: t('tailings.oversight.overdue'),
      cell: (f) => t(f.reviewOverdue ? 'tailings.yes' : 'tailings.no'),
      sortValue: (f) => (f.reviewOverdue ? 1 : 0),
    },
    {
      key: 'findings',
      header: t('tailings.oversight.openFindingsColumn'),
      cell: (f) => intl.formatNumber(f.openFindings),
      numeric: true,
      sortValue: (f) => f.openFindings,
    },
  ];

  return (
    <article className="page tailings-oversight">
      <p>
        <Link to="/tailings">{t('tailings.back')}</Link>
      </p>
      <h1>{t('tailings.oversight.title')}</h1>
      <p ref={status.ref} role="status" tabIndex={-1} className="result-count">
        {status.message}
      </p>
      <section>
        <h2>{t('tailings.oversight.disclosures')}</h2>
        {disclosures.status === 'ok' && disclosures.data.items.length === 0 && (
          <p>{t('tailings.oversight.noDisclosures')}</p>
        )}
        {(disclosures.status === 'ok' ? disclosures.data.items : []).map((d) => (
          <DisclosureReview
            key={d.id}
            disclosure={d}
            canDecide={user?.role === 'secretariat'}
            onDecided={(text) => {
              status.announce(text);
              setReload((n) => n + 1);
            }}
          />
        ))}
      </section>
      {canRegulate && (
        <section>
          <h2>{t('tailings.oversight.regulator')}</h2>
          {user?.role !== 'focal_point' && (
            <div className="field">
              <label htmlFor="ov-country">{t('tailings.field.country')}</label>
              <select id="ov-country" value={country} onChange={(e) => setCountry(e.target.value)}>
                <CountryOptions />
              </select>
            </div>
          )}
          {regulator.status === 'error' && (
            <p role="alert" className="error-summary">
              {regulator.error.detail ?? regulator.error.title}
            </p>
          )}
          {regulator.status === 'ok' && 'facilities' in regulator.data && (
            <>
              <p>
                {t('tailings.oversight.summary', {
                  facilities: regulator.data.facilities.length,
                  overdue: regulator.data.overdueReviews,
                  findings: regulator.data.openFindings,
                })}
              </p>
              <p className="hint">{t('tailings.oversight.intervalNote')}</p>
              <DataTable
                caption={t('tailings.oversight.regulator')}
                columns={columns}
                rows={regulator.data.facilities}
                rowKey={(f) => f.id}
              />
            </>
          )}
        </section>
      )}
    </article>
  );
}
