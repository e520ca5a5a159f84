import type { SandGovernanceList } from '@strata/server/api-types';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { Completeness } from './GovernanceSection.tsx';
import { LoadError, SandNav, useT } from './shared.tsx';

type Row = SandGovernanceList[number];

/**
 * The governance tracker: the countries with sourced entries and how much is known of each (the share of
 * tracker fields with a sourced entry), with the CSV of every entry and its source.
 */
export function GovernancePage() {
  const t = useT();
  const { lang } = useLocale();
  usePageTitle(t('sand.governance.listTitle'));
  const result = useApi<SandGovernanceList>('/sand/governance');
  const columns: DataTableColumn<Row>[] = [
    {
      key: 'country',
      header: t('sand.field.country'),
      cell: (r) => <Link to={`/sand/countries/${r.iso3}`}>{r.name[lang] ?? r.name.en}</Link>,
      sortValue: (r) => r.name[lang] ?? r.name.en,
    },
    {
      key: 'completeness',
      header: t('sand.governance.completenessHeader'),
      cell: (r) => <Completeness c={r.completeness} />,
      sortValue: (r) => r.completeness.share,
    },
    {
      key: 'fields',
      header: t('sand.governance.knownFields'),
      cell: (r) => r.fields.map((f) => t(`sand.governance.fields.${f}`)).join(', '),
    },
    { key: 'entries', header: t('sand.governance.entries'), cell: (r) => String(r.entries), numeric: true },
  ];
  return (
    <article className="page sand-governance-list">
      <SandNav />
      <h1>{t('sand.governance.listTitle')}</h1>
      <p>{t('sand.governance.note')}</p>
      <p>
        <a href="/api/sand/governance.csv" download>
          {t('sand.governance.csv')}
        </a>
      </p>
      {result.status === 'error' && <LoadError detail={result.error.detail ?? result.error.title} />}
      {result.status === 'ok' && (
        <DataTable
          caption={t('sand.governance.listTitle')}
          columns={columns}
          rows={result.data}
          rowKey={(r) => r.iso3}
        />
      )}
    </article>
  );
}
