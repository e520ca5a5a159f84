import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle.ts';

export function NotFoundPage() {
  const intl = useIntl();
  const location = useLocation();
  usePageTitle(intl.formatMessage({ id: 'common.notFound.title' }));
  return (
    <article className="page">
      <h1>{intl.formatMessage({ id: 'common.notFound.title' })}</h1>
      <p>{intl.formatMessage({ id: 'common.notFound.body' }, { path: location.pathname })}</p>
      <p>
        <Link to="/">{intl.formatMessage({ id: 'common.notFound.home' })}</Link>
      </p>
    </article>
  );
}
