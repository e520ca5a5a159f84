import { GOVERNANCE_CSV_COLUMNS } from '@strata/sand/browser';
import type { SandGovernanceCountry, SandMarineLayer } from '@strata/server/api-types';
import { useIntl } from 'react-intl';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { BandText, LoadError, useT } from './shared.tsx';

type Entry = SandGovernanceCountry['entries'][number];
type MarineYear = SandMarineLayer['years'][number];

/** "3 of 8 fields known (38 %)": the completeness share, which measures knowledge, not policy. */
export function Completeness({ c }: { c: SandGovernanceCountry['completeness'] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <>
      {t('sand.governance.completeness', {
        known: c.known,
        total: c.total,
        share: intl.formatNumber(c.share, { style: 'percent' }),
      })}
    </>
  );
}

/** A country's governance: the sourced entries per field, what is unknown, and the UNEP checklist. */
export function GovernanceSection({ iso3 }: { iso3: string }) {
  const t = useT();
  const result = useApi<SandGovernanceCountry>(`/sand/countries/${encodeURIComponent(iso3)}/governance`);
  const columns: DataTableColumn<Entry>[] = [
    { key: 'field', header: t('sand.governance.field'), cell: (e) => t(`sand.governance.fields.${e.field}`) },
    {
      key: 'summary',
      header: t('sand.governance.what'),
      cell: (e) => (
        <>
          {e.summary}
          {e.scope && <div className="sand-scope">{t('sand.governance.scope', { scope: e.scope })}</div>}
        </>
      ),
    },
    {
      key: 'status',
      header: t('sand.governance.status'),
      cell: (e) => t(`sand.governance.statuses.${e.status}`),
    },
    {
      key: 'instrument',
      header: t('sand.governance.instrument'),
      cell: (e) => (e.instrumentDate ? `${e.instrument} (${e.instrumentDate})` : e.instrument),
      sortValue: (e) => e.instrumentDate ?? '',
    },
    { key: 'body', header: t('sand.governance.body'), cell: (e) => e.body ?? '—' },
    {
      key: 'source',
      header: t('sand.field.source'),
      cell: (e) => (
        <>
          <a href={e.sourceUrl}>{e.sourceTitle}</a>
          <div>{t('sand.governance.retrieved', { date: e.retrieved })}</div>
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="sand-governance" className="sand-governance">
      <h2 id="sand-governance">{t('sand.governance.title')}</h2>
      <p>{t('sand.governance.note')}</p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'ok' && (
        <>
          <p data-testid="sand-governance-completeness">
            <Completeness c={result.data.completeness} />
          </p>
          {result.data.entries.length === 0 ? (
            <p>{t('sand.governance.none')}</p>
          ) : (
            <>
              <DataTable
                caption={t('sand.governance.title')}
                columns={columns}
                rows={result.data.entries}
                rowKey={(e) => e.id}
              />
              <DownloadButton
                what={`sand-governance-${result.data.iso3}`}
                rows={result.data.entries}
                columns={GOVERNANCE_CSV_COLUMNS}
              />
            </>
          )}
          {result.data.completeness.missing.length > 0 && (
            <p>
              {t('sand.governance.missing', {
                fields: result.data.completeness.missing
                  .map((f) => t(`sand.governance.fields.${f}`))
                  .join(', '),
              })}
            </p>
          )}
          <h3 id="sand-checklist">{t('sand.governance.checklist')}</h3>
          <p>{t('sand.governance.checklistNote')}</p>
          <ul className="sand-checklist" aria-labelledby="sand-checklist">
            {result.data.checklist.map((r) => (
              <li key={r.key}>
                <span aria-hidden="true">{r.evidence.length > 0 ? '☑' : '☐'}</span>{' '}
                <a href={r.source}>{t(`sand.governance.recommendations.${r.key}`)}</a>
                {': '}
                {r.evidence.length === 0
                  ? t('sand.governance.noEvidence')
                  : r.evidence.map((ev, k) => (
                      <span key={ev.entryId}>
                        {k > 0 && '; '}
                        <a href={ev.url}>{ev.instrument}</a>
                      </span>
                    ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Marine and coastal dredging in the country's waters (dredging watch), beside the 6.4–16 Gt a year. */
export function MarineSection({ iso3 }: { iso3: string }) {
  const t = useT();
  const result = useApi<SandMarineLayer>(`/sand/countries/${encodeURIComponent(iso3)}/marine`);
  const columns: DataTableColumn<MarineYear>[] = [
    { key: 'year', header: t('sand.field.year'), cell: (y) => String(y.year), sortValue: (y) => y.year },
    {
      key: 'tonnes',
      header: t('sand.marine.tonnes'),
      cell: (y) => <BandText band={y.tonnes} scale="Mt" />,
      numeric: true,
      sortValue: (y) => y.tonnes.central,
    },
    { key: 'vessels', header: t('sand.marine.vessels'), cell: (y) => String(y.vessels), numeric: true },
  ];
  return (
    <section aria-labelledby="sand-marine">
      <h2 id="sand-marine">{t('sand.marine.title')}</h2>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'ok' && (
        <>
          <p>
            {t('sand.marine.reference', {
              low: result.data.reference.lowGt,
              high: result.data.reference.highGt,
            })}
          </p>
          {result.data.dataset === null || result.data.years.length === 0 ? (
            <p>{t('sand.marine.none')}</p>
          ) : (
            <>
              <p>
                {t('sand.marine.dataset', { name: result.data.dataset.name })}{' '}
                {result.data.dataset.synthetic && <strong>{t('sand.marine.synthetic')}</strong>}{' '}
                {t(`sand.marine.method.${result.data.countryMethod}`)}
              </p>
              <DataTable
                caption={t('sand.marine.title')}
                columns={columns}
                rows={result.data.years}
                rowKey={(y) => String(y.year)}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
