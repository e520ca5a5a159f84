import type { InstrumentCell, InstrumentHeatMap } from '@strata/server/api-types';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { API, ISSUES, LoadError, Page, STAGES, useT } from './shared.tsx';

type Cell = InstrumentHeatMap['cells'][number];

/** Share of graded instruments with a requirement, as a blue (colour-blind safe) background. */
function shade(cell: Cell): string {
  const graded = Object.values(cell.counts).reduce((a, b) => a + b, 0);
  const strong = cell.counts.requirement + cell.counts.verified_requirement;
  const share = graded === 0 ? 0 : strong / graded;
  return `rgba(0, 114, 178, ${0.08 + share * 0.6})`;
}

/** The coverage heat map (issue × stage) with a drill-down to the cited clauses of one cell. */
export function HeatMapPage() {
  const t = useT();
  usePageTitle(t('heat.title'));
  const result = useApi<InstrumentHeatMap>(`${API}/analyses/heat-map`);
  const [picked, setPicked] = useState<{ issue: string; stage: string } | null>(null);
  const drill = useApi<{ items: InstrumentCell[] }>(
    picked ? `${API}/matrix?issue=${picked.issue}&stage=${picked.stage}` : `${API}/matrix?instrument=-`,
  );
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (result.status === 'loading') return <PageLoading />;
  const at = (issue: string, stage: string) =>
    result.data.cells.find((c) => c.issue === issue && c.stage === stage);
  return (
    <Page title={t('heat.title')}>
      <p>{t('heat.legend')}</p>
      <p>
        <small>{result.data.method}</small>
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table id="instruments-heat-map">
          <caption>{t('heat.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filter.issue')}</th>
              {STAGES.map((s) => (
                <th key={s} scope="col">
                  {t(`stage.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ISSUES.map((issue) => (
              <tr key={issue}>
                <th scope="row">{t(`issue.${issue}`)}</th>
                {STAGES.map((stage) => {
                  const c = at(issue, stage);
                  if (!c) return <td key={stage} />;
                  const graded = Object.values(c.counts).reduce((a, b) => a + b, 0);
                  const strong = c.counts.requirement + c.counts.verified_requirement;
                  return (
                    <td key={stage} style={{ background: shade(c), textAlign: 'center' }}>
                      <button type="button" onClick={() => setPicked({ issue, stage })}>
                        {strong}/{graded}
                        {c.bindingRequirement > 0 ? ' ★' : ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {picked && drill.status === 'ok' && (
        <section aria-live="polite">
          <h2>{t('heat.drill', { issue: t(`issue.${picked.issue}`), stage: t(`stage.${picked.stage}`) })}</h2>
          <ul>
            {drill.data.items
              .filter((c) => c.grade !== 'not_addressed')
              .map((c) => (
                <li key={c.instrumentId}>
                  <Link to={`/instruments/items/${c.instrumentId}`}>{c.instrumentId}</Link>:{' '}
                  {t(`grade.${c.grade}`)} — {c.clause} ({t(`status.${c.status}`)})
                </li>
              ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
