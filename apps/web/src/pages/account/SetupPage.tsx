import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import {
  checkNewPassword,
  ErrorSummary,
  Field,
  NewPasswordFields,
  tokenFromHash,
  useFormState,
} from './forms.tsx';

/**
 * First-run set-up: with the one-time link the server printed (`/setup#token=…`), creates the first
 * secretariat account and signs it in. Without a link, or once set up, says what to do instead.
 */
export function SetupPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('auth.setup.title'));
  const { adopt } = useSession();
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation().hash);
  const state = useApi<{ needed: boolean }>('/setup');
  const { errors, busy, summary, submit } = useFormState();

  if (state.status === 'loading') return <PageLoading />;
  const needed = state.status === 'ok' && state.data.needed;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const displayName = String(form.get('displayName') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const local = {
      ...(email ? {} : { email: t('auth.error.emailRequired') }),
      ...checkNewPassword(password, String(form.get('passwordConfirm') ?? ''), t),
    };
    void submit(local, async () => {
      const session = await api.request<Session>('/setup', {
        method: 'POST',
        body: { token, email, password, displayName: displayName || null },
      });
      adopt(session);
      navigate('/admin/accounts?welcome=1', { replace: true });
    });
  }

  return (
    <article className="page sign-in">
      <h1>{t('auth.setup.title')}</h1>
      {!needed ? (
        <p>
          {t('auth.setup.done')} <Link to="/sign-in">{t('auth.signIn')}</Link>
        </p>
      ) : !token ? (
        <p>{t('auth.setup.noLink')}</p>
      ) : (
        <>
          <p>{t('auth.setup.intro')}</p>
          <ErrorSummary errors={errors} refObject={summary} />
          <form onSubmit={onSubmit} noValidate className="form">
            <Field
              name="email"
              label={t('auth.email')}
              errors={errors}
              type="email"
              autoComplete="username"
              required
            />
            <Field
              name="displayName"
              label={t('auth.account.displayName')}
              errors={errors}
              autoComplete="name"
              maxLength={200}
            />
            <NewPasswordFields errors={errors} />
            <button type="submit" className="primary" disabled={busy}>
              {t('auth.setup.submit')}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
