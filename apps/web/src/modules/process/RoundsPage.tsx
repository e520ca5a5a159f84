import * as Plot from '@observablehq/plot';
import type { Round, RoundResults } from '@strata/server/api-types';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { BallotForm } from './BallotForm.tsx';
import { ballotItemTitle } from './ballot.ts';
import { CloseRoundButton } from './CoChairForms.tsx';
import { DemoBadge, LoadError, ProcessNav } from './ProcessNav.tsx';
import { ruleText } from './rule.ts';
import { useReloadable } from './useReloadable.ts';

type Line = RoundResults['result']['lines'][number] & { label: string };

/** Results of one closed round: the method and its rule, a chart and a table, the ballots CSV. */
function RoundResultsView({ round }: { round: Round }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const results = useApi<RoundResults>(`${PROCESS_API}/rounds/${round.id}/results`);
  // Each proposal by its title (the reader's language when it has one), its code and version after it.
  const label = new Map(
    round.items.map((i) => {
      const code = `${i.proposalCode} v${i.versionNumber}`;
      const title = ballotItemTitle(i.titles, intl.locale);
      return [i.versionId, title ? `${title} (${code})` : code];
    }),
  );
  const lines: Line[] =
    results.status === 'ok'
      ? results.data.result.lines.map((l) => ({ ...l, label: label.get(l.itemId) ?? l.itemId }))
      : [];
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      height: Math.max(120, lines.length * 24 + 40),
      marginLeft: 240,
      x: { label: intl.formatMessage({ id: 'process.round.points' }), grid: true },
      // Long titles are shortened on the axis; the table beside the chart gives them whole.
      y: {
        label: null,
        domain: lines.map((l) => l.label),
        tickFormat: (d: string) => (d.length > 36 ? `${d.slice(0, 35)}…` : d),
      },
      marks: [Plot.barX(lines, { x: 'points', y: 'label', fill: '#0072B2' }), Plot.ruleX([0])],
    }),
    [lines, intl],
  );
  if (results.status !== 'ok') return null;
  const columns: DataTableColumn<Line>[] = [
    {
      key: 'rank',
      header: t('process.round.rank'),
      cell: (l) => l.rank,
      numeric: true,
      sortValue: (l) => l.rank,
    },
    { key: 'label', header: t('process.round.proposal'), cell: (l) => l.label, sortValue: (l) => l.label },
    {
      key: 'points',
      header: t('process.round.points'),
      cell: (l) => intl.formatNumber(l.points),
      numeric: true,
      sortValue: (l) => l.points,
    },
    {
      key: 'mean',
      header: t('process.round.mean'),
      cell: (l) => intl.formatNumber(l.meanPoints, { maximumFractionDigits: 2 }),
      numeric: true,
      sortValue: (l) => l.meanPoints,
    },
    {
      key: 'for',
      header: t('process.round.ballotsFor'),
      cell: (l) => l.ballotsFor,
      numeric: true,
      sortValue: (l) => l.ballotsFor,
    },
  ];
  return (
    <>
      <p className="note">{ruleText(intl, results.data.result.parameters, round.items.length)}</p>
      <div className="side-by-side">
        <Chart
          caption={t('process.round.chart', { title: round.title })}
          options={options}
          summary={{ columns, rows: lines, rowKey: (l) => l.itemId }}
        />
        <DataTable
          caption={t('process.round.results', { count: results.data.result.ballots })}
          columns={columns}
          rows={lines}
          rowKey={(l) => l.itemId}
        />
      </div>
      <p>
        <a href={`/api${PROCESS_API}/rounds/${round.id}/ballots.csv`} download>
          {t('process.download.ballots')}
        </a>
      </p>
    </>
  );
}

/** Prioritisation rounds of a process; results and ballots appear once a round is closed. */
export function RoundsPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  usePageTitle(t('process.rounds.title'));
  const {
    result: rounds,
    data,
    reload,
  } = useReloadable<{ items: Round[] }>(`${PROCESS_API}/processes/${slug}/rounds`);
  if (rounds.status === 'error') return <LoadError detail={rounds.error.detail ?? rounds.error.title} />;
  if (!data) return <PageLoading />;
  const when = (iso: string) =>
    intl.formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{t('process.rounds.title')}</h1>
      {data.items.length === 0 && <p className="note">{t('process.rounds.none')}</p>}
      {data.items.map((r) => (
        <section key={r.id} aria-labelledby={`round-${r.id}`}>
          <h2 id={`round-${r.id}`}>
            {r.title} {r.demo && <DemoBadge />}
          </h2>
          <p>
            {t('process.round.summary', {
              method: t(`process.method.${r.parameters.method}`),
              state: t(`process.roundState.${r.state}`),
              ballots: r.ballotsCast,
              opens: when(r.opensAt),
              closes: when(r.closesAt),
            })}
          </p>
          {r.state === 'closed' ? (
            <RoundResultsView round={r} />
          ) : (
            <>
              <p className="note">{t('process.round.sealed')}</p>
              {r.state === 'open' && <BallotForm round={r} onCast={reload} />}
              {r.state === 'open' && <CloseRoundButton round={r} onDone={reload} />}
            </>
          )}
        </section>
      ))}
    </div>
  );
}
