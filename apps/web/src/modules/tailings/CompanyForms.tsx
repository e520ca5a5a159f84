import type { Company, SessionUser } from '@strata/server/api-types';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../api/client.ts';
import { generatePassword } from './accounts.ts';
import { CountryOptions, type Outcome, problemText, TitledForm } from './FormParts.tsx';
import './tailings-admin.css';

/** The server refuses shorter passwords (the platform's account rules). */
const MIN_PASSWORD_LENGTH = 12;

/** Registers a company (secretariat): its name and, optionally, its country. */
export function CompanyForm({
  defaultCountry = '',
  onCreated,
}: {
  defaultCountry?: string;
  onCreated(company: Company): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const uid = useId();
  const [name, setName] = useState('');
  const [country, setCountry] = useState(defaultCountry);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const submit = async () => {
    try {
      const company = await api.request<Company>('/companies', {
        method: 'POST',
        body: { name: name.trim(), countryIso3: country || null },
      });
      setName('');
      setOutcome({ text: t('tailings.admin.companyCreated', { name: company.name }), error: false });
      onCreated(company);
    } catch (error) {
      setOutcome({ text: problemText(error), error: true });
    }
  };
  return (
    <TitledForm
      title={t('tailings.admin.newCompany')}
      submitLabel={t('tailings.admin.createCompany')}
      outcome={outcome}
      onSubmit={() => void submit()}
    >
      <div className="field">
        <label htmlFor={`${uid}-name`}>{t('tailings.admin.companyName')}</label>
        <input
          id={`${uid}-name`}
          required
          maxLength={300}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-country`}>{t('tailings.admin.companyCountry')}</label>
        <select id={`${uid}-country`} value={country} onChange={(e) => setCountry(e.target.value)}>
          <CountryOptions first={{ value: '', label: t('tailings.admin.noCountry') }} />
        </select>
      </div>
    </TitledForm>
  );
}

/**
 * Creates an operator account for a company (secretariat). The password is typed or generated; once the
 * account exists it is shown one time, to hand to the operator, and never again.
 */
export function OperatorAccountForm({
  companies,
  onCreated,
}: {
  companies: readonly Company[];
  onCreated(user: SessionUser): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const uid = useId();
  const empty = { companyId: '', email: '', displayName: '', password: '' };
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<{ email: string; company: string; password: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async () => {
    setOutcome(null);
    setCreated(null);
    try {
      const user = await api.request<SessionUser>('/users', {
        method: 'POST',
        body: {
          email: form.email.trim(),
          password: form.password,
          role: 'operator',
          companyId: form.companyId,
          displayName: form.displayName.trim() || null,
        },
      });
      const company = companies.find((c) => c.id === form.companyId)?.name ?? '';
      setCreated({ email: user.email, company, password: form.password });
      setForm(empty);
      onCreated(user);
    } catch (e) {
      setOutcome({ text: problemText(e), error: true });
    }
  };
  return (
    <>
      <TitledForm
        title={t('tailings.admin.newOperator')}
        submitLabel={t('tailings.admin.createOperator')}
        outcome={outcome}
        onSubmit={() => void submit()}
      >
        <div className="field">
          <label htmlFor={`${uid}-company`}>{t('tailings.admin.company')}</label>
          <select id={`${uid}-company`} required value={form.companyId} onChange={set('companyId')}>
            <option value="">{t('tailings.admin.chooseCompany')}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-email`}>{t('tailings.admin.email')}</label>
          <input
            id={`${uid}-email`}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={set('email')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-name`}>{t('tailings.admin.displayName')}</label>
          <input id={`${uid}-name`} maxLength={200} value={form.displayName} onChange={set('displayName')} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-password`}>{t('tailings.admin.password')}</label>
          <div className="inline-fields">
            <input
              id={`${uid}-password`}
              type="text"
              required
              minLength={MIN_PASSWORD_LENGTH}
              maxLength={1024}
              autoComplete="new-password"
              spellCheck={false}
              aria-describedby={`${uid}-password-hint`}
              value={form.password}
              onChange={set('password')}
            />
            <button type="button" onClick={() => setForm((f) => ({ ...f, password: generatePassword() }))}>
              {t('tailings.admin.generate')}
            </button>
          </div>
          <p id={`${uid}-password-hint`} className="muted">
            {t('tailings.admin.passwordHint')}
          </p>
        </div>
      </TitledForm>
      <div role="status">
        {created && (
          <div className="password-once">
            <p>{t('tailings.admin.operatorCreated', { email: created.email, company: created.company })}</p>
            <p>
              {t('tailings.admin.passwordOnce')} <code data-testid="new-password">{created.password}</code>
            </p>
            <p>
              <button type="button" onClick={() => setCreated(null)}>
                {t('tailings.admin.hidePassword')}
              </button>
            </p>
          </div>
        )}
      </div>
    </>
  );
}
