import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useCountries } from '../../../api/countries.ts';
import { ROLES, type Role } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable.tsx';
import { DownloadButton } from '../../../ui/DownloadButton.tsx';
import { PageLoading } from '../../../ui/PageLoading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { AdminNav } from './AdminNav.tsx';
import { type AdminUser, useAdminData } from './data.ts';
import { EditAccount } from './EditAccount.tsx';
import { NewAccountForm } from './NewAccountForm.tsx';

/** The secretariat's accounts screen: every account with its role and binding, filters, edits, new ones. */
export function AccountsPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('auth.admin.accounts'));
  const { data, error, reload } = useAdminData();
  const countries = useCountries();
  const { lang } = useLocale();
  const [params] = useSearchParams();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const id = useId();

  const boundTo = useMemo(() => {
    const organisations = new Map(data?.organisations.map((o) => [o.id, o.name]));
    const companies = new Map(data?.companies.map((c) => [c.id, c.name]));
    return (u: AdminUser): string => {
      if (u.countryIso3)
        return countries.status === 'ok'
          ? (countries.data.byIso3.get(u.countryIso3)?.name[lang] ?? u.countryIso3)
          : u.countryIso3;
      if (u.organisationId) return organisations.get(u.organisationId) ?? '';
      if (u.companyId) return companies.get(u.companyId) ?? '';
      return '';
    };
  }, [data, countries, lang]);

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (data?.users ?? []).filter(
      (u) =>
        (!role || u.role === role) &&
        (!q || `${u.email} ${u.displayName ?? ''} ${boundTo(u)}`.toLowerCase().includes(q)),
    );
  }, [data, query, role, boundTo]);

  if (error) return <p role="alert">{error}</p>;
  if (!data) return <PageLoading />;
  const status = (u: AdminUser) => t(u.disabled ? 'auth.admin.statusDisabled' : 'auth.admin.statusActive');
  const columns: DataTableColumn<AdminUser>[] = [
    { key: 'email', header: t('auth.email'), cell: (u) => u.email, sortValue: (u) => u.email },
    { key: 'name', header: t('auth.account.displayName'), cell: (u) => u.displayName ?? '' },
    {
      key: 'role',
      header: t('auth.account.role'),
      cell: (u) => t(`auth.role.${u.role}`),
      sortValue: (u) => t(`auth.role.${u.role}`),
    },
    { key: 'bound', header: t('auth.admin.boundTo'), cell: boundTo, sortValue: boundTo },
    { key: 'status', header: t('auth.admin.status'), cell: status, sortValue: status },
    {
      key: 'edit',
      header: t('auth.admin.actions'),
      cell: (u) => (
        <button
          type="button"
          onClick={() => setEditing(u.id)}
          aria-label={t('auth.admin.renameNamed', { name: u.email })}
        >
          {t('auth.admin.edit')}
        </button>
      ),
    },
  ];
  const selected = data.users.find((u) => u.id === editing);

  return (
    <article className="page admin-page">
      <h1>{t('auth.admin.accounts')}</h1>
      <AdminNav />
      {params.get('welcome') && (
        <p role="status" className="notice">
          {t('auth.admin.welcome')}
        </p>
      )}
      {selected && (
        <EditAccount
          key={selected.id}
          user={selected}
          data={data}
          onChanged={reload}
          onClose={() => setEditing(null)}
        />
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('auth.admin.search')}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('auth.account.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('auth.admin.allRoles')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <DataTable
        id="accounts"
        caption={t('auth.admin.caption', { shown: rows.length, total: data.users.length })}
        columns={columns}
        rows={rows}
        rowKey={(u) => u.id}
        pageSize={50}
      />
      <DownloadButton
        what="accounts"
        rows={rows}
        columns={[
          { key: 'email', header: 'email', value: (u) => u.email },
          { key: 'display_name', header: 'display_name', value: (u) => u.displayName ?? '' },
          { key: 'role', header: 'role', value: (u) => u.role },
          { key: 'country_iso3', header: 'country_iso3', value: (u) => u.countryIso3 ?? '' },
          { key: 'bound_to', header: 'bound_to', value: boundTo },
          { key: 'disabled', header: 'disabled', value: (u) => u.disabled },
          { key: 'created_at', header: 'created_at', value: (u) => String(u.createdAt) },
        ]}
      />
      <NewAccountForm data={data} onCreated={reload} />
    </article>
  );
}
