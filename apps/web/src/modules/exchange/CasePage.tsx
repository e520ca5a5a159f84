import type { ExchangeAttachment, ExchangeCase, ExchangeCaseDetail } from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import { AttachmentList, AttachmentUpload, mayAttach } from './Attachments.tsx';
import { CaseTextFields, textsOf } from './CaseForm.tsx';
import { DemoBadge, LoadError, Page, post, useT, useWrite } from './shared.tsx';

/** The secretariat's review of a submitted case: publish it, or return it with a note. */
function ReviewForm({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const write = useWrite();
  const [decision, setDecision] = useState<'published' | 'returned'>('published');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    const done = await write.run(
      () => post<ExchangeCase>(`/cases/${id}/review`, { decision, note: note || null }),
      t('review.done'),
    );
    if (done) onDone();
  }
  return (
    <form className="form panel" onSubmit={submit}>
      <h2>{t('review.heading')}</h2>
      <label className="field">
        <span>{t('review.decision')}</span>
        <select value={decision} onChange={(e) => setDecision(e.target.value as 'published' | 'returned')}>
          <option value="published">{t('review.publish')}</option>
          <option value="returned">{t('review.return')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('review.note')}</span>
        <textarea name="note" rows={3} maxLength={5000} required={decision === 'returned'} />
      </label>
      <button type="submit" className="primary" disabled={write.busy}>
        {t('review.apply')}
      </button>
      {write.status}
    </form>
  );
}

/** The files attached to a case, and the upload control for its country's focal points. */
function CaseFiles({ c }: { c: ExchangeCaseDetail }) {
  const t = useT();
  const { user } = useSession();
  const files = useReloadable<{ items: ExchangeAttachment[] }>(`/exchange/cases/${c.id}/attachments`);
  const items = files.data?.items ?? [];
  const may = mayAttach(user, { countryIso3: c.countryIso3 });
  if (items.length === 0 && !may) return null;
  return (
    <section aria-labelledby="case-files">
      <h2 id="case-files">{t('attach.heading')}</h2>
      {items.length === 0 && <p className="muted">{t('attach.none')}</p>}
      <AttachmentList items={items} label={t('attach.heading')} />
      {may && <AttachmentUpload collection="cases" id={c.id} onDone={files.reload} />}
    </section>
  );
}

const SECTIONS = ['problem', 'actions', 'results', 'costs', 'replicability'] as const;

/** A new version of the case by its country (a published or returned case goes back to review). */
function ReviseForm({ c, onDone }: { c: ExchangeCaseDetail; onDone: () => void }) {
  const t = useT();
  const write = useWrite();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const texts = textsOf(new FormData(event.currentTarget));
    if (await write.run(() => post<ExchangeCase>(`/cases/${c.id}/versions`, texts), t('case.revised')))
      onDone();
  }
  return (
    <details className="panel">
      <summary>{t('case.revise')}</summary>
      <form className="form wide-form" onSubmit={submit}>
        <p className="muted">{t('case.reviseNote')}</p>
        <label className="field">
          <span>{t('col.title')}</span>
          <input name="title" required maxLength={300} defaultValue={c.current.title} />
        </label>
        <CaseTextFields current={c.current} />
        <button type="submit" className="primary" disabled={write.busy}>
          {t('case.saveVersion')}
        </button>
        {write.status}
      </form>
    </details>
  );
}

/** A good-practice case: what was done and with what results, its documents, contacts (members only), versions. */
export function CasePage() {
  const t = useT();
  const intl = useIntl();
  const { user } = useSession();
  const id = useParams().id ?? '';
  const { result, data, reload } = useReloadable<ExchangeCaseDetail>(
    `/exchange/cases/${encodeURIComponent(id)}`,
  );
  const submit = useWrite();
  usePageTitle(data ? data.current.title : t('library.title'));
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  const c = data;
  const own = user?.role === 'focal_point' && user.countryIso3 === c.countryIso3;
  return (
    <Page title={c.current.title}>
      <p>
        <Link to="/exchange/library">{t('case.back')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('col.country')}</dt>
        <dd>
          <Link to={`/countries/${c.countryIso3}`}>{c.countryIso3}</Link>
        </dd>
        <dt>{t('col.stage')}</dt>
        <dd>{t(`stage.${c.stage}`)}</dd>
        <dt>{t('col.theme')}</dt>
        <dd>{t(`theme.${c.theme}`)}</dd>
        <dt>{t('col.status')}</dt>
        <dd>
          {t(`caseStatus.${c.status}`)} <DemoBadge demo={c.demo} />
        </dd>
        {c.reviewNote && (
          <>
            <dt>{t('review.note')}</dt>
            <dd>{c.reviewNote}</dd>
          </>
        )}
      </dl>
      <div lang={c.language}>
        {SECTIONS.map((s) =>
          c.current[s] ? (
            <section key={s} aria-labelledby={`case-${s}`}>
              <h2 id={`case-${s}`}>{t(`case.${s}`)}</h2>
              <p className="case-text">{c.current[s]}</p>
            </section>
          ) : null,
        )}
      </div>
      {c.current.documents.length > 0 && (
        <section aria-labelledby="case-documents">
          <h2 id="case-documents">{t('case.documents')}</h2>
          <ul>
            {c.current.documents.map((d) => (
              <li key={d.url}>
                <a href={d.url} rel="noopener noreferrer">
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CaseFiles c={c} />
      <section aria-labelledby="case-contacts">
        <h2 id="case-contacts">{t('case.contacts')}</h2>
        {c.current.contacts ? (
          <ul>
            {c.current.contacts.map((p) => (
              <li key={`${p.name}-${p.email}`}>
                {p.name}
                {p.email && (
                  <>
                    {' '}
                    — <a href={`mailto:${p.email}`}>{p.email}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('case.contactsHidden')}</p>
        )}
      </section>
      <section aria-labelledby="case-versions">
        <h2 id="case-versions">{t('case.versions', { count: c.versions.length })}</h2>
        <ol>
          {c.versions.map((v) => (
            <li key={v.number}>
              {t('case.version', { number: v.number })} —{' '}
              {intl.formatDate(v.createdAt, { dateStyle: 'medium' })} — {v.title}
            </li>
          ))}
        </ol>
      </section>
      {own && (c.status === 'draft' || c.status === 'returned') && (
        <p>
          <button
            type="button"
            className="primary"
            disabled={submit.busy}
            onClick={async () => {
              if (await submit.run(() => post(`/cases/${c.id}/submission`, {}), t('case.submitted')))
                reload();
            }}
          >
            {t('case.submit')}
          </button>
          {submit.status}
        </p>
      )}
      {own && <ReviseForm key={c.current.number} c={c} onDone={reload} />}
      {user?.role === 'secretariat' && c.status === 'submitted' && <ReviewForm id={c.id} onDone={reload} />}
    </Page>
  );
}
