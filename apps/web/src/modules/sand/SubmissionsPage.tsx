import { SUBMISSION_HEADERS, type SubmissionColumn } from '@strata/sand/browser';
import type { SandSubmission, SandSubmissionOutcome } from '@strata/server/api-types';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useCountries, useCountryName } from '../../api/countries.ts';
import { postForm } from '../../api/forms.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { problemText } from '../process/admin/actions.ts';
import { SandNav, useT } from './shared.tsx';

const API = '/sand/submissions';

/**
 * National statistics submitted by States: the template in six languages; a focal point uploads their
 * country's figures (every bad line comes back with its reason, nothing is kept) and follows each
 * version; the secretariat approves a version, whose figures become the country's official ones, or
 * rejects it with a reason.
 */
export function SubmissionsPage() {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('sand.submissions.title'));
  const mayList = user?.role === 'secretariat' || (user?.role === 'focal_point' && !!user.countryIso3);
  const [items, setItems] = useState<SandSubmission[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    if (!mayList) return;
    api
      .request<{ items: SandSubmission[] }>(API)
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(problemText(e)));
  }, [mayList]);
  useEffect(load, [load]);

  return (
    <article className="page sand-submissions">
      <SandNav />
      <h1>{t('sand.submissions.title')}</h1>
      <p>{t('sand.submissions.intro')}</p>
      <section aria-labelledby="sand-template">
        <h2 id="sand-template">{t('sand.submissions.template')}</h2>
        <p>{t('sand.submissions.templateNote')}</p>
        <ul className="inline-list">
          {LANGUAGES.map((l) => (
            <li key={l}>
              <a href={`/api${API}/template.csv?lang=${l}`} download lang={l} hrefLang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {!mayList ? (
        <p className="notice">
          {t('sand.submissions.signIn')} <Link to="/sign-in">{t('sand.submissions.signInLink')}</Link>
        </p>
      ) : (
        <>
          <UploadForm onSaved={load} />
          <ErrorNotice message={error} />
          {items && <Versions items={items} onDecided={load} />}
        </>
      )}
    </article>
  );
}

function UploadForm({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const intl = useIntl();
  const { lang } = useLocale();
  const { user } = useSession();
  const countries = useCountries();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SandSubmissionOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fixedCountry = user?.role === 'focal_point' ? user.countryIso3 : null;
  /**
   * A rejected line's faults in the reader's language: a column named by its header in that language, the
   * file's own values isolated (they may be in another script).
   */
  const faultsText = (r: SandSubmissionOutcome['rejected'][number]) =>
    r.faults.map((f, i) => {
      const params: Record<string, ReactNode> = {};
      for (const [k, v] of Object.entries(f.params ?? {})) {
        const text =
          f.code === 'missingColumn' && k === 'column'
            ? (SUBMISSION_HEADERS[lang][String(v) as SubmissionColumn] ?? String(v))
            : String(v);
        params[k] = <bdi key={k}>{text}</bdi>;
      }
      return (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's faults keep their order
        <span key={i} className="fault">
          {i > 0 && (lang === 'zh' ? '；' : lang === 'ar' ? '؛ ' : '; ')}
          {intl.formatMessage({ id: `sand.submissions.fault.${f.code}` }, params)}
        </span>
      );
    });
  const countryName = useCountryName();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget; // React clears currentTarget once the handler awaits
    const form = new FormData(element);
    if (fixedCountry) form.set('iso3', fixedCountry);
    if (!String(form.get('url') ?? '').trim()) form.delete('url');
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await postForm<SandSubmissionOutcome>(API, form);
      setOutcome(result);
      if (result.saved) {
        element.reset();
        onSaved();
      }
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, required = true, type = 'text') => (
    <p>
      <label htmlFor={`${id}-${name}`}>{t(`sand.submissions.field.${name}`)}</label>
      <input id={`${id}-${name}`} name={name} type={type} required={required} maxLength={1000} />
    </p>
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('sand.submissions.upload')}</h2>
      <form onSubmit={submit} aria-busy={busy}>
        {fixedCountry ? (
          <p>
            {t('sand.field.country')}: <bdi>{countryName(fixedCountry)}</bdi>
          </p>
        ) : (
          <p>
            <label htmlFor={`${id}-iso3`}>{t('sand.field.country')}</label>
            <select id={`${id}-iso3`} name="iso3" required defaultValue="">
              <option value="" disabled />
              {countries.status === 'ok' &&
                [...countries.data.list]
                  .sort((a, b) => (a.name[lang] ?? a.iso3).localeCompare(b.name[lang] ?? b.iso3, lang))
                  .map((c) => (
                    <option key={c.iso3} value={c.iso3}>
                      {c.name[lang] ?? c.iso3}
                    </option>
                  ))}
            </select>
          </p>
        )}
        {field('title')}
        {field('publisher')}
        {field('url', false, 'url')}
        {field('licence')}
        {field('method')}
        <p>
          <label htmlFor={`${id}-file`}>{t('sand.submissions.field.file')}</label>
          <input id={`${id}-file`} name="file" type="file" accept=".csv,text/csv" required />
        </p>
        <button type="submit" disabled={busy}>
          {t('sand.submissions.send')}
        </button>
      </form>
      <ErrorNotice message={error} />
      {outcome && !outcome.saved && (
        <div role="alert" className="notice notice-warning" data-testid="submission-rejected">
          <p>{t('sand.submissions.rejected', { lines: outcome.rejected.length })}</p>
          <ul>
            {outcome.rejected.map((r) => (
              <li key={`${r.line}:${r.message}`}>
                {t('sand.submissions.line', { line: r.line })} {faultsText(r)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.saved && outcome.submission && (
        <p role="status" className="notice">
          {t('sand.submissions.saved', {
            version: outcome.submission.version,
            figures: outcome.submission.figures.length,
          })}
        </p>
      )}
    </section>
  );
}

function Versions({ items, onDecided }: { items: SandSubmission[]; onDecided: () => void }) {
  const t = useT();
  const intl = useIntl();
  const { user } = useSession();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const secretariat = user?.role === 'secretariat';
  const decide = async (s: SandSubmission, verb: 'approve' | 'reject', note: string) => {
    setError(null);
    try {
      await api.request(`${API}/${s.id}/${verb}`, {
        method: 'POST',
        body: note ? { note } : {},
      });
      onDecided();
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('sand.submissions.versions')}</h2>
      <ErrorNotice message={error} />
      {items.length === 0 ? (
        <p>{t('sand.submissions.none')}</p>
      ) : (
        <ul className="sand-submission-list">
          {items.map((s) => (
            <li key={s.id} data-testid="submission">
              <h3>
                <bdi>{s.iso3}</bdi> · {t('sand.submissions.version', { version: s.version })} ·{' '}
                <span className={`status status-${s.status}`}>
                  {t(`sand.submissions.status.${s.status}`)}
                </span>
              </h3>
              <p>
                {t('sand.submissions.submittedOn', {
                  date: intl.formatDate(s.submittedAt, { dateStyle: 'medium' }),
                })}{' '}
                · <bdi>{s.title}</bdi> · <bdi>{s.publisher}</bdi>
              </p>
              {s.decisionNote && (
                <p>
                  {t('sand.submissions.decisionNote')} <bdi>{s.decisionNote}</bdi>
                </p>
              )}
              <table>
                <caption>{t('sand.submissions.figures', { figures: s.figures.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sand.field.year')}</th>
                    <th scope="col">{t('sand.submissions.asSubmitted')}</th>
                    <th scope="col">{t('sand.submissions.tonnes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.figures.map((f) => (
                    <tr key={f.year}>
                      <td>{f.year}</td>
                      <td>
                        <bdi dir="ltr">
                          {intl.formatNumber(f.value)} {f.unit}
                          {f.densityTPerM3 !== null && ` × ${intl.formatNumber(f.densityTPerM3)} t/m3`}
                        </bdi>
                      </td>
                      <td className="numeric">{intl.formatNumber(f.tonnes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {secretariat && s.status === 'pending' && <Decision submission={s} decide={decide} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Decision({
  submission,
  decide,
}: {
  submission: SandSubmission;
  decide: (s: SandSubmission, verb: 'approve' | 'reject', note: string) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [note, setNote] = useState('');
  return (
    <div className="actions">
      <label htmlFor={id}>{t('sand.submissions.note')}</label>
      <input id={id} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      <button type="button" onClick={() => decide(submission, 'approve', note.trim())}>
        {t('sand.submissions.approve', { version: submission.version })}
      </button>
      <button type="button" disabled={!note.trim()} onClick={() => decide(submission, 'reject', note.trim())}>
        {t('sand.submissions.reject', { version: submission.version })}
      </button>
    </div>
  );
}
