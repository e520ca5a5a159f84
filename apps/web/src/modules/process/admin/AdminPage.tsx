import type { ProcessInfo, Proposal } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useSession } from '../../../auth/SessionProvider.tsx';
import { PageLoading } from '../../../ui/PageLoading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { PROCESS_API } from '../api.ts';
import { LoadError, ProcessNav } from '../ProcessNav.tsx';
import { useReloadable } from '../useReloadable.ts';
import { useSteering } from '../useSteering.ts';
import { CallAdmin } from './CallAdmin.tsx';
import { LineageAdmin } from './LineageAdmin.tsx';
import { MeetingAdmin } from './MeetingAdmin.tsx';
import { EditProcessForm, NewProcessForm } from './ProcessForms.tsx';
import { RoundAdmin } from './RoundAdmin.tsx';

/**
 * Administration of one process for the steering roles: the secretariat edits the process, its meetings
 * (with documents) and its calls, and creates processes; the secretariat and the co-chairs open and close
 * prioritisation rounds and merge or split proposals. The server checks every write again.
 */
export function AdminPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  const { user } = useSession();
  const steering = useSteering();
  const process = useReloadable<ProcessInfo>(`${PROCESS_API}/processes/${slug}`);
  const proposals = useReloadable<{ items: Proposal[] }>(
    `${PROCESS_API}/processes/${slug}/proposals?status=active`,
  );
  usePageTitle(t('process.admin.heading'));
  const secretariat = user?.role === 'secretariat';
  if (process.result.status === 'error')
    return (
      <div className="page process-page">
        <LoadError detail={process.result.error.detail ?? process.result.error.title} />
        {/* A process that does not exist yet can be created from its would-be address. */}
        {secretariat && process.result.error.status === 404 && <NewProcessForm />}
      </div>
    );
  if (!process.data) return <PageLoading />;
  return (
    <div className="page process-page">
      {/* Keyed by the slug: after a process is created here, the switcher lists it. */}
      <ProcessNav slug={slug} key={slug} />
      <h1>{t('process.admin.heading')}</h1>
      <p className="lead">{process.data.title}</p>
      {!steering ? (
        <p role="alert">{t('process.admin.onlySteering')}</p>
      ) : (
        <>
          {secretariat && <EditProcessForm process={process.data} onDone={process.reload} />}
          {secretariat && <NewProcessForm />}
          {secretariat && <MeetingAdmin slug={slug} />}
          {secretariat && <CallAdmin slug={slug} />}
          <RoundAdmin slug={slug} proposals={proposals.data?.items ?? []} />
          <LineageAdmin slug={slug} proposals={proposals.data?.items ?? []} onDone={proposals.reload} />
        </>
      )}
    </div>
  );
}
