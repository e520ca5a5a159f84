import type { ResetLink } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../auth/SessionProvider.tsx';
import { ErrorSummary, Field, useFormState } from '../forms.tsx';
import { type Binding, BindingFields, bindingBody } from './BindingFields.tsx';
import type { AdminData, AdminUser } from './data.ts';
import { OneTimeLink } from './OneTimeLink.tsx';

/**
 * One account, for the secretariat: role and binding, display name, a password-reset link, ending its
 * sessions, disabling or enabling it. Each action says what it did.
 */
export function EditAccount({
  user,
  data,
  onChanged,
  onClose,
}: {
  user: AdminUser;
  data: AdminData;
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user: me } = useSession();
  const [binding, setBinding] = useState<Binding>({
    role: user.role,
    countryIso3: user.countryIso3 ?? '',
    organisationId: user.organisationId ?? '',
    companyId: user.companyId ?? '',
  });
  const [message, setMessage] = useState<string | null>(null);
  const [reset, setReset] = useState<ResetLink | null>(null);
  const { errors, busy, summary, submit } = useFormState();

  /** Runs one action; its result message replaces the last one. */
  function act(run: () => Promise<string>) {
    setMessage(null);
    void submit({}, async () => {
      setMessage(await run());
      await onChanged();
    });
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const displayName = String(new FormData(event.currentTarget).get('displayName') ?? '').trim();
    act(async () => {
      await api.request(`/users/${user.id}`, {
        method: 'PATCH',
        body: { ...bindingBody(binding), displayName: displayName || null },
      });
      return t('auth.admin.saved');
    });
  }

  const headingId = `edit-${user.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('auth.admin.editTitle', { email: user.email })}</h2>
      <ErrorSummary errors={errors} refObject={summary} />
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {reset && <OneTimeLink reset={reset} />}
      <form onSubmit={save} noValidate className="form">
        <Field
          name="displayName"
          label={t('auth.account.displayName')}
          errors={errors}
          defaultValue={user.displayName ?? ''}
          maxLength={200}
        />
        <BindingFields value={binding} onChange={setBinding} data={data} errors={errors} />
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.admin.save')}
        </button>
      </form>
      <div className="actions">
        <button
          type="button"
          disabled={busy || user.disabled}
          onClick={() =>
            act(async () => {
              setReset(await api.request<ResetLink>(`/users/${user.id}/reset`, { method: 'POST' }));
              return t('auth.admin.resetIssued');
            })
          }
        >
          {t('auth.admin.reset')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(async () => {
              const r = await api.request<{ sessionsEnded: number }>(`/users/${user.id}/sign-out`, {
                method: 'POST',
              });
              return t('auth.admin.signedOut', { count: r.sessionsEnded });
            })
          }
        >
          {t('auth.admin.signOut')}
        </button>
        <button
          type="button"
          disabled={busy || me?.id === user.id}
          onClick={() =>
            act(async () => {
              await api.request(`/users/${user.id}`, { method: 'PATCH', body: { disabled: !user.disabled } });
              return t(user.disabled ? 'auth.admin.enabledDone' : 'auth.admin.disabledDone');
            })
          }
        >
          {t(user.disabled ? 'auth.admin.enable' : 'auth.admin.disable')}
        </button>
        <button type="button" onClick={onClose}>
          {t('auth.admin.close')}
        </button>
      </div>
    </section>
  );
}
