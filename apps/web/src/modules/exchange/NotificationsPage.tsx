import type { ExchangeNotification, ExchangeSettings } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import {
  API,
  ChoiceField,
  DELIVERY_MODES,
  LoadError,
  NOTIFICATION_TOPICS,
  Page,
  useT,
  useWrite,
} from './shared.tsx';

/** E-mail delivery per topic: immediate, a daily digest, or off (in-app notifications always arrive). */
function Settings() {
  const t = useT();
  const write = useWrite();
  const { result, data, reload } = useReloadable<ExchangeSettings>(`${API}/settings`);
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('notifications.settings')}</h2>
      <p>{t('notifications.settingsIntro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {NOTIFICATION_TOPICS.map((topic) => (
          <ChoiceField
            key={topic}
            label={t(`topic.${topic}`)}
            options={DELIVERY_MODES}
            prefix="mode"
            value={data[topic]}
            onChange={async (mode) => {
              const saved = await write.run(
                () => api.request(`${API}/settings`, { method: 'PUT', body: { topic, mode } }),
                t('notifications.saved'),
              );
              if (saved) reload();
            }}
          />
        ))}
      </form>
      {write.status}
    </section>
  );
}

function Notifications() {
  const t = useT();
  const intl = useIntl();
  const write = useWrite();
  const { result, data, reload } = useReloadable<{ items: ExchangeNotification[] }>(`${API}/notifications`);
  const unread = data ? data.items.filter((n) => n.readAt === null).length : 0;
  async function markRead(id: string | null) {
    const path = id ? `${API}/notifications/${id}/read` : `${API}/notifications/read`;
    const done = await write.run(
      () => api.request(path, { method: 'POST' }),
      t(id ? 'notifications.markedOne' : 'notifications.markedAll'),
    );
    if (done) reload();
  }
  return (
    <Page title={t('notifications.title')}>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {!data ? (
        result.status !== 'error' && <PageLoading />
      ) : (
        <section aria-labelledby="notifications-heading">
          <h2 id="notifications-heading">{t('notifications.count', { count: data.items.length })}</h2>
          <p>
            {t('notifications.unread', { count: unread })}{' '}
            {unread > 0 && (
              <button type="button" disabled={write.busy} onClick={() => markRead(null)}>
                {t('notifications.markAll')}
              </button>
            )}
          </p>
          {write.status}
          <ul className="notifications">
            {data.items.map((n) => (
              <li key={n.id} className={n.readAt === null ? 'unread' : 'read'}>
                {n.readAt === null && <strong className="badge">{t('notifications.new')}</strong>}{' '}
                <span className="badge">{t(`topic.${n.topic}`)}</span>{' '}
                <time dateTime={n.createdAt}>
                  {intl.formatDate(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>{' '}
                — {n.link.startsWith('/') ? <Link to={n.link}>{n.subject}</Link> : n.subject}{' '}
                {n.readAt === null && (
                  <button
                    type="button"
                    disabled={write.busy}
                    onClick={() => markRead(n.id)}
                    aria-label={t('notifications.markOneOf', { subject: n.subject })}
                  >
                    {t('notifications.markOne')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Settings />
    </Page>
  );
}

/** The signed-in member's notifications and e-mail settings. */
export function NotificationsPage() {
  const t = useT();
  usePageTitle(t('notifications.title'));
  return (
    <RequireSignIn>
      <Notifications />
    </RequireSignIn>
  );
}
