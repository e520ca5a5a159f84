import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types.ts';
import { PageLoading } from '../ui/PageLoading.tsx';
import { useSession } from './SessionProvider.tsx';

/**
 * Shows its children to signed-in accounts (optionally only some roles); sends anonymous visitors to the
 * sign-in page and back here afterwards. The server still authorises every request: this only spares
 * people a screen they cannot use.
 * @example { path: 'submissions/new', element: <RequireSignIn roles={['focal_point']}><NewSubmission /></RequireSignIn> }
 */
export function RequireSignIn({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const intl = useIntl();
  const { user, known } = useSession();
  const location = useLocation();
  if (!known) return <PageLoading />;
  if (!user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (roles && !roles.includes(user.role)) {
    return (
      <article className="page">
        <h1>{intl.formatMessage({ id: 'auth.forbidden.title' })}</h1>
        <p>{intl.formatMessage({ id: 'auth.forbidden.body' })}</p>
      </article>
    );
  }
  return children;
}
