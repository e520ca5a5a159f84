import type { Company, SessionUser } from '@strata/server/api-types';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';
import { useCountries } from '../../api/countries.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { generatePassword } from './accounts.ts';
import './tailings-admin.css';

/** The server refuses shorter passwords (the platform's account rules). */
const MIN_PASSWORD_LENGTH = 12;
/** A failed request as one line for a status message. */
export function problemText(error: unknown): string {
  if (!(error instanceof ProblemError)) return String(error);
  const fields = (error.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
  return [error.detail ?? error.title, fields].filter(Boolean).join(' — ');
}

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
  const { lang } = useLocale();
  const countries = useCountries();
  const uid = useId();
  const [name, setName] = useState('');
  const [country, setCountry] = useState(defaultCountry);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async () => {
    try {
      const company = await api.request<Company>('/companies', {
        method: 'POST',
        body: { name: name.trim(), countryIso3: country || null },
      });
      setName('');
      setMessage({ text: t('tailings.admin.companyCreated', { name: company.name }), error: false });
      onCreated(company);
    } catch (error) {
      setMessage({ text: problemText(error), error: true });
    }
  };
  return (
    <form
      className="form"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${uid}-title`}>{t('tailings.admin.newCompany')}</h3>
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
          <option value="">{t('tailings.admin.noCountry')}</option>
          {countries.status === 'ok' &&
            countries.data.list.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name[lang]}
              </option>
            ))}
        </select>
      </div>
      <p>
        <button type="submit" className="primary">
          {t('tailings.admin.createCompany')}
        </button>
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-summary' : undefined}>
          {message.text}
        </p>
      )}
    </form>
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
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async () => {
    setError(null);
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
      setError(problemText(e));
    }
  };
  return (
    <>
      <form
        className="form"
        aria-labelledby={`${uid}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h3 id={`${uid}-title`}>{t('tailings.admin.newOperator')}</h3>
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
        <p>
          <button type="submit" className="primary">
            {t('tailings.admin.createOperator')}
          </button>
        </p>
        {error && (
          <p role="alert" className="error-summary">
            {error}
          </p>
        )}
      </form>
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
