import type { ProcessInfo } from '@strata/server/api-types';
import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { PROCESS_API } from '../api.ts';
import { field, nonEmptyLines, useAction } from './actions.ts';

/** "name | start | end" lines as phases; the end may be left out. */
function phasesOf(text: string) {
  return nonEmptyLines(text).map((line) => {
    const [name = '', start = '', end = ''] = line.split('|').map((x) => x.trim());
    return { name, start, end: end || null };
  });
}
/** "paragraph | text" lines as mandate paragraphs. */
function mandateOf(text: string) {
  return nonEmptyLines(text).map((line) => {
    const at = line.indexOf('|');
    return at < 0
      ? { paragraph: '', text: line }
      : { paragraph: line.slice(0, at).trim(), text: line.slice(at + 1).trim() };
  });
}

/** The fields a process has, read from its form. */
function processBody(form: FormData) {
  return {
    resolution: field(form, 'resolution'),
    title: field(form, 'title'),
    secretariat: field(form, 'secretariat'),
    coChairs: nonEmptyLines(field(form, 'coChairs')),
    phases: phasesOf(field(form, 'phases')),
    mandate: mandateOf(field(form, 'mandate')),
    source: field(form, 'source') || null,
  };
}

/** The inputs of a process, filled with `process` when editing. */
function ProcessFields({ process }: { process?: ProcessInfo }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <>
      <p>
        <label>
          {t('process.admin.process.resolution')}{' '}
          <input name="resolution" required maxLength={200} size={30} defaultValue={process?.resolution} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.title')}{' '}
          <input name="title" required maxLength={500} size={60} defaultValue={process?.title} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.secretariat')}{' '}
          <input name="secretariat" required maxLength={200} size={40} defaultValue={process?.secretariat} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.coChairs')}{' '}
          <textarea name="coChairs" rows={2} cols={50} defaultValue={process?.coChairs.join('\n')} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.phases')}{' '}
          <textarea
            name="phases"
            rows={3}
            cols={60}
            defaultValue={process?.phases.map((p) => [p.name, p.start, p.end ?? ''].join(' | ')).join('\n')}
          />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.mandate')}{' '}
          <textarea
            name="mandate"
            rows={3}
            cols={60}
            defaultValue={process?.mandate.map((m) => `${m.paragraph} | ${m.text}`).join('\n')}
          />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.process.source')}{' '}
          <input name="source" maxLength={1000} size={60} defaultValue={process?.source ?? ''} />
        </label>
      </p>
    </>
  );
}

/** Edits the process (secretariat): every field but its address (slug). */
export function EditProcessForm({ process, onDone }: { process: ProcessInfo; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const action = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = processBody(new FormData(event.currentTarget));
    const ok = await action.run(
      () => api.request(`${PROCESS_API}/processes/${process.slug}`, { method: 'PATCH', body }),
      t('process.steer.saved'),
    );
    if (ok) onDone();
  }
  return (
    <section className="panel" aria-labelledby="admin-process-heading">
      <h2 id="admin-process-heading">{t('process.admin.process.edit')}</h2>
      <p className="note">{t('process.admin.process.linesHelp')}</p>
      <form onSubmit={submit} key={JSON.stringify(process)}>
        <ProcessFields process={process} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('process.admin.process.save')}
        </button>
        {action.message && <p role="status">{action.message}</p>}
      </form>
    </section>
  );
}

/** Creates a process (secretariat) and opens its administration page. */
export function NewProcessForm() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const navigate = useNavigate();
  const action = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = field(form, 'slug');
    const ok = await action.run(
      () => api.request(`${PROCESS_API}/processes`, { method: 'POST', body: { slug, ...processBody(form) } }),
      t('process.steer.saved'),
    );
    if (ok) navigate(`/process/p/${slug}/admin`);
  }
  return (
    <details className="panel">
      <summary>{t('process.admin.process.new')}</summary>
      <form onSubmit={submit}>
        <p>
          <label>
            {t('process.admin.process.slug')}{' '}
            <input name="slug" required pattern="[a-z0-9\-]{2,60}" maxLength={60} size={20} />
          </label>{' '}
          <span className="note">{t('process.admin.process.slugHelp')}</span>
        </p>
        <ProcessFields />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('process.admin.process.create')}
        </button>
        {action.message && <p role="status">{action.message}</p>}
      </form>
    </details>
  );
}
