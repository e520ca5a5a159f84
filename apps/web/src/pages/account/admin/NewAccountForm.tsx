import type { ResetLink } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { checkNewPassword, ErrorSummary, Field, NewPasswordFields, useFormState } from '../forms.tsx';
import { type Binding, BindingFields, bindingBody } from './BindingFields.tsx';
import { type AdminData, type AdminUser, unknowablePassword } from './data.ts';
import { OneTimeLink } from './OneTimeLink.tsx';

const EMPTY: Binding = { role: 'focal_point', countryIso3: '', organisationId: '', companyId: '' };

/**
 * Creates an account. By default the person gets a one-time link to set their own password (the
 * secretariat never knows it); the secretariat may set a password instead.
 */
export function NewAccountForm({ data, onCreated }: { data: AdminData; onCreated: () => Promise<void> }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [binding, setBinding] = useState<Binding>(EMPTY);
  const [withLink, setWithLink] = useState(true);
  const [created, setCreated] = useState<{ email: string; link: ResetLink | null } | null>(null);
  const { errors, busy, summary, submit } = useFormState();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '').trim();
    const displayName = String(form.get('displayName') ?? '').trim();
    const password = withLink ? unknowablePassword() : String(form.get('password') ?? '');
    const local = {
      ...(email ? {} : { email: t('auth.error.emailRequired') }),
      ...(withLink ? {} : checkNewPassword(password, String(form.get('passwordConfirm') ?? ''), t)),
    };
    setCreated(null);
    void submit(local, async () => {
      const user = await api.request<AdminUser>('/users', {
        method: 'POST',
        body: { email, password, displayName: displayName || null, ...bindingBody(binding) },
      });
      const link = withLink
        ? await api.request<ResetLink>(`/users/${user.id}/reset`, { method: 'POST' })
        : null;
      setCreated({ email: user.email, link });
      formElement.reset();
      setBinding(EMPTY);
      await onCreated();
    });
  }

  return (
    <section className="panel" aria-labelledby="new-account">
      <h2 id="new-account">{t('auth.admin.newAccount')}</h2>
      <ErrorSummary errors={errors} refObject={summary} />
      {created && (
        <div role="status" className="notice">
          <p>{t('auth.admin.created', { email: created.email })}</p>
          {created.link && <OneTimeLink reset={created.link} />}
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          name="email"
          label={t('auth.email')}
          errors={errors}
          type="email"
          required
          autoComplete="off"
        />
        <Field name="displayName" label={t('auth.account.displayName')} errors={errors} maxLength={200} />
        <BindingFields value={binding} onChange={setBinding} data={data} errors={errors} />
        <fieldset className="field">
          <legend>{t('auth.admin.passwordHow')}</legend>
          <label>
            <input type="radio" name="how" checked={withLink} onChange={() => setWithLink(true)} />{' '}
            {t('auth.admin.passwordLink')}
          </label>
          <label>
            <input type="radio" name="how" checked={!withLink} onChange={() => setWithLink(false)} />{' '}
            {t('auth.admin.passwordSet')}
          </label>
        </fieldset>
        {!withLink && <NewPasswordFields errors={errors} />}
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.admin.create')}
        </button>
      </form>
    </section>
  );
}
