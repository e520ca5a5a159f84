import type { InstrumentDuplications, InstrumentGaps } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { ScrollFrame } from '../../ui/ScrollFrame.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { API, LoadError, Page, useT } from './shared.tsx';

/** Gap and duplication reports, computed from the matrix. */
export function AnalysesPage() {
  const t = useT();
  const intl = useIntl();
  usePageTitle(t('nav.analyses'));
  const gaps = useApi<InstrumentGaps>(`${API}/analyses/gaps`);
  const dup = useApi<InstrumentDuplications>(`${API}/analyses/duplications?limit=20`);
  if (gaps.status === 'error') return <LoadError detail={gaps.error.detail ?? gaps.error.title} />;
  if (gaps.status === 'loading' || dup.status === 'loading') return <PageLoading />;
  return (
    <Page title={t('nav.analyses')}>
      <h2>{t('gaps.title')}</h2>
      <p>{t('gaps.count', { count: gaps.data.gaps.length })}</p>
      <p>
        <small>{gaps.data.method}</small>
      </p>
      <ul>
        {gaps.data.gaps.map((g) => (
          <li key={`${g.issue}-${g.stage}`}>
            {t(`issue.${g.issue}`)} × {t(`stage.${g.stage}`)}: {g.strongest ? t(`grade.${g.strongest}`) : '—'}
          </li>
        ))}
      </ul>
      <h2>{t('dup.title')}</h2>
      {dup.status === 'ok' && (
        <>
          <p>
            <small>{dup.data.method}</small>
          </p>
          {/* Long instrument names scroll within the frame on a narrow screen, not the page. */}
          <ScrollFrame label={t('dup.title')}>
            <table id="instruments-duplications">
              <thead>
                <tr>
                  <th scope="col">{t('col.instrument')}</th>
                  <th scope="col">{t('col.instrument')}</th>
                  <th scope="col">{t('dup.similarity')}</th>
                  <th scope="col">{t('dup.shared')}</th>
                </tr>
              </thead>
              <tbody>
                {dup.data.pairs.map((p) => (
                  <tr key={`${p.a}-${p.b}`}>
                    <td>
                      <Link to={`/instruments/items/${p.a}`}>{p.a}</Link>
                    </td>
                    <td>
                      <Link to={`/instruments/items/${p.b}`}>{p.b}</Link>
                    </td>
                    <td>{intl.formatNumber(p.similarity, { maximumFractionDigits: 2 })}</td>
                    <td>
                      <Link to={`/instruments/compare?ids=${p.a},${p.b}`}>
                        {p.sharedCells
                          .map((c) => `${t(`issue.${c.issue}`)} × ${t(`stage.${c.stage}`)}`)
                          .join('; ')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollFrame>
        </>
      )}
    </Page>
  );
}
