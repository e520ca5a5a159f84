import { useIntl } from 'react-intl';
import { UN_GROUPS } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { LoadError, Page, THEMES, useT } from './shared.tsx';

interface Cell {
  region: string;
  theme: string;
  count: number;
}

/** Open needs without an agreed match, as a table of UN regional group × theme. */
export function OverviewPage() {
  const t = useT();
  const intl = useIntl();
  usePageTitle(t('overview.title'));
  const result = useApi<{ items: Cell[] }>('/exchange/overview/unmet-needs');
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  const cells = result.data.items;
  const count = (region: string, theme: string) =>
    cells.find((c) => c.region === region && c.theme === theme)?.count ?? 0;
  const regions = [...UN_GROUPS, ...(cells.some((c) => c.region === 'other') ? ['other'] : [])];
  const themes = THEMES.filter((th) => cells.some((c) => c.theme === th));
  const regionName = (r: string) =>
    r === 'other' ? t('overview.otherRegion') : intl.formatMessage({ id: `countries.group.${r}` });
  const total = cells.reduce((s, c) => s + c.count, 0);
  return (
    <Page title={t('overview.title')}>
      <p>{t('overview.intro')}</p>
      {total === 0 ? (
        <p>{t('overview.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" id="exchange-unmet">
            <caption>{t('overview.caption', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.region')}</th>
                {themes.map((th) => (
                  <th scope="col" key={th}>
                    {t(`theme.${th}`)}
                  </th>
                ))}
                <th scope="col">{t('overview.total')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r}>
                  <th scope="row">{regionName(r)}</th>
                  {themes.map((th) => (
                    <td key={th} className="numeric">
                      {count(r, th)}
                    </td>
                  ))}
                  <td className="numeric">{themes.reduce((s, th) => s + count(r, th), 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
