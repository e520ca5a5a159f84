import './exchange.css';
import { Fragment, type ReactNode, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { api, ProblemError } from '../../api/client.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages.ts';

/** The exchange API, relative to the API client's base (`/api`). */
export const API = '/exchange';
/** The same API as a link target (CSV downloads), absolute. */
export const DOWNLOADS = '/api/exchange';

export {
  DELIVERY_MODES,
  ITEM_KINDS,
  NOTIFICATION_TOPICS,
  REGIONS,
  STAGES,
  SUPPORT_KINDS,
  THEMES,
  URGENCIES,
} from '@strata/exchange/browser';

/** `t('nav.spaces')` → the message `exchange.nav.spaces`. */
export function useT() {
  const intl = useIntl();
  return (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `exchange.${id}` }, values);
}

/** The module's navigation between its screens. */
export function ExchangeNav() {
  const t = useT();
  const { user } = useSession();
  const links: [string, string][] = [
    ['/exchange', 'nav.spaces'],
    ['/exchange/library', 'nav.library'],
    ['/exchange/board', 'nav.board'],
    ['/exchange/overview', 'nav.overview'],
    ['/exchange/search', 'nav.search'],
    ...(user ? ([['/exchange/notifications', 'nav.notifications']] as [string, string][]) : []),
  ];
  return (
    <nav aria-label={t('nav.label')} className="exchange-nav">
      <ul>
        {links.map(([to, id]) => (
          <li key={to}>
            <NavLink end={to === '/exchange'} to={to}>
              {t(id)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A screen of the module: its heading, the module navigation, then the content. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="page exchange-page">
      <h1>{title}</h1>
      <ExchangeNav />
      {children}
    </article>
  );
}

export function LoadError({ detail }: { detail: string }) {
  const t = useT();
  return <p role="alert">{t('loadError', { detail })}</p>;
}

/** A visible label on fictional demonstration data. */
export function DemoBadge({ demo }: { demo: boolean }) {
  const t = useT();
  return demo ? <span className="badge badge-demo">{t('demo')}</span> : null;
}

/** The message of a failed write: the problem's detail and its field errors. */
export function problemText(error: unknown): string {
  if (!(error instanceof ProblemError)) return String(error);
  const fields = (error.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
  return [error.detail ?? error.title, fields].filter(Boolean).join(' — ');
}

/**
 * A write through the API client with busy and message state, for the module's forms.
 * @example const w = useWrite(); w.run(() => api.request(...), t('thread.saved'))
 */
export function useWrite() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>, doneMessage: string): Promise<T | null> {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await action();
      setDone(doneMessage);
      return result;
    } catch (e) {
      setError(problemText(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  const status = (
    <>
      {error && (
        <p role="alert" className="error-summary">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
    </>
  );
  return { busy, run, status };
}

export const post = <T,>(path: string, body: unknown) =>
  api.request<T>(`${API}${path}`, { method: 'POST', body });

/** A select over a closed list, its options translated under `prefix`, with an "any" choice when optional. */
export function ChoiceField({
  label,
  name,
  options,
  prefix,
  value,
  onChange,
  any,
  required,
  optionLabel,
  defaultValue,
}: {
  label: string;
  name?: string;
  options: readonly string[];
  prefix: string;
  /** Names the options when they are not vocabulary words under `prefix`. */
  optionLabel?: (option: string) => string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  any?: boolean;
  required?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        required={required}
        value={value}
        defaultValue={defaultValue}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      >
        {any && <option value="">{t('filter.any')}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel ? optionLabel(o) : t(`${prefix}.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A language's own name (the options of language selects). */
export const languageName = (code: string) => LANGUAGE_NAMES[code as Language] ?? code;

/** The language a text is written in (the search and the duplicate check use it). */
export function LanguageField() {
  const t = useT();
  const { lang } = useLocale();
  return (
    <ChoiceField
      label={t('form.language')}
      name="language"
      options={LANGUAGES}
      prefix=""
      optionLabel={languageName}
      defaultValue={lang}
    />
  );
}

/** A set of checkboxes over a closed list (an offer's themes, kinds, stages, regions). */
export function ChoiceSet({
  legend,
  name,
  options,
  prefix,
}: {
  legend: string;
  name: string;
  options: readonly string[];
  prefix: string;
}) {
  const t = useT();
  return (
    <fieldset className="choice-set">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="checkbox" name={name} value={o} /> {t(`${prefix}.${o}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A search snippet with the server's `<mark>` highlights as elements; everything else stays text (the
 * snippet holds user text, so it is never parsed as HTML).
 */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(<mark>.*?<\/mark>)/g);
  return (
    <>
      {parts.map((part, i) => {
        const marked = /^<mark>(.*)<\/mark>$/.exec(part);
        // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their position
        return marked ? <mark key={i}>{marked[1]}</mark> : <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}

/** A percentage of a 0–1 score. */
export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}
