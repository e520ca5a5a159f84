import './process.css';
import type { ProcessInfo } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PROCESS_API } from './api.ts';
import { useSteering } from './useSteering.ts';

/** The process switcher and the links between the hub's pages for one process. */
export function ProcessNav({ slug }: { slug: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const t = (id: string) => intl.formatMessage({ id });
  const processes = useApi<{ items: ProcessInfo[] }>(`${PROCESS_API}/processes`);
  const items = processes.status === 'ok' ? processes.data.items : [];
  const steering = useSteering();
  const { user } = useSession();
  return (
    <nav className="process-nav" aria-label={t('process.nav.label')}>
      <label>
        {t('process.nav.process')}{' '}
        <select value={slug} onChange={(e) => navigate(`/process/p/${e.target.value}`)}>
          {items.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.resolution} — {p.title}
            </option>
          ))}
        </select>
      </label>
      <ul>
        <li>
          <NavLink end to={`/process/p/${slug}`}>
            {t('process.nav.overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/process/p/${slug}/focal-points`}>{t('process.nav.focalPoints')}</NavLink>
        </li>
        <li>
          <NavLink to={`/process/p/${slug}/proposals`}>{t('process.nav.proposals')}</NavLink>
        </li>
        <li>
          <NavLink to={`/process/p/${slug}/submissions`}>{t('process.nav.submissions')}</NavLink>
        </li>
        <li>
          <NavLink to={`/process/p/${slug}/rounds`}>{t('process.nav.rounds')}</NavLink>
        </li>
        {user && (
          <li>
            <NavLink to={`/process/p/${slug}/mine`}>{t('process.nav.mine')}</NavLink>
          </li>
        )}
        {steering && (
          <li>
            <NavLink to={`/process/p/${slug}/admin`}>{t('process.nav.admin')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A visible label on fictional demonstration data. */
export function DemoBadge() {
  const intl = useIntl();
  return <span className="badge badge-demo">{intl.formatMessage({ id: 'process.demo.badge' })}</span>;
}

/** Shows the API error of a failed load. */
export function LoadError({ detail }: { detail: string }) {
  const intl = useIntl();
  return <p role="alert">{intl.formatMessage({ id: 'common.loadError' }, { detail })}</p>;
}
