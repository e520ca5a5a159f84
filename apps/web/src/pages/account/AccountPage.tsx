import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { checkNewPassword, ErrorSummary, Field, NewPasswordFields, useFormState } from './forms.tsx';

/** One's own account: who one is, a password change, and signing out on every device. */
export function AccountPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('auth.account.title'));
  const { user, adopt } = useSession();
  const navigate = useNavigate();
  const [changed, setChanged] = useState<number | null>(null);
  const [leaving, setLeaving] = useState(false);
  const { errors, busy, summary, submit } = useFormState({ newPassword: 'password' });
  if (!user) return null;

  function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('password') ?? '');
    const local = {
      ...(currentPassword ? {} : { currentPassword: t('auth.error.passwordRequired') }),
      ...checkNewPassword(newPassword, String(form.get('passwordConfirm') ?? ''), t),
    };
    setChanged(null);
    void submit(local, async () => {
      const result = await api.request<{ sessionsEnded: number }>('/auth/password', {
        method: 'POST',
        body: { currentPassword, newPassword },
      });
      setChanged(result.sessionsEnded);
      formElement.reset();
    });
  }

  async function signOutEverywhere() {
    setLeaving(true);
    try {
      await api.request('/auth/sign-out-everywhere', { method: 'POST' });
    } finally {
      adopt({ user: null, csrfToken: null });
      navigate('/sign-in', { replace: true });
    }
  }

  return (
    <article className="page account-page">
      <h1>{t('auth.account.title')}</h1>
      <dl className="facts">
        <dt>{t('auth.email')}</dt>
        <dd data-testid="account-email">{user.email}</dd>
        <dt>{t('auth.account.role')}</dt>
        <dd>{t(`auth.role.${user.role}`)}</dd>
        {user.countryIso3 && (
          <>
            <dt>{t('auth.account.country')}</dt>
            <dd>{user.countryIso3}</dd>
          </>
        )}
      </dl>

      <section className="panel" aria-labelledby="change-password">
        <h2 id="change-password">{t('auth.account.changePassword')}</h2>
        <p>{t('auth.account.changeIntro')}</p>
        <ErrorSummary errors={errors} refObject={summary} />
        {changed !== null && (
          <p role="status" className="notice">
            {t('auth.account.changed', { count: changed })}
          </p>
        )}
        <form onSubmit={changePassword} noValidate className="form">
          <Field
            name="currentPassword"
            label={t('auth.account.currentPassword')}
            errors={errors}
            type="password"
            autoComplete="current-password"
            required
          />
          <NewPasswordFields errors={errors} />
          <button type="submit" className="primary" disabled={busy}>
            {t('auth.account.changePassword')}
          </button>
        </form>
      </section>

      <section className="panel" aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere">{t('auth.account.everywhere')}</h2>
        <p>{t('auth.account.everywhereIntro')}</p>
        <button type="button" disabled={leaving} onClick={signOutEverywhere}>
          {t('auth.account.everywhere')}
        </button>
      </section>
    </article>
  );
}
