import type { Meeting, NewMeeting } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { postForm } from '../../../api/forms.ts';
import { PROCESS_API } from '../api.ts';
import { useReloadable } from '../useReloadable.ts';
import { AdminSection } from './AdminSection.tsx';
import { field, nonEmptyLines } from './actions.ts';
import { sendJson, WriteForm } from './WriteForm.tsx';

const MEETING_TYPES = ['briefing', 'regional_consultation', 'global_meeting', 'working_group'] as const;
const DOCUMENT_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/** The fields of a meeting, read from its form (empty optional fields become null). */
function meetingBody(form: FormData): NewMeeting {
  const optional = (name: string) => field(form, name) || null;
  return {
    type: MEETING_TYPES.find((type) => type === field(form, 'type')) ?? MEETING_TYPES[0],
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
  const path = `${PROCESS_API}/meetings/${meeting.id}/documents`;
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
  const title = (
    <label>
      {t('process.admin.document.title')} <input name="title" required maxLength={300} size={30} />
    </label>
  );
  return (
    <>
      <WriteForm
        label={t('process.admin.document.linkForm')}
        submitLabel={t('process.admin.document.attach')}
        done={t('process.admin.document.added')}
        send={sendJson('POST', path, (form) => ({
          title: field(form, 'title'),
          url: field(form, 'url'),
          language: field(form, 'language'),
        }))}
        onDone={onDone}
        reset
      >
        <h4>{t('process.admin.document.linkForm')}</h4>
        {title}{' '}
        <label>
          {t('process.admin.document.url')}{' '}
          <input type="url" name="url" required maxLength={1000} size={30} />
        </label>{' '}
        {language}
      </WriteForm>
      <WriteForm
        label={t('process.admin.document.fileForm')}
        submitLabel={t('process.admin.document.upload')}
        done={t('process.admin.document.added')}
        send={(form) => postForm(`${path}/upload`, form)}
        onDone={onDone}
        reset
      >
        <h4>{t('process.admin.document.fileForm')}</h4>
        {title}{' '}
        <label>
          {t('process.admin.document.file')}{' '}
          <input type="file" name="file" required accept=".pdf,.docx,.xlsx" />
        </label>{' '}
        {language}
      </WriteForm>
    </>
  );
}

/** One meeting: its documents, a form to edit it and forms to attach documents. */
function MeetingItem({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
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
        <WriteForm
          label={t('process.admin.meeting.edit', { title: meeting.title })}
          submitLabel={t('process.admin.meeting.save')}
          done={t('process.steer.saved')}
          send={sendJson('PATCH', `${PROCESS_API}/meetings/${meeting.id}`, meetingBody)}
          onDone={onDone}
        >
          <h4>{t('process.admin.meeting.edit', { title: meeting.title })}</h4>
          <MeetingFields meeting={meeting} key={JSON.stringify(meeting)} />
        </WriteForm>
      </details>
    </li>
  );
}

/** The secretariat's meetings section: add a meeting; edit one and attach its documents. */
export function MeetingAdmin({ slug }: { slug: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { data, reload } = useReloadable<{ items: Meeting[] }>(`${PROCESS_API}/processes/${slug}/meetings`);
  return (
    <AdminSection
      id="admin-meetings-heading"
      heading={t('process.admin.meetings')}
      items={(data?.items ?? []).map((m) => <MeetingItem key={m.id} meeting={m} onDone={reload} />)}
      newLabel={t('process.admin.meeting.new')}
    >
      <WriteForm
        label={t('process.admin.meeting.new')}
        submitLabel={t('process.admin.meeting.create')}
        done={t('process.steer.saved')}
        send={sendJson('POST', `${PROCESS_API}/processes/${slug}/meetings`, meetingBody)}
        onDone={reload}
        reset
        primary
      >
        <MeetingFields />
      </WriteForm>
    </AdminSection>
  );
}
