import { useIntl } from 'react-intl';

export function PageLoading() {
  const intl = useIntl();
  return (
    <p role="status" className="page">
      {intl.formatMessage({ id: 'common.loading' })}
    </p>
  );
}
