import * as Plot from '@observablehq/plot';
import type { DiffPart, GroupView, ProposalDetail } from '@strata/server/api-types';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { UnGroup } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { Chart } from '../../ui/Chart.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { LinkedThreads } from '../exchange/ThreadLinks.tsx';
import { LinkedInstruments } from '../instruments/LinkedInstruments.tsx';
import { PROCESS_API } from './api.ts';
import { AmendmentForm, HandleAmendment } from './CoChairForms.tsx';
import { PositionForm } from './PositionForm.tsx';
import { DemoBadge, LoadError } from './ProcessNav.tsx';
import { textIn } from './ProposalsPage.tsx';
import { useReloadable } from './useReloadable.ts';

const GROUP_COLOURS: Record<UnGroup, string> = {
  african: '#E69F00',
  asia_pacific: '#56B4E9',
  eastern_european: '#009E73',
  latin_american_caribbean: '#F0E442',
  western_european_others: '#CC79A7',
};

/** A word diff between two versions, insertions and deletions marked (not by colour alone). */
function VersionDiff({ proposal }: { proposal: ProposalDetail }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const last = proposal.versions.length;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const languages = proposal.currentVersion.texts.map((x) => x.language);
  const [language, setLanguage] = useState<string>(languages.includes('en') ? 'en' : (languages[0] ?? 'en'));
  const diff = useApi<{
    body: DiffPart[];
    title: DiffPart[];
    stats: { insertedWords: number; deletedWords: number };
  }>(`${PROCESS_API}/proposals/${proposal.id}/diff?from=${from}&to=${to}&language=${language}`);
  const numbers = proposal.versions.map((v) => v.number);
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('process.diff.heading')}</h2>
      <div className="filters">
        <label>
          {t('process.diff.from')}{' '}
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('process.diff.to')}{' '}
          <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('process.diff.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      {diff.status === 'ok' && (
        <>
          <p>{t('process.diff.stats', diff.data.stats)}</p>
          <p className="diff" lang={language}>
            {diff.data.body.map((part, i) =>
              part.op === 'insert' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their position
                <ins key={i}>{part.text}</ins>
              ) : part.op === 'delete' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <del key={i}>{part.text}</del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </>
      )}
      {diff.status === 'error' && <p className="note">{diff.error.detail}</p>}
    </section>
  );
}

