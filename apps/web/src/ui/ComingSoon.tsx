import { useIntl } from 'react-intl';
import { usePageTitle } from './usePageTitle.ts';

/**
 * The placeholder of a module whose screens are not built yet: its name, what it is for and what is
 * coming, from the module's catalog namespace (`title`, `summary`, `coming1`…`coming3`).
 */
export function ComingSoon({ namespace }: { namespace: string }) {
  const intl = useIntl();
  const t = (key: string) => intl.formatMessage({ id: `${namespace}.${key}` });
  usePageTitle(t('title'));
  return (
    <article className="page coming-soon">
      <h1>{t('title')}</h1>
      <p className="lead">{t('summary')}</p>
      <section aria-labelledby="coming-heading" className="panel">
        <h2 id="coming-heading">{intl.formatMessage({ id: 'common.comingSoon.heading' })}</h2>
        <ul>
          <li>{t('coming1')}</li>
          <li>{t('coming2')}</li>
          <li>{t('coming3')}</li>
        </ul>
        <p className="muted">{intl.formatMessage({ id: 'common.comingSoon.note' })}</p>
      </section>
    </article>
  );
}
