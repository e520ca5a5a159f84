import { useIntl } from 'react-intl';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Shown in place of a page that failed to load or render (a lost chunk after a deploy, a bug). */
export function ErrorPage() {
  const intl = useIntl();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <article className="page" role="alert">
      <h1>{intl.formatMessage({ id: 'common.error.title' })}</h1>
      <p>{intl.formatMessage({ id: 'common.error.body' })}</p>
      <p>
        <Link to="/" reloadDocument>
          {intl.formatMessage({ id: 'common.notFound.home' })}
        </Link>
      </p>
    </article>
  );
}
