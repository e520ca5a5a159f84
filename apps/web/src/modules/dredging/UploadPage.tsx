import type { DredgingAisJob as AisJob, DredgingDataset } from '@strata/server/api-types';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { api, ProblemError } from '../../api/client.ts';
import { postBody } from '../../api/forms.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';

const FORMATS = ['auto', 'nmea', 'marinecadastre-csv', 'gfw-jsonl'] as const;

/** Sends the file itself as the body (the server streams it to disk). */
function sendFile(file: File, format: string, name: string): Promise<AisJob> {
  const query = new URLSearchParams({ format, fileName: file.name });
  if (name.trim()) query.set('name', name.trim());
  return postBody<AisJob>(`/dredging/uploads?${query}`, file, { 'content-type': 'application/octet-stream' });
}

const finished = (job: AisJob) => job.state === 'succeeded' || job.state === 'failed';

/**
 * "Bring your own AIS": a signed-in researcher uploads an AIS file, follows the background job, opens
 * the private dataset it made, and may publish it.
 */
export function UploadPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const ids = { file: useId(), format: useId(), name: useId(), hint: useId() };
  const [job, setJob] = useState<AisJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);

  // Polls the job once a second until it has finished.
  useEffect(() => {
    if (!job || finished(job)) return;
    const timer = setTimeout(() => {
      api
        .request<AisJob>(`/dredging/uploads/${job.id}`)
        .then(setJob)
        .catch((e: unknown) => setError(e instanceof ProblemError ? (e.detail ?? e.title) : String(e)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [job]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(t('dredging.upload.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    setJob(null);
    setPublished(false);
    try {
      setJob(await sendFile(file, String(form.get('format') ?? 'auto'), String(form.get('name') ?? '')));
    } catch (e) {
      setError(e instanceof ProblemError ? (e.detail ?? e.title) : String(e));
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (!job) return;
    try {
      const d = await api.request<DredgingDataset>(`/dredging/datasets/${job.datasetId}/publish`, {
        method: 'POST',
      });
      setPublished(d.published);
    } catch (e) {
      setError(e instanceof ProblemError ? (e.detail ?? e.title) : String(e));
    }
  };

  const percent = job && job.total > 0 ? Math.min(100, Math.round((100 * job.done) / job.total)) : 0;
  return (
    <article className="page">
      <h1>{t('dredging.upload.title')}</h1>
      <p>{t('dredging.upload.intro')}</p>
      <form onSubmit={submit} aria-busy={busy}>
        <p>
          <label htmlFor={ids.file}>{t('dredging.upload.file')}</label>
          <input id={ids.file} type="file" name="file" required aria-describedby={ids.hint} />
          <span id={ids.hint} className="hint">
            {t('dredging.upload.hint')}
          </span>
        </p>
        <p>
          <label htmlFor={ids.format}>{t('dredging.upload.format')}</label>
          <select id={ids.format} name="format" defaultValue="auto">
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`dredging.upload.format.${f}`)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={ids.name}>{t('dredging.upload.name')}</label>
          <input id={ids.name} type="text" name="name" maxLength={200} />
        </p>
        <button type="submit" disabled={busy || (!!job && !finished(job))}>
          {t('dredging.upload.submit')}
        </button>
      </form>
      <ErrorNotice message={error} />
      {job && (
        <section aria-labelledby="upload-job-title">
          <h2 id="upload-job-title">
            {intl.formatMessage(
              { id: 'dredging.upload.job' },
              { file: <bdi key="file">{job.fileName}</bdi> },
            )}
          </h2>
          <progress
            max={100}
            value={job.state === 'succeeded' ? 100 : percent}
            aria-labelledby="upload-job-status"
          />
          <p id="upload-job-status" role="status" aria-live="polite" data-testid="upload-status">
            {t(`dredging.upload.state.${job.state}`)}
            {job.state === 'running' && ` — ${t(`dredging.upload.phase.${job.phase}`)} ${percent}%`}
          </p>
          {job.state === 'failed' && (
            <p className="notice notice-warning">
              <bdi>{job.error}</bdi>
            </p>
          )}
          {job.state === 'succeeded' && job.result && (
            <>
              <p>
                {t('dredging.upload.result', {
                  positions: job.result.positions,
                  vessels: job.result.vessels,
                  dredgers: job.result.dredgers,
                  rejected: job.result.rejectedRows,
                })}
              </p>
              <p>
                <Link to={`/dredging?dataset=${encodeURIComponent(job.datasetId)}`}>
                  {intl.formatMessage(
                    { id: 'dredging.upload.open' },
                    { name: <bdi key="name">{job.datasetName}</bdi> },
                  )}
                </Link>
              </p>
              {published ? (
                <p role="status">{t('dredging.upload.published')}</p>
              ) : (
                <>
                  <p>{t('dredging.upload.private')}</p>
                  <button type="button" onClick={publish}>
                    {t('dredging.upload.publish')}
                  </button>
                </>
              )}
            </>
          )}
        </section>
      )}
    </article>
  );
}
