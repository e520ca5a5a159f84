import * as Plot from '@observablehq/plot';
import type { Cluster, Proposal, ProposalText } from '@strata/server/api-types';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { NewProposalForm } from './CoChairForms.tsx';
import { DemoBadge, LoadError, ProcessNav } from './ProcessNav.tsx';
import { useReloadable } from './useReloadable.ts';

/** The text in the UI language when there is one, else English, else the first. */
export function textIn(texts: readonly ProposalText[], lang: string): ProposalText | undefined {
  return texts.find((x) => x.language === lang) ?? texts.find((x) => x.language === 'en') ?? texts[0];
}

/** Proposals of a process: current text, raw support beside the group-aware consensus score, CSV. */
export function ProposalsPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  const [params] = useSearchParams();
  const cluster = params.get('cluster');
  usePageTitle(t('process.proposals.title'));
  const { result, data, reload } = useReloadable<{ items: Proposal[] }>(
    `${PROCESS_API}/processes/${slug}/proposals${cluster ? `?cluster=${encodeURIComponent(cluster)}` : ''}`,
  );
  const clusters = useApi<{ items: Cluster[] }>(`${PROCESS_API}/processes/${slug}/clusters`);
  const rows = data?.items ?? [];
  const clusterName = (code: string | null) =>
    (clusters.status === 'ok' && clusters.data.items.find((c) => c.code === code)?.name) || code || '—';

  const chartOptions = useMemo<Plot.PlotOptions>(
    () => ({
      height: 280,
      grid: true,
      x: { label: intl.formatMessage({ id: 'process.proposals.axisSupporting' }) },
      marginRight: 40,
      y: {
        label: intl.formatMessage({ id: 'process.proposals.axisScore' }),
        type: 'log',
        ticks: 5,
        tickFormat: (d: number) => intl.formatNumber(d, { maximumSignificantDigits: 2 }),
      },
      marks: [
        Plot.dot(rows, {
          x: (p: Proposal) => p.endorsements.raw.supporting,
          y: (p: Proposal) => p.endorsements.consensusScore,
          fill: (p: Proposal) => (p.endorsements.status === 'objected' ? '#D55E00' : '#0072B2'),
          r: 5,
          title: (p: Proposal) => p.code,
        }),
        Plot.text(rows, {
          x: (p: Proposal) => p.endorsements.raw.supporting,
          y: (p: Proposal) => p.endorsements.consensusScore,
          text: 'code',
          dy: -10,
          fontSize: 10,
        }),
      ],
    }),
    [rows, intl],
  );

  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  const score = (p: Proposal) =>
    intl.formatNumber(p.endorsements.consensusScore, { maximumSignificantDigits: 3 });
  const columns: DataTableColumn<Proposal>[] = [
    {
      key: 'code',
      header: t('process.proposal.code'),
      cell: (p) => (
        <>
          <Link to={`/process/proposals/${p.id}`}>{p.code}</Link> {p.demo && <DemoBadge />}
        </>
      ),
      sortValue: (p) => p.code,
    },
    {
      key: 'cluster',
      header: t('process.proposal.cluster'),
      cell: (p) => clusterName(p.clusterCode),
      sortValue: (p) => p.clusterCode ?? '',
    },
    {
      key: 'title',
      header: t('process.proposal.title'),
      cell: (p) => textIn(p.currentVersion.texts, lang)?.title ?? '',
      sortValue: (p) => textIn(p.currentVersion.texts, lang)?.title ?? '',
    },
    {
      key: 'version',
      header: t('process.proposal.version'),
      cell: (p) => p.currentVersion.number,
      numeric: true,
      sortValue: (p) => p.currentVersion.number,
    },
    {
      key: 'status',
      header: t('process.proposal.status'),
      cell: (p) => t(`process.proposalStatus.${p.status}`),
      sortValue: (p) => p.status,
    },
    {
      key: 'supporting',
      header: t('process.endorsement.supporting'),
      cell: (p) => p.endorsements.raw.supporting,
      numeric: true,
      sortValue: (p) => p.endorsements.raw.supporting,
    },
    {
      key: 'objecting',
      header: t('process.endorsement.objecting'),
      cell: (p) => p.endorsements.raw.objection,
      numeric: true,
      sortValue: (p) => p.endorsements.raw.objection,
    },
    {
      key: 'groups',
      header: t('process.endorsement.groupsWithSupport'),
      cell: (p) => 5 - p.endorsements.groupsWithoutSupport.length,
      numeric: true,
      sortValue: (p) => 5 - p.endorsements.groupsWithoutSupport.length,
    },
    {
      key: 'score',
      header: t('process.endorsement.score'),
      cell: score,
      numeric: true,
      sortValue: (p) => p.endorsements.consensusScore,
    },
    {
      key: 'consensus',
      header: t('process.endorsement.status'),
      cell: (p) => t(`process.consensus.${p.endorsements.status}`),
      sortValue: (p) => p.endorsements.status,
    },
  ];

  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{t('process.proposals.title')}</h1>
      {cluster && (
        <p>
          {t('process.proposals.filteredBy', { cluster: clusterName(cluster) })}{' '}
          <Link to={`/process/p/${slug}/proposals`}>{t('process.proposals.showAll')}</Link>
        </p>
      )}
      <p>{t('process.proposals.scoreExplained')}</p>
      {rows.length === 0 ? (
        <p className="note">{t('process.proposals.none')}</p>
      ) : (
        <Chart
          caption={t('process.proposals.chartCaption')}
          options={chartOptions}
          summary={{
            columns: [columns[0], columns[5], columns[8]] as DataTableColumn<Proposal>[],
            rows,
            rowKey: (p) => p.id,
          }}
        />
      )}
      <NewProposalForm
        slug={slug}
        clusters={clusters.status === 'ok' ? clusters.data.items : []}
        onDone={reload}
      />
      <DataTable
        caption={t('process.proposals.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
      />
      <p className="downloads">
        <a href={`/api${PROCESS_API}/processes/${slug}/proposals.csv`} download>
          {t('process.download.proposals')}
        </a>{' '}
        ·{' '}
        <a href={`/api${PROCESS_API}/processes/${slug}/endorsements.csv`} download>
          {t('process.download.endorsements')}
        </a>
      </p>
    </div>
  );
}
