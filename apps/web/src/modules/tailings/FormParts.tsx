import { type ReactNode, useId } from 'react';
import { ProblemError } from '../../api/client.ts';
import { useCountries } from '../../api/countries.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';

/** What a form or an action says after it ran: a status line, or an alert when it failed. */
export interface Outcome {
  text: string;
  error: boolean;
}

/** A failed request as one line: the problem's detail and the fields it names. */
export function problemText(error: unknown): string {
  if (!(error instanceof ProblemError)) return String(error);
  const fields = (error.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
  return [error.detail ?? error.title, fields].filter(Boolean).join(' — ');
}

/** The outcome line: `role="status"` when it went well, `role="alert"` when it failed; nothing before. */
export function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'error-summary' : undefined}>
      {outcome.text}
    </p>
  );
}

/** A form named by its heading, with one submit button and its outcome line below. */
export function TitledForm({
  title,
  submitLabel,
  outcome,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  outcome: Outcome | null;
  onSubmit(): void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      className="form"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      {children}
      <p>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </p>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

/** The countries as `<option>`s named in the UI language, after an optional first choice. */
export function CountryOptions({ first }: { first?: { value: string; label: string } }) {
  const { lang } = useLocale();
  const countries = useCountries();
  return (
    <>
      {first && <option value={first.value}>{first.label}</option>}
      {countries.status === 'ok' &&
        countries.data.list.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {c.name[lang]}
          </option>
        ))}
    </>
  );
}
