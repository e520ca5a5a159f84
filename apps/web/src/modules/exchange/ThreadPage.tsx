import type {
  ExchangeAttachment,
  ExchangeModeration,
  ExchangeReply,
  ExchangeSpace,
  ExchangeThread,
  ExchangeThreadLinks,
} from '@strata/server/api-types';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../auth/SessionProvider.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { useReloadable } from '../process/useReloadable.ts';
import { AttachmentList, AttachmentUpload, mayAttach } from './Attachments.tsx';
import { useSpaceName } from './SpacesPage.tsx';
import { DemoBadge, LoadError, Page, post, useT, useWrite } from './shared.tsx';
import { ThreadLinksSection } from './ThreadLinks.tsx';

interface ThreadView {
  thread: ExchangeThread;
  space: ExchangeSpace;
  replies: ExchangeReply[];
  moderation: ExchangeModeration[];
  links: ExchangeThreadLinks;
}

type ModerationAction = 'hide' | 'unhide' | 'lock' | 'unlock' | 'move' | 'merge';

/** The thread of the same space that a thread is merged into (its replies and files move there). */
function MergeTarget({ spaceId, threadId }: { spaceId: string; threadId: string }) {
  const t = useT();
  const space = useApi<{ threads: ExchangeThread[] }>(`/exchange/spaces/${encodeURIComponent(spaceId)}`);
  const others =
    space.status === 'ok'
      ? space.data.threads.filter((th) => th.id !== threadId && th.mergedInto === null)
      : [];
  return (
    <label className="field">
      <span>{t('mod.targetThread')}</span>
      <select name="target" required>
        {others.map((th) => (
          <option key={th.id} value={th.id}>
            {th.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The secretariat's moderation of a thread or a reply: an action and the reason kept with it. */
function ModerationForm({
  entity,
  id,
  spaceId,
  actions,
  onDone,
}: {
  entity: 'thread' | 'reply';
  id: string;
  /** The thread's space: a thread merges into another thread of it. */
  spaceId?: string;
  actions: readonly ModerationAction[];
  onDone: () => void;
}) {
  const t = useT();
  const name = useSpaceName();
  const write = useWrite();
  const [picked, setPicked] = useState<string>(actions[0]);
  // After a hide or a lock the actions offered change (unhide, unlock): fall back to the first one.
  const action = (actions as readonly string[]).includes(picked) ? picked : actions[0];
  const spaces = useApi<{ items: ExchangeSpace[] }>('/exchange/spaces');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const path = entity === 'thread' ? `/threads/${id}/moderation` : `/replies/${id}/moderation`;
    const done = await write.run(
      () =>
        post(path, {
          action,
          reason: String(data.get('reason') ?? ''),
          targetId: action === 'move' || action === 'merge' ? String(data.get('target') ?? '') : null,
        }),
      t('mod.done'),
    );
    if (done) {
      form.reset();
      onDone();
    }
  }
  const label = t(entity === 'thread' ? 'mod.thread' : 'mod.reply');
  return (
    <form className="moderation-form" onSubmit={submit} aria-label={label}>
      <label className="field">
        <span>{t('mod.action')}</span>
        <select value={action} onChange={(e) => setPicked(e.target.value)}>
          {actions.map((a) => (
            <option key={a} value={a}>
              {t(`mod.${a}`)}
            </option>
          ))}
        </select>
      </label>
      {action === 'move' && spaces.status === 'ok' && (
        <label className="field">
          <span>{t('mod.target')}</span>
          <select name="target" required>
            {spaces.data.items.map((s) => (
              <option key={s.id} value={s.id}>
                {name(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === 'merge' && spaceId && <MergeTarget spaceId={spaceId} threadId={id} />}
      <label className="field">
        <span>{t('mod.reason')}</span>
        <input name="reason" required maxLength={2000} />
      </label>
      <button type="submit" disabled={write.busy}>
        {t('mod.apply')}
      </button>
      {write.status}
    </form>
  );
}

/** A reply to the thread, in the name of the member's country. */
function ReplyForm({ thread, onSaved }: { thread: ExchangeThread; onSaved: () => void }) {
  const t = useT();
  const { user } = useSession();
  const write = useWrite();
  if (!user || !['focal_point', 'observer_contact'].includes(user.role)) return null;
  if (thread.lockedReason !== null) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '');
    const saved = await write.run(
      () => post(`/threads/${thread.id}/replies`, { body, countryIso3: user?.countryIso3 ?? null }),
      t('reply.saved'),
    );
    if (saved) {
      form.reset();
      onSaved();
    }
  }
  return (
    <form className="form wide-form" onSubmit={submit}>
      <h2>{t('reply.heading')}</h2>
      {user.countryIso3 && <p>{t('form.inNameOf', { country: user.countryIso3 })}</p>}
      <label className="field">
        <span>{t('reply.body')}</span>
        <textarea name="body" required rows={5} maxLength={50000} aria-describedby="mention-hint" />
      </label>
      <p id="mention-hint" className="muted">
        {t('reply.mentions')}
      </p>
      <button type="submit" className="primary" disabled={write.busy}>
        {t('reply.post')}
      </button>
      {write.status}
    </form>
  );
}

/** A thread with its replies, its accepted answer, the reply form and the secretariat's moderation. */
export function ThreadPage() {
  const t = useT();
  const intl = useIntl();
  const name = useSpaceName();
  const { user } = useSession();
  const id = useParams().id ?? '';
  const { result, data, reload } = useReloadable<ThreadView>(`/exchange/threads/${encodeURIComponent(id)}`);
  const accept = useWrite();
  const files = useReloadable<{ items: ExchangeAttachment[] }>(
    `/exchange/threads/${encodeURIComponent(id)}/attachments`,
  );
  const filesOf = (ownerId: string) => (files.data?.items ?? []).filter((a) => a.ownerId === ownerId);
  usePageTitle(data ? data.thread.title : t('title'));
  if (result.status === 'error') return <LoadError detail={result.error.detail ?? result.error.title} />;
  if (!data) return <PageLoading />;
  const { thread, space, replies, moderation, links } = data;
  const open = thread.lockedReason === null;
  const secretariat = user?.role === 'secretariat';
  const mayAccept = thread.kind === 'question' && !!user && user.id === thread.authorId;
  const date = (at: string) => intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  const ordered = [...replies].sort(
    (a, b) =>
      Number(b.id === thread.acceptedReplyId) - Number(a.id === thread.acceptedReplyId) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <Page title={thread.title}>
      <p>
        <Link to={`/exchange/spaces/${space.slug}`}>{t('thread.back', { space: name(space) })}</Link>
      </p>
      <p className="muted">
        {t(thread.kind === 'question' ? 'thread.question' : 'thread.discussion')} ·{' '}
        {thread.countryIso3 ?? '—'} · {date(thread.createdAt)} <DemoBadge demo={thread.demo} />
      </p>
      {thread.lockedReason !== null && (
        <p role="note" className="panel">
          {t('mod.lockedBecause', { reason: thread.lockedReason })}
        </p>
      )}
      {thread.hiddenReason !== null && (
        <p role="note" className="panel">
          {t('mod.hiddenBecause', { reason: thread.hiddenReason })}
        </p>
      )}
      <div className="thread-body" lang={thread.language}>
        {thread.body}
      </div>
      <AttachmentList items={filesOf(thread.id)} label={t('attach.ofThread')} />
      {open && mayAttach(user, thread) && (
        <AttachmentUpload collection="threads" id={thread.id} onDone={files.reload} />
      )}
      <ThreadLinksSection links={links} />
      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading">{t('thread.replies', { count: replies.length })}</h2>
        <ol className="replies">
          {ordered.map((r) => {
            const accepted = r.id === thread.acceptedReplyId;
            return (
              <li key={r.id} className={accepted ? 'reply accepted' : 'reply'}>
                <p className="muted">
                  {r.countryIso3 ?? '—'} · {date(r.createdAt)}
                  {accepted && <strong className="badge badge-accepted">{t('thread.accepted')}</strong>}
                  {r.hiddenReason !== null && (
                    <span className="badge">{t('mod.hiddenBecause', { reason: r.hiddenReason })}</span>
                  )}
                </p>
                <div className="reply-body">{r.body}</div>
                <AttachmentList items={filesOf(r.id)} label={t('attach.ofReply')} />
                {open && mayAttach(user, r) && (
                  <AttachmentUpload collection="replies" id={r.id} onDone={files.reload} />
                )}
                {mayAccept && !accepted && (
                  <button
                    type="button"
                    disabled={accept.busy}
                    onClick={async () => {
                      const done = await accept.run(
                        () => post(`/threads/${thread.id}/accepted-answer`, { replyId: r.id }),
                        t('thread.acceptedDone'),
                      );
                      if (done) reload();
                    }}
                  >
                    {t('thread.accept')}
                  </button>
                )}
                {secretariat && (
                  <ModerationForm
                    entity="reply"
                    id={r.id}
                    actions={r.hiddenReason === null ? ['hide'] : ['unhide']}
                    onDone={reload}
                  />
                )}
              </li>
            );
          })}
        </ol>
        {accept.status}
      </section>
      <ReplyForm thread={thread} onSaved={reload} />
      {secretariat && (
        <section className="panel" aria-labelledby="moderation-heading">
          <h2 id="moderation-heading">{t('mod.heading')}</h2>
          <ModerationForm
            entity="thread"
            id={thread.id}
            spaceId={thread.spaceId}
            actions={[
              thread.hiddenReason === null ? 'hide' : 'unhide',
              thread.lockedReason === null ? 'lock' : 'unlock',
              'move',
              ...(thread.mergedInto === null ? (['merge'] as const) : []),
            ]}
            onDone={reload}
          />
          {moderation.length > 0 && (
            <ul>
              {moderation.map((m) => (
                <li key={`${m.at}-${m.entityId}-${m.action}`}>
                  {date(m.at)} — {t(`mod.${m.action}`)} ({t(`entity.${m.entity}`)}): {m.reason}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}
