import type { NewProcess, ProcessInfo } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { PROCESS_API } from '../api.ts';
import { field, nonEmptyLines } from './actions.ts';
import { sendJson, WriteForm } from './WriteForm.tsx';

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
function processBody(form: FormData): Omit<NewProcess, 'slug'> {
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
  return (
    <section className="panel" aria-labelledby="admin-process-heading">
      <h2 id="admin-process-heading">{t('process.admin.process.edit')}</h2>
      <p className="note">{t('process.admin.process.linesHelp')}</p>
      <WriteForm
        label={t('process.admin.process.edit')}
        submitLabel={t('process.admin.process.save')}
        done={t('process.steer.saved')}
        send={sendJson('PATCH', `${PROCESS_API}/processes/${process.slug}`, processBody)}
        onDone={onDone}
        primary
      >
        <ProcessFields process={process} key={JSON.stringify(process)} />
      </WriteForm>
    </section>
  );
}

/** Creates a process (secretariat) and opens its administration page. */
export function NewProcessForm() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  return (
    <details className="panel">
      <summary>{t('process.admin.process.new')}</summary>
      <WriteForm
        label={t('process.admin.process.new')}
        submitLabel={t('process.admin.process.create')}
        done={t('process.steer.saved')}
        send={sendJson('POST', `${PROCESS_API}/processes`, (form) => ({
          slug: field(form, 'slug'),
          ...processBody(form),
        }))}
        onDone={() => navigate(`/process/p/${slug}/admin`)}
        primary
      >
        <p>
          <label>
            {t('process.admin.process.slug')}{' '}
            <input
              name="slug"
              required
              pattern="[a-z0-9\-]{2,60}"
              maxLength={60}
              size={20}
              value={slug}
              onChange={(e) => setSlug(e.target.value.trim())}
            />
          </label>{' '}
          <span className="note">{t('process.admin.process.slugHelp')}</span>
        </p>
        <ProcessFields />
      </WriteForm>
    </details>
  );
}
