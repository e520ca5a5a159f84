import { type FormEvent, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/SessionProvider.tsx';
import { describeSignInError } from '../auth/sign-in-errors.ts';
import { usePageTitle } from '../ui/usePageTitle.ts';

interface FormErrors {
  summary: string | null;
  email?: string;
  password?: string;
}

/** Only same-site paths are followed after sign-in (no open redirect through `?next=`). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Email and password sign-in; errors are announced and tied to their fields. */
export function SignInPage() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  usePageTitle(t('auth.signIn'));
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FormErrors>({ summary: null });
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const id = useId();

  if (user && !busy) return <Navigate to={safeNext(params.get('next'))} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const local: FormErrors = { summary: null };
    if (!email) local.email = t('auth.error.emailRequired');
    if (!password) local.password = t('auth.error.passwordRequired');
    if (local.email || local.password) {
      setErrors({ ...local, summary: t('auth.error.fix') });
      summaryRef.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({ summary: null });
    try {
      await signIn(email, password);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      const view = describeSignInError(error);
      setErrors({ summary: t(view.summaryId), ...view.fields });
      setBusy(false);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  return (
    <article className="page sign-in">
      <h1>{t('auth.signIn')}</h1>
      <p>{t('auth.intro')}</p>
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className={errors.summary ? 'error-summary' : undefined}
      >
        {errors.summary}
      </div>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            required
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? `${id}-email-error` : undefined}
          />
          {errors.email && (
            <p id={`${id}-email-error`} className="field-error">
              {errors.email}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? `${id}-password-error` : undefined}
          />
          {errors.password && (
            <p id={`${id}-password-error`} className="field-error">
              {errors.password}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </article>
  );
}
