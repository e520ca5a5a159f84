import type {
  DredgingDatasetRef as DatasetRef,
  DredgingVesselRow as VesselRow,
} from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn, type DataTableSort } from '../../ui/DataTable.tsx';
import { TablePager } from '../../ui/TablePager.tsx';
import { BandText } from './DatasetNotice.tsx';
import { viewQuery } from './view.ts';

const PAGE_SIZE = 50;

/**
 * The dredgers of the view: a search by name, operator, MMSI or IMO, an order and a page, each kept in the
 * address (`vq`, `vsort`, `vpage`) so that a view can be shared; searched, sorted and paged by the server.
 */
export function VesselsSection({ filter }: { filter: { year: string; month: string; dataset: string } }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [params, setParams] = useSearchParams();
  const search = params.get('vq') ?? '';
  const sortParam = params.get('vsort') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('vpage') ?? '1', 10) || 1);
  const [draft, setDraft] = useState(search);
  const extra: Record<string, string> = {
    limit: String(PAGE_SIZE),
    offset: String((page - 1) * PAGE_SIZE),
  };
  if (search) extra.q = search;
  if (sortParam) extra.sort = sortParam;
  const vessels = useApi<{ dataset: DatasetRef; items: VesselRow[]; total: number }>(
    `/dredging/vessels${viewQuery(filter, extra)}`,
  );
  const change = (values: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [k, v] of Object.entries(values)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ vq: draft.trim(), vpage: '' });
  };
  const sort: DataTableSort | null = sortParam
    ? { key: sortParam.replace(/^-/, ''), descending: sortParam.startsWith('-') }
    : null;

  const columns: DataTableColumn<VesselRow>[] = [
    {
      key: 'name',
      header: t('dredging.field.vessel'),
      cell: (v) => (
        <Link to={`/dredging/vessels/${v.mmsi}${viewQuery(filter)}`}>{v.name ?? String(v.mmsi)}</Link>
      ),
      sortValue: (v) => v.name ?? '',
    },
    { key: 'mmsi', header: 'MMSI', cell: (v) => String(v.mmsi), sortValue: (v) => v.mmsi },
    { key: 'imo', header: 'IMO', cell: (v) => (v.imo ? String(v.imo) : '—') },
    {
      key: 'type',
      header: t('dredging.field.type'),
      cell: (v) => (v.dredgerType ? t(`dredging.type.${v.dredgerType}`) : '—'),
    },
    {
      key: 'evidence',
      header: t('dredging.field.evidence'),
      cell: (v) => v.evidence.map((e) => t(`dredging.evidence.${e}`)).join(', '),
    },
    {
      key: 'volume',
      header: t('dredging.field.volume'),
      cell: (v) => <BandText band={v.volumeM3} />,
      numeric: true,
      sortValue: (v) => v.volumeM3.central,
    },
    {
      key: 'hours',
      header: t('dredging.field.hours'),
      cell: (v) => intl.formatNumber(v.dredgingHours),
      numeric: true,
      sortValue: (v) => v.dredgingHours,
    },
  ];

  return (
    <section aria-labelledby="dredging-vessels">
      <h2 id="dredging-vessels">{t('dredging.vessels.title')}</h2>
      <search>
        <form className="filters" onSubmit={submit}>
          <div className="field">
            <label htmlFor="dv-search">{t('dredging.vessels.search')}</label>
            <input
              id="dv-search"
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              aria-describedby="dv-search-hint"
            />
            <small id="dv-search-hint">{t('dredging.vessels.searchHint')}</small>
          </div>
          <button type="submit">{t('dredging.vessels.searchButton')}</button>
        </form>
      </search>
      {vessels.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: vessels.error.detail ?? vessels.error.title })}
        </p>
      )}
      {vessels.status === 'ok' && (
        <>
          <DataTable
            caption={t('dredging.vessels.caption', {
              shown: vessels.data.items.length,
              total: vessels.data.total,
            })}
            columns={columns}
            rows={vessels.data.items}
            rowKey={(v) => String(v.mmsi)}
            empty={t('dredging.none')}
            sort={{
              current: sort,
              onSort: (next) => change({ vsort: `${next.descending ? '-' : ''}${next.key}`, vpage: '' }),
            }}
          />
          <TablePager
            label={t('dredging.vessels.pager')}
            page={page}
            pages={Math.max(1, Math.ceil(vessels.data.total / PAGE_SIZE))}
            onPage={(n) => change({ vpage: n > 1 ? String(n) : '' })}
          />
        </>
      )}
    </section>
  );
}
