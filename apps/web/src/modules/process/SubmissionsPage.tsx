import type { Call, Submission } from '@strata/server/api-types';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { LoadError, ProcessNav } from './ProcessNav.tsx';
import { ClearingQueue, SubmitForm, WithdrawControl } from './SubmissionForms.tsx';

/** The per-call listing of published and withdrawn submissions, with files and the compilation. */
function CallListing({ call, reload, onChange }: { call: Call; reload: number; onChange: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const subs = useApi<{ items: Submission[] }>(
    `${PROCESS_API}/calls/${call.id}/submissions${reload ? `?r=${reload}` : ''}`,
  );
  const rows = subs.status === 'ok' ? subs.data.items : [];
  const columns: DataTableColumn<Submission>[] = [
    {
      key: 'submitter',
      header: t('process.submission.submitter'),
      cell: (s) => s.countryIso3 ?? s.organisationName ?? '—',
      sortValue: (s) => s.countryIso3 ?? s.organisationName ?? '',
    },
    {
      key: 'kind',
      header: t('process.submission.kind'),
      cell: (s) => t(`process.submitterKind.${s.submitterKind}`),
      sortValue: (s) => s.submitterKind,
    },
    { key: 'title', header: t('process.submission.title'), cell: (s) => s.title, sortValue: (s) => s.title },
    {
      key: 'status',
      header: t('process.submission.status'),
      cell: (s) =>
        s.status === 'withdrawn'
          ? t('process.submission.withdrawnNote', { note: s.withdrawalNote ?? '' })
          : t(`process.submissionStatus.${s.status}`),
      sortValue: (s) => s.status,
    },
    {
      key: 'withdraw',
      header: t('process.withdraw.column'),
      cell: (s) => <WithdrawControl submission={s} onDone={onChange} />,
    },
    {
      key: 'files',
      header: t('process.submission.files'),
      cell: (s) =>
        s.files.map((f) => (
          <a
            key={f.id}
            href={`/api${PROCESS_API}/submissions/${s.id}/files/${f.id}`}
            download
            title={`SHA-256 ${f.sha256}`}
          >
            {f.originalName} ({f.language},{' '}
            {intl.formatNumber(f.sizeBytes / 1024, { maximumFractionDigits: 0 })} KiB)
          </a>
        )),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('process.submissions.caption', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(s) => s.id}
        empty={t('process.submissions.none')}
      />
      <p className="downloads">
        <a href={`/api${PROCESS_API}/calls/${call.id}/compilation.zip`} download>
          {t('process.download.compilation')}
        </a>{' '}
        ·{' '}
        <a href={`/api${PROCESS_API}/calls/${call.id}/submissions.csv`} download>
          {t('process.download.listing')}
        </a>
      </p>
    </>
  );
}

/** Calls for written submissions of a process, with the published totals beside what Strata holds. */
export function SubmissionsPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  usePageTitle(t('process.submissions.title'));
  const calls = useApi<{ items: Call[] }>(`${PROCESS_API}/processes/${slug}/calls`);
  const [reload, setReload] = useState(0);
  if (calls.status === 'loading') return <PageLoading />;
  if (calls.status === 'error') return <LoadError detail={calls.error.detail ?? calls.error.title} />;
  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{t('process.submissions.title')}</h1>
      <ClearingQueue onChange={() => setReload((n) => n + 1)} />
      {calls.data.items.length === 0 && <p className="note">{t('process.submissions.noCalls')}</p>}
      {calls.data.items.map((c) => (
        <section key={c.id} aria-labelledby={`call-${c.id}`}>
          <h2 id={`call-${c.id}`}>{c.title}</h2>
          <p>
            {t('process.call.deadline', { date: new Date(c.deadline).getTime() })}
            {c.mandateRef ? ` · ${c.mandateRef}` : ''} ·{' '}
            {t(c.open ? 'process.call.open' : 'process.call.closed')}
          </p>
          {typeof c.publishedTotals.received === 'number' && (
            <p>
              {t('process.call.published', {
                received: c.publishedTotals.received,
                states: Number(c.publishedTotals.memberStates ?? 0),
                observers: Number(c.publishedTotals.observers ?? 0),
              })}
            </p>
          )}
          <p>
            {t('process.call.onRecord', { published: c.counts.published, withdrawn: c.counts.withdrawn })}
          </p>
          <CallListing call={c} reload={reload} onChange={() => setReload((n) => n + 1)} />
          <SubmitForm call={c} onSubmitted={() => setReload((n) => n + 1)} />
        </section>
      ))}
    </div>
  );
}