/** One proposal: current text per language, versions and diff, endorsements side by side, lineage. */
export function ProposalPage() {
  const intl = useIntl();
  const { lang } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const id = useParams().id ?? '';
  const { result, data, reload } = useReloadable<ProposalDetail>(`${PROCESS_API}/proposals/${id}`);
  const groups = data ? data.endorsements.perGroup : [];
  usePageTitle(data ? data.code : t('process.proposals.title'));
  const groupName = (g: UnGroup) => intl.formatMessage({ id: `countries.group.${g}` });
  const chartOptions = useMemo<Plot.PlotOptions>(
    () => ({
      height: 220,
      marginLeft: 10,
      x: {
        label: intl.formatMessage({ id: 'process.endorsement.share' }),
        percent: true,
        domain: [0, 100],
        grid: true,
      },
      y: {
        label: null,
        axis: null,
        domain: groups.map((g) => intl.formatMessage({ id: `countries.group.${g.group}` })),
      },
      marks: [
        Plot.barX(groups, {
          y: (g: GroupView) => intl.formatMessage({ id: `countries.group.${g.group}` }),
          x: 'supportShare',
          fill: (g: GroupView) => GROUP_COLOURS[g.group],
        }),
        Plot.text(groups, {
          y: (g: GroupView) => intl.formatMessage({ id: `countries.group.${g.group}` }),
          x: 0,
          text: (g: GroupView) => intl.formatMessage({ id: `countries.group.${g.group}` }),
          textAnchor: 'start',
          dx: 4,
          fontSize: 11,
        }),
      ],
    }),
    [groups, intl],
  );

  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  const p = data;
  const e = p.endorsements;
  const current = textIn(p.currentVersion.texts, lang);
  const pct = (x: number) => intl.formatNumber(x, { style: 'percent', maximumFractionDigits: 1 });
  const groupColumns: DataTableColumn<GroupView>[] = [
    {
      key: 'group',
      header: t('process.endorsement.group'),
      cell: (g) => groupName(g.group),
      sortValue: (g) => groupName(g.group),
    },
    {
      key: 'members',
      header: t('process.endorsement.members'),
      cell: (g) => g.members,
      numeric: true,
      sortValue: (g) => g.members,
    },
    {
      key: 'supporting',
      header: t('process.endorsement.supporting'),
      cell: (g) => g.supporting,
      numeric: true,
      sortValue: (g) => g.supporting,
    },
    {
      key: 'reservation',
      header: t('process.endorsement.reservations'),
      cell: (g) => g.reservation,
      numeric: true,
      sortValue: (g) => g.reservation,
    },
    {
      key: 'objection',
      header: t('process.endorsement.objecting'),
      cell: (g) => g.objection,
      numeric: true,
      sortValue: (g) => g.objection,
    },
    {
      key: 'expressed',
      header: t('process.endorsement.expressed'),
      cell: (g) => g.expressed,
      numeric: true,
      sortValue: (g) => g.expressed,
    },
    {
      key: 'share',
      header: t('process.endorsement.share'),
      cell: (g) => pct(g.supportShare),
      numeric: true,
      sortValue: (g) => g.supportShare,
    },
    {
      key: 'factor',
      header: t('process.endorsement.factor'),
      cell: (g) => intl.formatNumber(g.factor, { maximumFractionDigits: 3 }),
      numeric: true,
      sortValue: (g) => g.factor,
    },
  ];

  return (
    <div className="page process-page">
      <p>
        <Link to={`/process/p/${p.processId}/proposals`}>{t('process.proposals.title')}</Link>
      </p>
      <h1>
        {p.code}: {current?.title} {p.demo && <DemoBadge />}
      </h1>
      <p className="lead">
        {t('process.proposal.summaryLine', {
          version: p.currentVersion.number,
          status: t(`process.proposalStatus.${p.status}`),
          origin: t(`process.origin.${p.originKind}`),
        })}
      </p>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t('process.proposal.currentText')}</h2>
        {p.currentVersion.texts.map((x) => (
          <article
            key={x.language}
            lang={x.language}
            dir={x.language === 'ar' ? 'rtl' : 'ltr'}
            className="proposal-text"
          >
            <h3>
              {x.title}{' '}
              <span className="badge">
                {t(x.official ? 'process.text.official' : 'process.text.unofficial')}
              </span>
            </h3>
            <p>{x.body}</p>
          </article>
        ))}
      </section>
      <LinkedInstruments
        headingId="instruments-heading"
        targets={[
          { kind: 'process.proposal', ref: p.id },
          ...(p.clusterId ? [{ kind: 'process.cluster' as const, ref: p.clusterId }] : []),
        ]}
      />
      <LinkedThreads proposal={p.id} />
      <section aria-labelledby="endorsements-heading">
        <h2 id="endorsements-heading">{t('process.endorsement.heading')}</h2>
        {e.status === 'objected' && (
          <p role="note" className="flag flag-objection">
            {t('process.consensus.objectedBy', { states: e.objectingStates.join(', ') })}
          </p>
        )}
        {e.status === 'no_positions' && <p className="flag">{t('process.consensus.no_positions')}</p>}
        {e.reservingStates.length > 0 && (
          <p className="flag">
            {t('process.consensus.reservations', { states: e.reservingStates.join(', ') })}
          </p>
        )}
        <dl className="figures">
          <div>
            <dt>{t('process.endorsement.raw')}</dt>
            <dd>{e.raw.supporting}</dd>
          </div>
          <div>
            <dt>{t('process.endorsement.objecting')}</dt>
            <dd>{e.raw.objection}</dd>
          </div>
          <div>
            <dt>{t('process.endorsement.groupsWithSupport')}</dt>
            <dd>{5 - e.groupsWithoutSupport.length} / 5</dd>
          </div>
          <div>
            <dt>{t('process.endorsement.score')}</dt>
            <dd>{intl.formatNumber(e.consensusScore, { maximumSignificantDigits: 3 })}</dd>
          </div>
        </dl>
        <p className="note">{t('process.proposals.scoreExplained')}</p>
        <div>
          <DataTable
            caption={t('process.endorsement.perGroup')}
            columns={groupColumns}
            rows={e.perGroup}
            rowKey={(g) => g.group}
          />
          <Chart
            caption={t('process.endorsement.shareChart')}
            options={chartOptions}
            summary={{
              columns: [groupColumns[0], groupColumns[6]] as DataTableColumn<GroupView>[],
              rows: e.perGroup,
              rowKey: (g) => g.group,
            }}
          />
        </div>
        {p.status === 'active' && <PositionForm versionId={p.currentVersion.id} onRecorded={reload} />}
        {e.outsideGroups.expressed > 0 && (
          <p className="note">{t('process.endorsement.outside', { count: e.outsideGroups.expressed })}</p>
        )}
      </section>
      {p.versions.length > 1 && <VersionDiff proposal={p} />}
      <AmendmentForm proposal={p} onDone={reload} />
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('process.versions.heading')}</h2>
        <ol>
          {p.versions.map((v) => (
            <li key={v.id}>
              {t('process.versions.item', { number: v.number, date: new Date(v.createdAt).getTime() })}
              {v.note ? ` — ${v.note}` : ''}
            </li>
          ))}
        </ol>
        {(p.lineage.ancestors.length > 0 || p.lineage.descendants.length > 0) && (
          <p>
            {t('process.lineage.summary', {
              ancestors: p.lineage.ancestors.length,
              descendants: p.lineage.descendants.length,
            })}{' '}
            {[...p.lineage.ancestors, ...p.lineage.descendants].map((x) => (
              <Link key={x} to={`/process/proposals/${x}`} className="lineage-link">
                {x.slice(0, 8)}
              </Link>
            ))}
          </p>
        )}
        {p.amendments.length > 0 && (
          <ul>
            {p.amendments.map((a) => (
              <li key={a.id}>
                {t('process.amendment.item', {
                  state: a.countryIso3,
                  language: a.language,
                  status: t(`process.amendmentStatus.${a.status}`),
                })}
                {a.handling ? ` — ${a.handling}` : ''}
                {a.status === 'proposed' && <HandleAmendment amendmentId={a.id} onDone={reload} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
