import { type FormEvent, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { useCountries } from '../../../api/countries.ts';
import { useLocale } from '../../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable.tsx';
import { DownloadButton } from '../../../ui/DownloadButton.tsx';
import { PageLoading } from '../../../ui/PageLoading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { ErrorSummary, Field, useFormState } from '../forms.tsx';
import { AdminNav } from './AdminNav.tsx';
import { useAdminData } from './data.ts';

type Kind = 'organisations' | 'companies';
interface Row {
  id: string;
  name: string;
  /** An organisation's kind, or a company's country (ISO alpha-3). */
  extra: string | null;
  accounts: number;
}

/**
 * Observer organisations or operating companies: the list with how many accounts each has, a form that
 * creates one, and renaming (or a company's country) in place.
 */
export function RegistryPage({ kind }: { kind: Kind }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t(`auth.admin.${kind}`));
  const { data, error, reload } = useAdminData();
  const countries = useCountries();
  const { lang } = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<Row | null>(null);
  const { errors, summary, submit } = useFormState();
  const id = useId();
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <PageLoading />;

  const countryName = (iso3: string | null) =>
    !iso3 ? '' : countries.status === 'ok' ? (countries.data.byIso3.get(iso3)?.name[lang] ?? iso3) : iso3;
  const rows: Row[] =
    kind === 'organisations'
      ? data.organisations.map((o) => ({
          id: o.id,
          name: o.name,
          extra: o.kind,
          accounts: data.users.filter((u) => u.organisationId === o.id).length,
        }))
      : data.companies.map((c) => ({
          id: c.id,
          name: c.name,
          extra: c.country_iso3,
          accounts: data.users.filter((u) => u.companyId === c.id).length,
        }));
  const extraHeader = t(kind === 'organisations' ? 'auth.admin.kind' : 'auth.account.country');
  const extraOf = (r: Row) => (kind === 'companies' ? countryName(r.extra) : (r.extra ?? ''));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    const extra = String(form.get('extra') ?? '').trim();
    const body =
      kind === 'organisations'
        ? { name, ...(extra ? { kind: extra } : {}) }
        : { name, countryIso3: extra || null };
    setMessage(null);
    void submit(name ? {} : { name: t('auth.admin.nameRequired') }, async () => {
      if (editing) await api.request(`/${kind}/${editing.id}`, { method: 'PATCH', body });
      else await api.request(`/${kind}`, { method: 'POST', body });
      setMessage(t(editing ? 'auth.admin.saved' : 'auth.admin.createdNamed', { name }));
      setEditing(null);
      formElement.reset();
      await reload();
    });
  }

  const columns: DataTableColumn<Row>[] = [
    { key: 'name', header: t('auth.admin.name'), cell: (r) => r.name, sortValue: (r) => r.name },
    { key: 'extra', header: extraHeader, cell: extraOf, sortValue: extraOf },
    {
      key: 'accounts',
      header: t('auth.admin.accounts'),
      cell: (r) => r.accounts,
      sortValue: (r) => r.accounts,
      numeric: true,
    },
    {
      key: 'edit',
      header: t('auth.admin.actions'),
      cell: (r) => (
        <button
          type="button"
          onClick={() => setEditing(r)}
          aria-label={t('auth.admin.renameNamed', { name: r.name })}
        >
          {t('auth.admin.edit')}
        </button>
      ),
    },
  ];
  const sortedCountries =
    countries.status === 'ok'
      ? [...countries.data.list].sort((a, b) =>
          (a.name[lang] ?? '').localeCompare(b.name[lang] ?? '', intl.locale),
        )
      : [];

  return (
    <article className="page admin-page">
      <h1>{t(`auth.admin.${kind}`)}</h1>
      <AdminNav />
      <p>{t(`auth.admin.intro.${kind}`)}</p>
      <DataTable
        id={kind}
        caption={t(`auth.admin.${kind}`)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
      />
      <DownloadButton
        what={kind}
        rows={rows}
        columns={[
          { key: 'name', header: 'name', value: (r) => r.name },
          { key: 'extra', header: kind === 'organisations' ? 'kind' : 'country_iso3', value: (r) => r.extra },
          { key: 'accounts', header: 'accounts', value: (r) => r.accounts },
        ]}
      />
      <section className="panel" aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`}>
          {editing ? t('auth.admin.renameNamed', { name: editing.name }) : t(`auth.admin.new.${kind}`)}
        </h2>
        <ErrorSummary errors={errors} refObject={summary} />
        {message && (
          <p role="status" className="notice">
            {message}
          </p>
        )}
        <form key={editing?.id ?? 'new'} onSubmit={onSubmit} noValidate className="form">
          <Field
            name="name"
            label={t('auth.admin.name')}
            errors={errors}
            required
            maxLength={300}
            defaultValue={editing?.name}
          />
          {kind === 'organisations' ? (
            <Field
              name="extra"
              label={extraHeader}
              errors={errors}
              maxLength={50}
              defaultValue={editing?.extra ?? 'observer'}
            />
          ) : (
            <div className="field">
              <label htmlFor={`${id}-country`}>{extraHeader}</label>
              <select id={`${id}-country`} name="extra" defaultValue={editing?.extra ?? ''}>
                <option value="">{t('auth.admin.noCountry')}</option>
                {sortedCountries.map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name[lang] ?? c.iso3}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="primary">
            {editing ? t('auth.admin.save') : t('auth.admin.create')}
          </button>
          {editing && (
            <button type="button" onClick={() => setEditing(null)}>
              {t('auth.admin.close')}
            </button>
          )}
        </form>
      </section>
    </article>
  );
}
