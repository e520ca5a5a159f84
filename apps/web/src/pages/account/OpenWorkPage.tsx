import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

interface OpenWorkItem {
  kind: string;
  count: number;
  due: string | null;
  title: string | null;
  link: string;
}

/**
 * What is open for the signed-in person, module by module (`GET /api/me/open`): calls and rounds with their
 * deadlines, their own submissions, disclosures and uploads, and the queues they work through, with counts.
 * Each line is written from its code in the reader's language and links to where the person acts.
 */
export function OpenWorkPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  usePageTitle(t('auth.work.title'));
  const open = useApi<{ modules: { module: string; items: OpenWorkItem[] }[] }>('/me/open');
  const line = (item: OpenWorkItem) => {
    const id = `auth.work.kind.${item.kind}`;
    // The title is written as its author wrote it: isolated, so a Latin title keeps its order in Arabic.
    const text = intl.messages[id]
      ? intl.formatMessage({ id }, { count: item.count, title: <bdi>{item.title ?? ''}</bdi> })
      : item.kind;
    return (
      <li key={`${item.kind}-${item.title ?? ''}-${item.due ?? ''}`}>
        <Link to={item.link}>{text}</Link>
        {item.due && (
          <>
            {' · '}
            {t('auth.work.due', {
              date: intl.formatDate(item.due, { dateStyle: 'long', timeZone: 'UTC' }),
            })}
          </>
        )}
      </li>
    );
  };
  return (
    <article className="page open-work">
      <h1>{t('auth.work.title')}</h1>
      <p className="lead">{t('auth.work.intro')}</p>
      {open.status === 'loading' && <PageLoading />}
      {open.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: open.error.detail ?? open.error.title })}
        </p>
      )}
      {open.status === 'ok' && open.data.modules.length === 0 && <p>{t('auth.work.none')}</p>}
      {open.status === 'ok' &&
        open.data.modules.map((m) => (
          <section key={m.module} aria-labelledby={`work-${m.module}`}>
            <h2 id={`work-${m.module}`}>{t(`${m.module}.title`)}</h2>
            <ul className="open-work-list">{m.items.map(line)}</ul>
          </section>
        ))}
    </article>
  );
}
