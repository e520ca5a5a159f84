import type { Instrument, InstrumentComparison } from '@strata/server/api-types';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { API, LoadError, Page, useT } from './shared.tsx';

/** Two to five instruments side by side, cell by cell. */
export function ComparePage() {
  const t = useT();
  usePageTitle(t('compare.title'));
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const catalogue = useApi<{ items: Instrument[] }>(API);
  const ready = ids.length >= 2 && ids.length <= 5;
  const result = useApi<InstrumentComparison>(`${API}/analyses/compare?ids=${ready ? ids.join(',') : 'x'}`);
  const toggle = (slug: string) => {
    const next = ids.includes(slug) ? ids.filter((i) => i !== slug) : [...ids, slug].slice(0, 5);
    setParams(next.length ? { ids: next.join(',') } : {}, { replace: true });
  };
  return (
    <Page title={t('compare.title')}>
      <p>{t('compare.hint')}</p>
      {catalogue.status === 'ok' && (
        <fieldset>
          <legend>{t('compare.hint')}</legend>
          {catalogue.data.items.map((i) => (
            <label key={i.slug} style={{ display: 'inline-block', marginInlineEnd: '1rem' }}>
              <input type="checkbox" checked={ids.includes(i.slug)} onChange={() => toggle(i.slug)} />{' '}
              {i.shortTitle ?? i.title}
            </label>
          ))}
        </fieldset>
      )}
      {ready && result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {ready && result.status === 'ok' && (
        <table id="instruments-compare">
          <thead>
            <tr>
              <th scope="col">{t('filter.issue')}</th>
              <th scope="col">{t('filter.stage')}</th>
              {result.data.instruments.map((i) => (
                <th key={i} scope="col">
                  {i}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.data.rows
              .filter((r) => r.grades.some((g) => g !== null && g !== 'not_addressed'))
              .map((r) => (
                <tr key={`${r.issue}-${r.stage}`}>
                  <td>{t(`issue.${r.issue}`)}</td>
                  <td>{t(`stage.${r.stage}`)}</td>
                  {r.grades.map((g, k) => (
                    <td key={result.data.instruments[k]}>{g ? t(`grade.${g}`) : '—'}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
