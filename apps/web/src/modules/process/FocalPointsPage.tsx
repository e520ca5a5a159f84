import type { FocalPoint } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { api, ProblemError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import type { ExportColumn } from '../../ui/export/tabular.ts';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PROCESS_API } from './api.ts';
import { LoadError, ProcessNav } from './ProcessNav.tsx';

/** Nominates a focal point: a focal point for its own State, the secretariat for any State. */
function NominateForm({ slug, onDone }: { slug: string; onDone: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { user } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  if (user?.role !== 'focal_point' && user?.role !== 'secretariat') return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const email = String(data.get('email') ?? '').trim();
    try {
      await api.request(`${PROCESS_API}/processes/${slug}/focal-points`, {
        method: 'POST',
        body: {
          countryIso3:
            user?.role === 'focal_point' ? user.countryIso3 : String(data.get('country') ?? '').toUpperCase(),
          kind: String(data.get('kind')),
          name: String(data.get('name') ?? ''),
          email: email || null,
        },
      });
      setMessage(t('process.focal.nominated'));
      element.reset();
      onDone();
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.detail ?? error.title) : String(error));
    }
  }

  return (
    <form className="panel" onSubmit={submit}>
      <h2>{t('process.focal.nominate')}</h2>
      {user.role === 'secretariat' ? (
        <label>
          {t('process.position.country')} <input name="country" required maxLength={3} size={4} />
        </label>
      ) : (
        <p>{t('process.position.forCountry', { country: user.countryIso3 ?? '' })}</p>
      )}{' '}
      <label>
        {t('process.focal.kind')}{' '}
        <select name="kind" defaultValue="primary">
          <option value="primary">{t('process.focalKind.primary')}</option>
          <option value="alternate">{t('process.focalKind.alternate')}</option>
        </select>
      </label>{' '}
      <label>
        {t('process.focal.name')} <input name="name" required maxLength={200} />
      </label>{' '}
      <label>
        {t('process.focal.email')} <input name="email" type="email" maxLength={320} />
      </label>{' '}
      <button type="submit">{t('process.focal.submit')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/** Focal points of a process: country, kind and status for everyone; contacts for those allowed. */
export function FocalPointsPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const slug = useParams().slug ?? 'unea-5-12';
  usePageTitle(t('process.focal.title'));
  const [reload, setReload] = useState(0);
  const result = useApi<{ items: FocalPoint[] }>(
    `${PROCESS_API}/processes/${slug}/focal-points${reload ? `?r=${reload}` : ''}`,
  );
  const { user } = useSession();
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  const rows = result.status === 'ok' ? result.data.items : [];
  const withContacts = rows.some((r) => r.contact);
  const group = (r: FocalPoint) => t(r.unGroup ? `countries.group.${r.unGroup}` : 'countries.group.none');
  const columns: DataTableColumn<FocalPoint>[] = [
    {
      key: 'country',
      header: t('process.focal.country'),
      cell: (r) => r.countryIso3,
      sortValue: (r) => r.countryIso3,
    },
    { key: 'group', header: t('process.endorsement.group'), cell: group, sortValue: group },
    {
      key: 'kind',
      header: t('process.focal.kind'),
      cell: (r) => t(`process.focalKind.${r.kind}`),
      sortValue: (r) => r.kind,
    },
    {
      key: 'status',
      header: t('process.proposal.status'),
      cell: (r) => t(`process.focalStatus.${r.status}`),
      sortValue: (r) => r.status,
    },
    {
      key: 'since',
      header: t('process.focal.since'),
      cell: (r) => intl.formatDate(new Date(r.updatedAt), { dateStyle: 'medium' }),
      sortValue: (r) => r.updatedAt,
    },
    ...(withContacts
      ? [
          {
            key: 'contact',
            header: t('process.focal.contact'),
            cell: (r: FocalPoint) =>
              r.contact ? (
                <>
                  {r.contact.name}
                  {r.contact.email && (
                    <>
                      {' '}
                      <a href={`mailto:${r.contact.email}`}>{r.contact.email}</a>
                    </>
                  )}
                </>
              ) : (
                '—'
              ),
          },
        ]
      : []),
  ];
  const exportColumns: ExportColumn<FocalPoint>[] = [
    { key: 'country', header: 'country_iso3', value: (r) => r.countryIso3 },
    { key: 'group', header: 'un_group', value: (r) => r.unGroup },
    { key: 'kind', header: 'kind', value: (r) => r.kind },
    { key: 'status', header: 'status', value: (r) => r.status },
    { key: 'updated', header: 'updated_at', value: (r) => r.updatedAt },
  ];
  return (
    <div className="page process-page">
      <ProcessNav slug={slug} />
      <h1>{t('process.focal.title')}</h1>
      <p>{t(withContacts ? 'process.focal.contactsShown' : 'process.focal.contactsHidden')}</p>
      {result.status === 'loading' && !reload ? (
        <PageLoading />
      ) : (
        <>
          <DataTable
            caption={t('process.focal.caption', { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            empty={t('process.focal.none')}
          />
          <DownloadButton what={`${slug}-focal-points`} columns={exportColumns} rows={rows} />
        </>
      )}
      {user && <NominateForm slug={slug} onDone={() => setReload((n) => n + 1)} />}
    </div>
  );
}
