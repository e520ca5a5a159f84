import type { ExchangeSpace, ExchangeThread } from '@strata/server/api-types';
import type { FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import { useDuplicateCheck } from './duplicate-check.tsx';
import { useSpaceName } from './SpacesPage.tsx';
import { API, DemoBadge, LanguageField, LoadError, Page, post, useT, useWrite } from './shared.tsx';
import { LinkPickers } from './ThreadLinks.tsx';

interface SpaceView {
  space: ExchangeSpace;
  threads: ExchangeThread[];
  following: boolean;
  member: boolean;
}

/** Follow a space (its new threads are notified, in-app and by e-mail per the settings), or stop. */
function FollowButton({ view, onDone }: { view: SpaceView; onDone: () => void }) {
  const t = useT();
  const { user } = useSession();
  const write = useWrite();
  if (!user) return null;
  const following = view.following;
  return (
    <div className="follow">
      <button
        type="button"
        aria-pressed={following}
        disabled={write.busy}
        onClick={async () => {
          const done = await write.run(
            () =>
              api.request(`${API}/spaces/${view.space.slug}/follow`, {
                method: following ? 'DELETE' : 'POST',
              }),
            t(following ? 'space.unfollowed' : 'space.followed'),
          );
          if (done) onDone();
        }}
      >
        {t(following ? 'space.unfollow' : 'space.follow')}
      </button>
      {view.member && <span className="badge">{t('space.member')}</span>}
      {write.status}
    </div>
  );
}

/** The secretariat invites an account (an observer) into the space by its e-mail address. */
function InviteForm({ space }: { space: ExchangeSpace }) {
  const t = useT();
  const { user } = useSession();
  const write = useWrite();
  if (user?.role !== 'secretariat') return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get('email') ?? '').trim();
    if (await write.run(() => post(`/spaces/${space.slug}/invitations`, { email }), t('invite.done')))
      form.reset();
  }
  return (
    <form className="form panel" onSubmit={submit}>
      <h2>{t('invite.heading')}</h2>
      <p className="muted">{t('invite.intro')}</p>
      <label className="field">
        <span>{t('invite.email')}</span>
        <input name="email" type="email" required maxLength={320} autoComplete="off" />
      </label>
      <button type="submit" disabled={write.busy}>
        {t('invite.send')}
      </button>
      {write.status}
    </form>
  );
}

/**
 * A new thread: checked for near-duplicates first (shown with the score explained), then saved on a
 * second press. Focal points write in their country's name; invited observers may write too.
 */
function NewThreadForm({ space }: { space: ExchangeSpace }) {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const dup = useDuplicateCheck();
  if (!user || !['focal_point', 'observer_contact'].includes(user.role)) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const draft = {
      language: String(data.get('language')),
      title: String(data.get('title') ?? ''),
      body: String(data.get('body') ?? ''),
    };
    const countryIso3 = user?.countryIso3 ?? null;
    const saved = await dup.submit(
      { kind: 'thread', ...draft, stage: space.stage, theme: space.theme, countryIso3 },
      () =>
        post<{ thread: ExchangeThread }>(`/spaces/${space.slug}/threads`, {
          ...draft,
          kind: String(data.get('kind')),
          countryIso3,
          proposalIds: data.getAll('proposalIds').map(String),
          instrumentSlugs: data.getAll('instrumentSlugs').map(String),
        }),
      t('thread.saved'),
    );
    if (saved) navigate(`/exchange/threads/${saved.thread.id}`);
  }
  return (
    <form className="form wide-form panel" onSubmit={submit} onChange={dup.changed}>
      <h2>{t('thread.new')}</h2>
      {user.countryIso3 && <p>{t('form.inNameOf', { country: user.countryIso3 })}</p>}
      <label className="field">
        <span>{t('thread.title')}</span>
        <input name="title" required maxLength={300} />
      </label>
      <label className="field">
        <span>{t('thread.body')}</span>
        <textarea name="body" required rows={6} maxLength={50000} />
      </label>
      <label className="field">
        <span>{t('thread.kind')}</span>
        <select name="kind" defaultValue="discussion">
          <option value="discussion">{t('thread.discussion')}</option>
          <option value="question">{t('thread.question')}</option>
        </select>
      </label>
      <LanguageField />
      <LinkPickers />
      {dup.controls}
    </form>
  );
}

/** A space and its threads, newest first, with the form to open a thread. */
export function SpacePage() {
  const t = useT();
  const intl = useIntl();
  const name = useSpaceName();
  const slug = useParams().space ?? '';
  const { result, data, reload } = useReloadable<SpaceView>(`/exchange/spaces/${encodeURIComponent(slug)}`);
  usePageTitle(data ? name(data.space) : t('title'));
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  const columns: DataTableColumn<ExchangeThread>[] = [
    {
      key: 'title',
      header: t('col.title'),
      cell: (th) => (
        <>
          <Link to={`/exchange/threads/${th.id}`} lang={th.language}>
            {th.title}
          </Link>{' '}
          <DemoBadge demo={th.demo} />
          {th.hiddenReason !== null && <span className="badge">{t('mod.hidden')}</span>}
          {th.lockedReason !== null && <span className="badge">{t('mod.locked')}</span>}
        </>
      ),
      sortValue: (th) => th.title,
    },
    {
      key: 'kind',
      header: t('thread.kind'),
      cell: (th) =>
        th.kind === 'question'
          ? t(th.acceptedReplyId ? 'thread.answered' : 'thread.question')
          : t('thread.discussion'),
    },
    { key: 'country', header: t('col.country'), cell: (th) => th.countryIso3 ?? '—' },
    {
      key: 'created',
      header: t('col.date'),
      cell: (th) => intl.formatDate(th.createdAt, { dateStyle: 'medium' }),
      sortValue: (th) => th.createdAt,
    },
  ];
  return (
    <Page title={name(data.space)}>
      <p>
        <Link to="/exchange">{t('space.back')}</Link>
      </p>
      {data.space.description && <p>{data.space.description}</p>}
      <FollowButton view={data} onDone={reload} />
      <DataTable
        id="exchange-threads"
        caption={t('space.threads', { count: data.threads.length })}
        columns={columns}
        rows={data.threads}
        rowKey={(th) => th.id}
        empty={t('space.empty')}
      />
      <NewThreadForm space={data.space} />
      <InviteForm space={data.space} />
    </Page>
  );
}
