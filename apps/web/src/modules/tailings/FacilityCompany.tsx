import type { Company } from '@strata/server/api-types';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { matchCompanies } from './accounts.ts';
import { CompanyForm } from './CompanyForms.tsx';
import { type Outcome, OutcomeLine, problemText } from './FormParts.tsx';
import './tailings-admin.css';

/**
 * The facility page's section for the secretariat: which company operates the facility (its operator
 * accounts disclose for it), a searchable picker to link another one or none, and a form to register a
 * company that is not listed yet.
 */
export function FacilityCompany({
  facilityId,
  companyId: initialCompanyId,
  countryIso3,
}: {
  facilityId: string;
  companyId: string | null;
  countryIso3: string;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const uid = useId();
  const [reload, setReload] = useState(0);
  const companies = useApi<{ items: Company[] }>(`/companies?r=${reload}`);
  // The link changes nothing else on the page (no new version): kept here, the page need not reload.
  const [companyId, setCompanyId] = useState(initialCompanyId);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<Outcome | null>(null);
  const list = companies.status === 'ok' ? companies.data.items : [];
  const current = list.find((c) => c.id === companyId);
  const matches = matchCompanies(list, query);

  const link = async (id: string | null) => {
    try {
      await api.request(`/tailings/facilities/${facilityId}/company`, {
        method: 'PUT',
        body: { companyId: id },
      });
      const name = list.find((c) => c.id === id)?.name ?? '';
      setMessage({
        text: id ? t('tailings.company.linked', { name }) : t('tailings.company.unlinked'),
        error: false,
      });
      setChosen('');
      setCompanyId(id);
    } catch (error) {
      setMessage({ text: problemText(error), error: true });
    }
  };

  return (
    <section aria-labelledby={`${uid}-title`} className="company-picker">
      <h2 id={`${uid}-title`}>{t('tailings.company.title')}</h2>
      <p data-testid="facility-company">
        {companyId
          ? t('tailings.company.current', { name: current?.name ?? companyId })
          : t('tailings.company.none')}
      </p>
      <form
        className="form"
        aria-label={t('tailings.company.pick')}
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) void link(chosen);
        }}
      >
        <div className="field">
          <label htmlFor={`${uid}-search`}>{t('tailings.company.search')}</label>
          <input
            id={`${uid}-search`}
            type="search"
            value={query}
            aria-controls={`${uid}-list`}
            onChange={(e) => {
              setQuery(e.target.value);
              const first = matchCompanies(list, e.target.value)[0];
              setChosen(first?.id ?? '');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-list`}>{t('tailings.company.matches', { count: matches.length })}</label>
          <select
            id={`${uid}-list`}
            size={Math.min(6, Math.max(2, matches.length))}
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
          >
            {matches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.country_iso3 ? ` (${c.country_iso3})` : ''}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="primary" disabled={!chosen || chosen === companyId}>
            {t('tailings.company.link')}
          </button>{' '}
          {companyId && (
            <button type="button" onClick={() => void link(null)}>
              {t('tailings.company.unlink')}
            </button>
          )}
        </p>
      </form>
      <OutcomeLine
        outcome={
          companies.status === 'error'
            ? {
                text: t('common.loadError', { detail: companies.error.detail ?? companies.error.title }),
                error: true,
              }
            : message
        }
      />
      <details>
        <summary>{t('tailings.company.notListed')}</summary>
        <CompanyForm
          defaultCountry={countryIso3}
          onCreated={(company) => {
            setReload((n) => n + 1);
            setQuery(company.name);
            setChosen(company.id);
          }}
        />
      </details>
    </section>
  );
}
