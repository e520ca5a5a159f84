import type { Call, NewCall } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { PROCESS_API } from '../api.ts';
import { useReloadable } from '../useReloadable.ts';
import { AdminSection } from './AdminSection.tsx';
import { field, localInputFromUtc, problemText, utcFromLocalInput } from './actions.ts';
import { sendJson, WriteForm } from './WriteForm.tsx';

const AUDIENCES = ['states', 'observers'] as const;

/** The fields of a call, read from its form. */
function callBody(form: FormData): NewCall {
  return {
    title: field(form, 'title'),
    mandateRef: field(form, 'mandateRef') || null,
    opensOn: field(form, 'opensOn') || null,
    deadline: utcFromLocalInput(field(form, 'deadline')),
    openTo: AUDIENCES.filter((who) => form.getAll('openTo').includes(who)),
  };
}

function CallFields({ call }: { call?: Call }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const openTo = call?.openTo ?? ['states', 'observers'];
  return (
    <>
      <p>
        <label>
          {t('process.admin.call.title')}{' '}
          <input name="title" required maxLength={300} size={40} defaultValue={call?.title} />
        </label>{' '}
        <label>
          {t('process.admin.call.mandateRef')}{' '}
          <input name="mandateRef" maxLength={200} size={12} defaultValue={call?.mandateRef ?? ''} />
        </label>
      </p>
      <p>
        <label>
          {t('process.admin.call.opensOn')}{' '}
          <input type="date" name="opensOn" defaultValue={call?.opensOn ?? ''} />
        </label>{' '}
        <label>
          {t('process.admin.call.deadline')}{' '}
          <input
            type="datetime-local"
            name="deadline"
            required
            defaultValue={call ? localInputFromUtc(call.deadline) : ''}
          />
        </label>
      </p>
      <fieldset>
        <legend>{t('process.admin.call.openTo')}</legend>
        {AUDIENCES.map((who) => (
          <label key={who}>
            <input type="checkbox" name="openTo" value={who} defaultChecked={openTo.includes(who)} />{' '}
            {t(`process.admin.call.${who}`)}{' '}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** One call: its state, a form to edit it and, while it is open, the button that closes it. */
function CallItem({ call, onDone }: { call: Call; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const [asking, setAsking] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const deadline = intl.formatDate(new Date(call.deadline), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  async function close() {
    try {
      await api.request(`${PROCESS_API}/calls/${call.id}/close`, { method: 'POST' });
      setAsking(false);
      onDone();
    } catch (error) {
      setAsking(false);
      setCloseError(problemText(error));
    }
  }
  return (
    <li>
      <strong>{call.title}</strong> ·{' '}
      {t('process.admin.call.state', {
        deadline,
        state: t(call.open ? 'process.call.open' : 'process.call.closed'),
      })}
      {call.open && (
        <>
          {' '}
          <button type="button" className="danger" onClick={() => setAsking(true)}>
            {t('process.admin.call.close')}
          </button>
        </>
      )}
      {closeError && <p role="alert">{closeError}</p>}
      {asking && (
        <ConfirmDialog
          title={t('process.admin.call.confirmTitle', { title: call.title })}
          consequence={t('process.admin.call.consequence', { deadline })}
          confirmLabel={t('process.admin.call.close')}
          onConfirm={close}
          onCancel={() => setAsking(false)}
        />
      )}
      <details>
        <summary>{t('process.admin.call.edit', { title: call.title })}</summary>
        <WriteForm
          label={t('process.admin.call.edit', { title: call.title })}
          submitLabel={t('process.admin.call.save')}
          done={t('process.steer.saved')}
          send={sendJson('PATCH', `${PROCESS_API}/calls/${call.id}`, callBody)}
          onDone={onDone}
        >
          <CallFields call={call} key={JSON.stringify(call)} />
        </WriteForm>
      </details>
    </li>
  );
}

/** The secretariat's calls for submissions: open, edit and close them. */
export function CallAdmin({ slug }: { slug: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { data, reload } = useReloadable<{ items: Call[] }>(`${PROCESS_API}/processes/${slug}/calls`);
  return (
    <AdminSection
      id="admin-calls-heading"
      heading={t('process.admin.calls')}
      items={(data?.items ?? []).map((c) => <CallItem key={c.id} call={c} onDone={reload} />)}
      newLabel={t('process.admin.call.new')}
    >
      <WriteForm
        label={t('process.admin.call.new')}
        submitLabel={t('process.admin.call.create')}
        done={t('process.steer.saved')}
        send={sendJson('POST', `${PROCESS_API}/processes/${slug}/calls`, callBody)}
        onDone={reload}
        reset
        primary
      >
        <CallFields />
      </WriteForm>
    </AdminSection>
  );
}
