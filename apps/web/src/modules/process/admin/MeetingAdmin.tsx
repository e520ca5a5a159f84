import type { Meeting } from '@strata/server/api-types';
import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { PROCESS_API } from '../api.ts';
import { useReloadable } from '../useReloadable.ts';
import { field, nonEmptyLines, postForm, useAction } from './actions.ts';

const MEETING_TYPES = ['briefing', 'regional_consultation', 'global_meeting', 'working_group'] as const;
const DOCUMENT_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/** The fields of a meeting, read from its form (empty optional fields become null). */
function meetingBody(form: FormData) {
  const optional = (name: string) => field(form, name) || null;
  return {
    type: field(form, 'type'),
    title: field(form, 'title'),
    startDate: field(form, 'startDate'),
    endDate: field(form, 'endDate'),
    place: optional('place'),
    hostIso3: optional('hostIso3')?.toUpperCase() ?? null,
    hybridLink: optional('hybridLink'),
    audience: optional('audience'),
    agenda: nonEmptyLines(field(form, 'agenda')),
    outcome: optional('outcome'),
  };
}

function MeetingFields({ meeting }: { meeting?: Meeting }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <>
      <p>
        <label>
          {t('process.meeting.type')}{' '}
          <select name="type" defaultValue={meeting?.type ?? 'briefing'}>
            {MEETING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`process.meetingType.${type}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('process.admin.meeting.title')}{' '}
          <input name="title" required maxLength={300} size={40} defaultValue={meeting?.title} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.meeting.start')}{' '}
          <input type="date" name="startDate" required defaultValue={meeting?.startDate} />
        </label>{' '}
        <label>
          {t('process.admin.meeting.end')}{' '}
          <input type="date" name="endDate" required defaultValue={meeting?.endDate} />
        </label>{' '}
        <label>
          {t('process.meeting.place')}{' '}
          <input name="place" maxLength={300} size={20} defaultValue={meeting?.place ?? ''} />
        </label>{' '}
        <label>
          {t('process.admin.meeting.host')}{' '}
          <input name="hostIso3" maxLength={3} size={4} defaultValue={meeting?.hostIso3 ?? ''} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.meeting.hybridLink')}{' '}
          <input
            type="url"
            name="hybridLink"
            maxLength={1000}
            size={40}
            defaultValue={meeting?.hybridLink ?? ''}
          />
        </label>{' '}
        <label>
          {t('process.admin.meeting.audience')}{' '}
          <input name="audience" maxLength={500} size={30} defaultValue={meeting?.audience ?? ''} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.meeting.agenda')}{' '}
          <textarea name="agenda" rows={3} cols={60} defaultValue={meeting?.agenda.join('\n')} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.meeting.outcome')}{' '}
          <textarea name="outcome" rows={2} cols={60} defaultValue={meeting?.outcome ?? ''} />
        </label>
      </p>
    </>
  );
}

/** Attaches a document to a meeting: a link, or a PDF, DOCX or XLSX file uploaded to Strata. */
function DocumentForms({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const link = useAction();
  const upload = useAction();
  const path = `${PROCESS_API}/meetings/${meeting.id}/documents`;
  async function addLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const body = { title: field(form, 'title'), url: field(form, 'url'), language: field(form, 'language') };
    if (
      await link.run(() => api.request(path, { method: 'POST', body }), t('process.admin.document.added'))
    ) {
      element.reset();
      onDone();
    }
  }
  async function addFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    if (await upload.run(() => postForm(`${path}/upload`, form), t('process.admin.document.added'))) {
      element.reset();
      onDone();
    }
  }
  const language = (
    <label>
      {t('process.diff.language')}{' '}
      <select name="language" defaultValue="en">
        {DOCUMENT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form onSubmit={addLink} aria-label={t('process.admin.document.linkForm')}>
        <h4>{t('process.admin.document.linkForm')}</h4>
        <label>
          {t('process.admin.document.title')} <input name="title" required maxLength={300} size={30} />
        </label>{' '}
        <label>
          {t('process.admin.document.url')}{' '}
          <input type="url" name="url" required maxLength={1000} size={30} />
        </label>{' '}
        {language} <button type="submit">{t('process.admin.document.attach')}</button>
        {link.message && <p role="status">{link.message}</p>}
      </form>
      <form onSubmit={addFile} aria-label={t('process.admin.document.fileForm')}>
        <h4>{t('process.admin.document.fileForm')}</h4>
        <label>
          {t('process.admin.document.title')} <input name="title" required maxLength={300} size={30} />
        </label>{' '}
        <label>
          {t('process.admin.document.file')}{' '}
          <input type="file" name="file" required accept=".pdf,.docx,.xlsx" />
        </label>{' '}
        {language} <button type="submit">{t('process.admin.document.upload')}</button>
        {upload.message && <p role="status">{upload.message}</p>}
      </form>
    </>
  );
}

/** One meeting: its documents, a form to edit it and forms to attach documents. */
function MeetingItem({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const action = useAction();
  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = meetingBody(new FormData(event.currentTarget));
    const ok = await action.run(
      () => api.request(`${PROCESS_API}/meetings/${meeting.id}`, { method: 'PATCH', body }),
      t('process.steer.saved'),
    );
    if (ok) onDone();
  }
  return (
    <li>
      <details>
        <summary>
          {meeting.title} · {meeting.startDate}
        </summary>
        <h4>{t('process.meeting.documents')}</h4>
        {meeting.documents.length === 0 ? (
          <p className="note">{t('process.admin.document.none')}</p>
        ) : (
          <ul aria-label={t('process.admin.document.list', { meeting: meeting.title })}>
            {meeting.documents.map((d) => (
              <li key={d.id}>
                <a href={d.url ?? `/api${PROCESS_API}/meetings/${meeting.id}/documents/${d.id}/file`}>
                  {d.title}
                </a>{' '}
                {d.fileId && <span className="note">({t('process.admin.document.stored')})</span>}
              </li>
            ))}
          </ul>
        )}
        <DocumentForms meeting={meeting} onDone={onDone} />
        <form
          onSubmit={save}
          aria-label={t('process.admin.meeting.edit', { title: meeting.title })}
          key={JSON.stringify(meeting)}
        >
          <h4>{t('process.admin.meeting.edit', { title: meeting.title })}</h4>
          <MeetingFields meeting={meeting} />
          <button type="submit" disabled={action.busy}>
            {t('process.admin.meeting.save')}
          </button>
          {action.message && <p role="status">{action.message}</p>}
        </form>
      </details>
    </li>
  );
}

/** The secretariat's meetings section: add a meeting; edit one and attach its documents. */
export function MeetingAdmin({ slug }: { slug: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { data, reload } = useReloadable<{ items: Meeting[] }>(`${PROCESS_API}/processes/${slug}/meetings`);
  const action = useAction();
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const body = meetingBody(new FormData(element));
    const ok = await action.run(
      () => api.request(`${PROCESS_API}/processes/${slug}/meetings`, { method: 'POST', body }),
      t('process.steer.saved'),
    );
    if (ok) {
      element.reset();
      reload();
    }
  }
  return (
    <section className="panel" aria-labelledby="admin-meetings-heading">
      <h2 id="admin-meetings-heading">{t('process.admin.meetings')}</h2>
      <ul className="admin-list">
        {(data?.items ?? []).map((m) => (
          <MeetingItem key={m.id} meeting={m} onDone={reload} />
        ))}
      </ul>
      <details>
        <summary>{t('process.admin.meeting.new')}</summary>
        <form onSubmit={create} aria-label={t('process.admin.meeting.new')}>
          <MeetingFields />
          <button type="submit" className="primary" disabled={action.busy}>
            {t('process.admin.meeting.create')}
          </button>
          {action.message && <p role="status">{action.message}</p>}
        </form>
      </details>
    </section>
  );
}
