import * as Plot from '@observablehq/plot';
import type { Cluster, Meeting, ProcessInfo } from '@strata/server/api-types';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import type { ExportColumn } from '../../ui/export/tabular.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { LoadError, ProcessNav } from './ProcessNav.tsx';
import { TranslatedList, TranslatedText } from './Translated.tsx';
import { headlineTotals, MEETING_LANES, type TimelineBar, timelineBars } from './timeline.ts';

/** Colours of the meeting types (Okabe–Ito palette). */
const LANE_COLOURS: Record<string, string> = {
  briefing: '#56B4E9',
  regional_consultation: '#E69F00',
  working_group: '#009E73',
  global_meeting: '#CC79A7',
};

/** Overview of one process: mandate, phases, published totals, timeline chart and the meetings. */
export function ProcessPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  const process = useApi<ProcessInfo>(`${PROCESS_API}/processes/${slug}`);
  const meetings = useApi<{ items: Meeting[] }>(`${PROCESS_API}/processes/${slug}/meetings`);
  const clusters = useApi<{ items: Cluster[] }>(`${PROCESS_API}/processes/${slug}/clusters`);
  const focal = useApi<{ countries: number; byGroup: Record<string, number> }>(
    `${PROCESS_API}/processes/${slug}/focal-points/counts`,
  );
  usePageTitle(process.status === 'ok' ? process.data.title : t('process.title'));
  const rows = meetings.status === 'ok' ? meetings.data.items : [];
  const bars = useMemo(() => timelineBars(rows), [rows]);
  const laneName = (lane: string) => t(`process.meetingType.${lane}`);

  const chartOptions = useMemo<Plot.PlotOptions>(
    () => ({
      height: 200,
      marginLeft: 10,
      x: { type: 'utc', label: null, grid: true },
      y: {
        label: null,
        domain: MEETING_LANES.map((l) => intl.formatMessage({ id: `process.meetingType.${l}` })),
        axis: null,
      },
      marks: [
        Plot.barX(bars, {
          x1: 'start',
          x2: 'end',
          y: (d: TimelineBar) => intl.formatMessage({ id: `process.meetingType.${d.lane}` }),
          fill: (d: TimelineBar) => LANE_COLOURS[d.lane],
          title: 'title',
          insetTop: 4,
          insetBottom: 4,
        }),
        Plot.text(MEETING_LANES, {
          x: bars[0]?.start,
          y: (l: string) => intl.formatMessage({ id: `process.meetingType.${l}` }),
          text: (l: string) => intl.formatMessage({ id: `process.meetingType.${l}` }),
          textAnchor: 'start',
          dy: -14,
          fontSize: 11,
        }),
      ],
    }),
    [bars, intl],
  );

  if (process.status === 'loading') return <PageLoading />;
  if (process.status === 'error') return <LoadError detail={process.error.detail ?? process.error.title} />;
  const p = process.data;
  const date = (iso: string) =>
    intl.formatDate(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const dates = (m: Meeting) =>
    m.startDate === m.endDate ? date(m.startDate) : `${date(m.startDate)} – ${date(m.endDate)}`;
  const columns: DataTableColumn<Meeting>[] = [
    { key: 'dates', header: t('process.meeting.dates'), cell: dates, sortValue: (m) => m.startDate },
    {
      key: 'type',
      header: t('process.meeting.type'),
      cell: (m) => laneName(m.type),
      sortValue: (m) => laneName(m.type),
    },
    {
      key: 'title',
      header: t('process.meeting.title'),
      cell: (m) => (
        <>
          <TranslatedText base={m.title} forms={m.translations.title} />
          {m.audience && (
            <div className="note">
              <TranslatedText base={m.audience} forms={m.translations.audience} />
            </div>
          )}
          {m.format && (
            <div className="note">
              {t('process.meeting.format')}: {t(`process.meeting.format.${m.format}`)}
            </div>
          )}
          {m.hybridLink && (
            <div>
              <a href={m.hybridLink}>{t('process.meeting.hybridLink')}</a>
            </div>
          )}
          {m.agenda.length > 0 && (
            <details>
              <summary>{t('process.meeting.agenda')}</summary>
              <TranslatedList base={m.agenda} forms={m.translations.agenda} />
            </details>
          )}
          {m.outcome && <p>{m.outcome}</p>}
        </>
      ),
      sortValue: (m) => m.title,
    },
    {
      key: 'place',
      header: t('process.meeting.place'),
      cell: (m) => m.place ?? '—',
      sortValue: (m) => m.place ?? '',
    },
    {
      key: 'host',
      header: t('process.meeting.host'),
      cell: (m) => m.hostIso3 ?? '—',
      sortValue: (m) => m.hostIso3 ?? '',
    },
    {
      key: 'totals',
      header: t('process.meeting.attendance'),
      cell: (m) =>
        typeof m.publishedTotals.memberStates === 'number'
          ? t('process.meeting.attendanceValue', {
              states: m.publishedTotals.memberStates,
              observers: Number(m.publishedTotals.observers ?? 0),
            })
          : '—',
    },
    {
      key: 'participation',
      header: t('process.meeting.participation'),
      cell: (m) =>
        m.participation.length === 0
          ? '—'
          : t('process.meeting.participationValue', {
              states: m.participation.filter((x) => x.countryIso3).length,
              online: m.participation.filter((x) => x.mode === 'online').length,
            }),
    },
    {
      key: 'docs',
      header: t('process.meeting.documents'),
      cell: (m) =>
        m.documents.length === 0
          ? '—'
          : m.documents.map((d) => (
              <div key={d.id}>
                {d.url || d.fileId ? (
                  <a
                    href={d.url ?? `/api${PROCESS_API}/meetings/${m.id}/documents/${d.id}/file`}
                    lang={d.language ?? undefined}
                  >
                    <bdi>{d.title}</bdi>
                  </a>
                ) : (
                  d.title
                )}
                {d.issued && (
                  <small className="note"> ({t('process.meeting.issued', { date: d.issued })})</small>
                )}
              </div>
            )),
    },
  ];
  const exportColumns: ExportColumn<Meeting>[] = [
    { key: 'startDate', header: 'start_date', value: (m) => m.startDate },
    { key: 'endDate', header: 'end_date', value: (m) => m.endDate },
    { key: 'type', header: 'type', value: (m) => m.type },
    { key: 'title', header: 'title', value: (m) => m.title },
    { key: 'format', header: 'format', value: (m) => m.format },
    { key: 'audience', header: 'audience', value: (m) => m.audience },
    { key: 'place', header: 'place', value: (m) => m.place },
    { key: 'host', header: 'host_iso3', value: (m) => m.hostIso3 },
    { key: 'unGroup', header: 'un_group', value: (m) => m.unGroup },
  ];

  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{p.title}</h1>
      <p className="lead">
        <strong>{p.resolution}</strong> · {t('process.secretariat', { name: p.secretariat })}
      </p>
      {p.mandate.map((m) => (
        <p key={m.paragraph}>
          <strong>{m.paragraph}</strong> {m.text}
          {m.source && <small className="note"> ({t('process.mandate.source', { source: m.source })})</small>}
        </p>
      ))}
      {headlineTotals(p.publishedTotals).length > 0 && (
        <section aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t('process.totals.heading')}</h2>
          <dl className="figures">
            {headlineTotals(p.publishedTotals).map((x) => (
              <div key={x.key}>
                <dt>{t(`process.totals.${x.key}`)}</dt>
                <dd>{intl.formatNumber(x.value)}</dd>
              </div>
            ))}
          </dl>
          <p className="note">{t('process.totals.note')}</p>
        </section>
      )}
      {focal.status === 'ok' && focal.data.countries > 0 && (
        <section aria-labelledby="focal-heading">
          <h2 id="focal-heading">{t('process.focal.heading')}</h2>
          <p>{t('process.focal.onRecord', { count: focal.data.countries })}</p>
          <ul>
            {Object.entries(focal.data.byGroup).map(([g, n]) => (
              <li key={g}>
                {t(`countries.group.${g}`)}: {n}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading">{t('process.phases.heading')}</h2>
        <ol>
          {p.phases.map((ph) => (
            <li key={ph.name}>
              <strong>{ph.name}</strong>: {ph.start ?? t('process.phases.unknownStart')}
              {ph.end && ph.end !== ph.start ? ` – ${ph.end}` : ''}
            </li>
          ))}
        </ol>
        {p.coChairs.length === 0 ? (
          <p className="note">{t('process.coChairs.none')}</p>
        ) : (
          <>
            <h3>{t('process.coChairs.heading')}</h3>
            <ul>
              {p.coChairs.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('process.meetings.heading')}</h2>
        {meetings.status === 'ok' && rows.length > 0 && (
          <Chart
            caption={t('process.timeline.caption')}
            options={chartOptions}
            summary={{ columns: columns.slice(0, 4), rows, rowKey: (m) => m.id }}
          />
        )}
        <DataTable
          caption={t('process.meetings.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(m) => m.id}
        />
        <DownloadButton what={`${slug}-meetings`} columns={exportColumns} rows={rows} />
      </section>
      {clusters.status === 'ok' && clusters.data.items.length > 0 && (
        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading">{t('process.clusters.heading')}</h2>
          <ul>
            {clusters.data.items.map((c) => (
              <li key={c.id}>
                <Link to={`/process/p/${slug}/proposals?cluster=${c.code}`}>
                  {c.code}. <TranslatedText base={c.name} forms={c.translations} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.source && <p className="note">{t('process.source', { source: p.source })}</p>}
    </div>
  );
}
