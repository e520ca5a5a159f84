import { type InputHTMLAttributes, type RefObject, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemError } from '../../api/client.ts';

/** Errors of an account form: a summary announced at the top, and one message per field. */
export interface FormErrors {
  summary: string | null;
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: null, fields: {} };

/** The minimum length the server asks of a password (NIST SP 800-63B allows 8; Strata asks 12). */
export const MIN_PASSWORD = 12;

/**
 * Client-side checks of a new password and its confirmation; the server checks again.
 * Returns the translated message per field ({} when fine).
 */
export function checkNewPassword(
  password: string,
  confirm: string,
  t: (id: string, values?: Record<string, number>) => string,
  field = 'password',
): Record<string, string> {
  if (password.length < MIN_PASSWORD) return { [field]: t('auth.account.tooShort', { min: MIN_PASSWORD }) };
  if (password !== confirm) return { [`${field}Confirm`]: t('auth.account.mismatch') };
  return {};
}

/**
 * Turns a failed request into form errors: the server's field issues under their field (the `json.` prefix
 * of validation paths removed), its detail as the summary.
 */
export function problemErrors(error: unknown, fallback: string): FormErrors {
  if (!(error instanceof ProblemError)) return { summary: fallback, fields: {} };
  const fields: Record<string, string> = {};
  for (const issue of error.errors ?? []) fields[issue.path.replace(/^json\./, '')] = issue.message;
  return { summary: error.detail ?? error.title ?? fallback, fields };
}

/** The summary region of a form: focusable, announced (role=alert) when it has a message. */
export function ErrorSummary({
  errors,
  refObject,
}: {
  errors: FormErrors;
  refObject: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div ref={refObject} tabIndex={-1} role="alert" className={errors.summary ? 'error-summary' : undefined}>
      {errors.summary}
    </div>
  );
}

/** A labelled input with its error tied to it (aria-invalid, aria-describedby). */
export function Field({
  name,
  label,
  errors,
  hint,
  ...input
}: {
  name: string;
  label: string;
  errors: FormErrors;
  hint?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const error = errors.fields[name];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A new password and its confirmation, with the length rule stated. */
export function NewPasswordFields({ errors, name = 'password' }: { errors: FormErrors; name?: string }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  return (
    <>
      <Field
        name={name}
        label={t('auth.account.newPassword')}
        hint={t('auth.account.passwordHint', { min: MIN_PASSWORD })}
        errors={errors}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
      />
      <Field
        name={`${name}Confirm`}
        label={t('auth.account.confirmPassword')}
        errors={errors}
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}

/** The token of a one-time link: it travels in the URL fragment (`#token=…`), never to the server's logs. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}

/**
 * The life of an account form: local checks first (summary focused), then the request with the form
 * busy, and the server's problem shown on the fields it names (`rename` maps a server field to the
 * form's, e.g. `newPassword` → `password`).
 */
export function useFormState(rename: Record<string, string> = {}) {
  const intl = useIntl();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  /** Shows `local` errors, or runs `send`; resolves true when `send` succeeded. */
  async function submit(local: Record<string, string>, send: () => Promise<void>): Promise<boolean> {
    if (Object.keys(local).length > 0) {
      setErrors({ summary: intl.formatMessage({ id: 'auth.error.fix' }), fields: local });
      focusSummary();
      return false;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await send();
      return true;
    } catch (error) {
      const problem = problemErrors(error, intl.formatMessage({ id: 'auth.error.unknown' }));
      const fields = Object.fromEntries(
        Object.entries(problem.fields).map(([field, message]) => [rename[field] ?? field, message]),
      );
      setErrors({ summary: problem.summary, fields });
      focusSummary();
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, summary, submit };
}
