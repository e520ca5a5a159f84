import type { Company, Disclosure, SessionUser } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCountryName } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import type { ExportColumn } from '../../ui/export/tabular.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { CompanyForm, OperatorAccountForm } from './CompanyForms.tsx';
import { DisclosureReview, useDecisionStatus } from './DisclosureReview.tsx';
import './tailings-admin.css';

/**
 * The secretariat's tailings administration: companies, their operator accounts, and the disclosures
 * awaiting review (each field's registry value beside the proposed one, accepted or returned with a reason).
 * Facilities are linked to companies on each facility's page.
 */
export function TailingsAdminPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('tailings.admin.title'));
  const [reload, setReload] = useState(0);
  const refresh = () => setReload((n) => n + 1);
  const companies = useApi<{ items: Company[] }>(`/companies?r=${reload}`);
  const users = useApi<{ items: SessionUser[] }>(`/users?r=${reload}`);
  const pending = useApi<{ items: Disclosure[] }>(`/tailings/disclosures?status=submitted&r=${reload}`);
  const status = useDecisionStatus();

  const companyList = companies.status === 'ok' ? companies.data.items : [];
  const companyName = new Map(companyList.map((c) => [c.id, c.name]));
  const operators = (users.status === 'ok' ? users.data.items : []).filter((u) => u.role === 'operator');
  const countryName = useCountryName();
  const accountsOf = (id: string) => operators.filter((u) => u.companyId === id).length;

  const companyColumns: DataTableColumn<Company>[] = [
    { key: 'name', header: t('tailings.admin.companyName'), cell: (c) => c.name, sortValue: (c) => c.name },
    {
      key: 'country',
      header: t('tailings.admin.companyCountry'),
      cell: (c) => countryName(c.country_iso3),
      sortValue: (c) => countryName(c.country_iso3),
    },
    {
      key: 'accounts',
      header: t('tailings.admin.operatorAccounts'),
      cell: (c) => intl.formatNumber(accountsOf(c.id)),
      numeric: true,
      sortValue: (c) => accountsOf(c.id),
    },
  ];
  const companyExport: ExportColumn<Company>[] = [
    { key: 'id', header: 'id', value: (c) => c.id },
    { key: 'name', header: 'name', value: (c) => c.name },
    { key: 'country_iso3', header: 'country_iso3', value: (c) => c.country_iso3 ?? '' },
    { key: 'operator_accounts', header: 'operator_accounts', value: (c) => accountsOf(c.id) },
  ];
  const operatorColumns: DataTableColumn<SessionUser>[] = [
    { key: 'email', header: t('tailings.admin.email'), cell: (u) => u.email, sortValue: (u) => u.email },
    {
      key: 'name',
      header: t('tailings.admin.name'),
      cell: (u) => u.displayName ?? '—',
      sortValue: (u) => u.displayName ?? '',
    },
    {
      key: 'company',
      header: t('tailings.admin.company'),
      cell: (u) => companyName.get(u.companyId ?? '') ?? '—',
      sortValue: (u) => companyName.get(u.companyId ?? '') ?? '',
    },
  ];
  const operatorExport: ExportColumn<SessionUser>[] = [
    { key: 'email', header: 'email', value: (u) => u.email },
    { key: 'display_name', header: 'display_name', value: (u) => u.displayName ?? '' },
    { key: 'company_id', header: 'company_id', value: (u) => u.companyId ?? '' },
    { key: 'company', header: 'company', value: (u) => companyName.get(u.companyId ?? '') ?? '' },
  ];
  const loadError = [companies, users, pending].find((r) => r.status === 'error');

  return (
    <article className="page tailings-admin">
      <p>
        <Link to="/tailings">{t('tailings.back')}</Link>
      </p>
      <h1>{t('tailings.admin.title')}</h1>
      <p className="lead">{t('tailings.admin.intro')}</p>
      <p ref={status.ref} role="status" tabIndex={-1} className="result-count">
        {status.message}
      </p>
      {loadError?.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: loadError.error.detail ?? loadError.error.title })}
        </p>
      )}

      <section aria-labelledby="ta-disclosures">
        <h2 id="ta-disclosures">{t('tailings.admin.pending')}</h2>
        {pending.status === 'ok' && pending.data.items.length === 0 && <p>{t('tailings.admin.noPending')}</p>}
        {pending.status === 'ok' &&
          pending.data.items.map((d) => (
            <DisclosureReview
              key={d.id}
              disclosure={d}
              canDecide
              onDecided={(text) => {
                status.announce(text);
                refresh();
              }}
            />
          ))}
      </section>

      <section aria-labelledby="ta-companies">
        <h2 id="ta-companies">{t('tailings.admin.companies')}</h2>
        <p className="muted">{t('tailings.admin.companiesNote')}</p>
        <DataTable
          caption={t('tailings.admin.companies')}
          columns={companyColumns}
          rows={companyList}
          rowKey={(c) => c.id}
          empty={t('tailings.admin.noCompanies')}
        />
        <DownloadButton what="tailings-companies" columns={companyExport} rows={companyList} />
        <CompanyForm onCreated={refresh} />
      </section>

      <section aria-labelledby="ta-operators">
        <h2 id="ta-operators">{t('tailings.admin.operators')}</h2>
        <DataTable
          caption={t('tailings.admin.operators')}
          columns={operatorColumns}
          rows={operators}
          rowKey={(u) => u.id}
          empty={t('tailings.admin.noOperators')}
        />
        <DownloadButton what="tailings-operator-accounts" columns={operatorExport} rows={operators} />
        <OperatorAccountForm companies={companyList} onCreated={refresh} />
      </section>
    </article>
  );
}
