import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { checkNewPassword, ErrorSummary, NewPasswordFields, tokenFromHash, useFormState } from './forms.tsx';

/** Sets a new password with the one-time link the secretariat issued (`/reset-password#token=…`). */
export function ResetPasswordPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('auth.reset.title'));
  const token = tokenFromHash(useLocation().hash);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { errors, busy, summary, submit } = useFormState({ newPassword: 'password' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    void submit(checkNewPassword(password, String(form.get('passwordConfirm') ?? ''), t), async () => {
      const done = await api.request<{ email: string }>('/auth/reset', {
        method: 'POST',
        body: { token, newPassword: password },
      });
      setDoneFor(done.email);
    });
  }

  return (
    <article className="page sign-in">
      <h1>{t('auth.reset.title')}</h1>
      {doneFor ? (
        <p role="status">
          {t('auth.reset.done', { email: doneFor })} <Link to="/sign-in">{t('auth.signIn')}</Link>
        </p>
      ) : !token ? (
        <p>{t('auth.reset.noLink')}</p>
      ) : (
        <>
          <p>{t('auth.reset.intro')}</p>
          <ErrorSummary errors={errors} refObject={summary} />
          <form onSubmit={onSubmit} noValidate className="form">
            <NewPasswordFields errors={errors} />
            <button type="submit" className="primary" disabled={busy}>
              {t('auth.reset.submit')}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
