import type { Call, Submission } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, ProblemError } from '../../api/client.ts';
import { postForm } from '../../api/forms.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { PROCESS_API } from './api.ts';

const FILE_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar', 'other'] as const;

/**
 * Submission to an open call: a focal point for its State, an observer contact for its organisation,
 * the secretariat for either. Files are PDF, DOCX or XLSX (checked by the server from their content).
 */
export function SubmitForm({ call, onSubmitted }: { call: Call; onSubmitted: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user || !call.open || !['focal_point', 'observer_contact', 'secretariat'].includes(user.role))
    return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const form = new FormData();
    form.append('title', String(data.get('title') ?? ''));
    const who = String(data.get('who') ?? '').trim();
    if (user?.role === 'focal_point') form.append('countryIso3', user.countryIso3 ?? '');
    else if (user?.role === 'observer_contact') form.append('organisationId', user.organisationId ?? '');
    else if (/^[A-Za-z]{3}$/.test(who)) form.append('countryIso3', who.toUpperCase());
    else form.append('organisationId', who);
    for (const i of [0, 1, 2]) {
      const file = data.get(`file${i}`);
      if (file instanceof File && file.size > 0) {
        form.append('file', file);
        form.append('language', String(data.get(`language${i}`) ?? 'en'));
      }
    }
    setBusy(true);
    setMessage(null);
    try {
      await postForm(`${PROCESS_API}/calls/${call.id}/submissions`, form);
      setMessage(t('process.submit.done'));
      element.reset();
      onSubmitted();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel submit-form" onSubmit={submit}>
      <h3>{t('process.submit.heading')}</h3>
      <p className="note">{t('process.submit.rules')}</p>
      <label>
        {t('process.submission.title')} <input name="title" required maxLength={300} size={40} />
      </label>
      {user.role === 'secretariat' && (
        <label>
          {' '}
          {t('process.submit.who')} <input name="who" required size={12} />
        </label>
      )}
      {[0, 1, 2].map((i) => (
        <p key={i}>
          <label>
            {t('process.submit.file', { n: i + 1 })}{' '}
            <input type="file" name={`file${i}`} accept=".pdf,.docx,.xlsx" required={i === 0} />
          </label>{' '}
          <label>
            {t('process.diff.language')}{' '}
            <select name={`language${i}`} defaultValue="en">
              {FILE_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        </p>
      ))}
      <button type="submit" disabled={busy}>
        {t('process.submit.submit')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/**
 * The secretariat's clearing queue: publish or decline each received submission. Nothing is asked of
 * the server for other visitors, who may not read the queue.
 */
export function ClearingQueue({ onChange }: { onChange?: () => void }) {
  const { user } = useSession();
  return user?.role === 'secretariat' ? <QueueForSecretariat onChange={onChange} /> : null;
}

function QueueForSecretariat({ onChange }: { onChange?: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [reload, setReload] = useState(0);
  const queue = useApi<{ items: Submission[] }>(
    `${PROCESS_API}/submissions/queue${reload ? `?r=${reload}` : ''}`,
  );
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ submission: Submission; decision: 'publish' | 'reject' } | null>(
    null,
  );
  const items = queue.status === 'ok' ? queue.data.items : [];

  async function decide(id: string, decision: 'publish' | 'reject') {
    try {
      await api.request(`${PROCESS_API}/submissions/${id}/clearing`, { method: 'POST', body: { decision } });
      setMessage(t(decision === 'publish' ? 'process.queue.published' : 'process.queue.rejected'));
      setReload((n) => n + 1);
      onChange?.();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    } finally {
      setAsking(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('process.queue.heading', { count: items.length })}</h2>
      <ul>
        {items.map((s) => (
          <li key={s.id}>
            <strong>{s.countryIso3 ?? s.organisationName}</strong>: {s.title} ·{' '}
            {s.files.map((f) => (
              <a key={f.id} href={`/api${PROCESS_API}/submissions/${s.id}/files/${f.id}`} download>
                {f.originalName}
              </a>
            ))}{' '}
            <button type="button" onClick={() => setAsking({ submission: s, decision: 'publish' })}>
              {t('process.queue.publish')}
            </button>{' '}
            <button type="button" onClick={() => setAsking({ submission: s, decision: 'reject' })}>
              {t('process.queue.reject')}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t(`process.admin.queue.${asking.decision}Title`, { title: asking.submission.title })}
          consequence={t(`process.admin.queue.${asking.decision}Consequence`)}
          confirmLabel={t(asking.decision === 'publish' ? 'process.queue.publish' : 'process.queue.reject')}
          onConfirm={() => decide(asking.submission.id, asking.decision)}
          onCancel={() => setAsking(null)}
        />
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/**
 * Withdraws a published submission with a note (its submitter or the secretariat). The submission stays
 * listed as withdrawn; it is never edited.
 */
export function WithdrawControl({ submission, onDone }: { submission: Submission; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const mine =
    user?.role === 'secretariat' ||
    (user?.role === 'focal_point' && user.countryIso3 === submission.countryIso3) ||
    (user?.role === 'observer_contact' && user.organisationId === submission.organisationId);
  if (!mine || submission.status !== 'published') return null;

  async function withdraw(reason: string) {
    try {
      await api.request(`${PROCESS_API}/submissions/${submission.id}/withdrawal`, {
        method: 'POST',
        body: { note: reason },
      });
      onDone();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    } finally {
      setNote(null);
    }
  }

  return (
    <details>
      <summary>{t('process.withdraw.open')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setNote(String(new FormData(event.currentTarget).get('note') ?? ''));
        }}
      >
        <label>
          {t('process.withdraw.note')} <input name="note" required maxLength={2000} />
        </label>{' '}
        <button type="submit">{t('process.withdraw.submit')}</button>
        {message && <p role="status">{message}</p>}
      </form>
      {note !== null && (
        <ConfirmDialog
          title={t('process.admin.withdraw.title', { title: submission.title })}
          consequence={t('process.admin.withdraw.consequence')}
          confirmLabel={t('process.withdraw.submit')}
          onConfirm={() => withdraw(note)}
          onCancel={() => setNote(null)}
        />
      )}
    </details>
  );
}
