import {
  type Actor,
  authorize,
  ConflictError,
  can,
  type FieldIssue,
  isLanguage,
  LANGUAGES,
  type Language,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { Moderation, Reply, Space, Thread } from '../domain/model.ts';
import { threadDocument } from '../domain/search-documents.ts';
import type { DuplicateReport, DuplicateService } from './duplicate-service.ts';
import type { NotificationService } from './notification-service.ts';
import type {
  CataloguedInstrument,
  CataloguedProposal,
  ExchangeRepos,
  FocalPointDirectory,
  InstrumentCatalogue,
  ProposalCatalogue,
} from './ports.ts';

export interface NewThreadInput {
  countryIso3?: string | null;
  language: Language;
  kind: 'discussion' | 'question';
  title: string;
  body: string;
  proposalIds?: string[];
  /** Instruments of the global assessment, by slug (published ones only). */
  instrumentSlugs?: string[];
  demo?: boolean;
}

/** What a thread is linked to, named for its page; links whose target is gone are left out. */
export interface ThreadLinks {
  proposals: { id: string; code: string; title: string }[];
  instruments: CataloguedInstrument[];
}

export interface ModerationInput {
  action: Moderation['action'];
  reason: string;
  /** For `move`: the space to move the thread to; for `merge`: the thread to merge it into. */
  targetId?: string | null;
}

/** A proposal named by its code and its title in `language` (else its first text's). */
const titled = (p: CataloguedProposal, language: Language) => ({
  id: p.id,
  code: p.code,
  title: (p.texts.find((x) => x.language === language) ?? p.texts[0])?.title ?? p.code,
});

/** `@name@example.org` in a reply mentions that account. */
const MENTION = /(?<![\w.])@([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/**
 * Working-group spaces, threads and replies: focal points write in their country's name, observers
 * where invited; the secretariat moderates (hide, lock, move, merge) with a reason that is kept.
 */
export class ForumService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly duplicates: DuplicateService,
    private readonly notifications: NotificationService,
    private readonly directory: FocalPointDirectory,
    private readonly proposals: ProposalCatalogue,
    private readonly instruments: InstrumentCatalogue,
    private readonly now: () => Date,
  ) {}

  /** Whether the actor reads a space: public ones for everyone, members-only for members. */
  private async mayRead(actor: Actor | null, space: Space): Promise<boolean> {
    if (space.visibility === 'public') return true;
    return can(actor, 'exchange.space.read_members', { status: await this.membership(actor, space) });
  }
  private async membership(actor: Actor | null, space: Space): Promise<'member' | null> {
    return actor && (await this.work.read.forum.isMember(space.id, actor.userId)) ? 'member' : null;
  }
  private async space(idOrSlug: string): Promise<Space> {
    const s = await this.work.read.forum.findSpace(idOrSlug);
    if (!s) throw new NotFoundError(`Space ${idOrSlug}`);
    return s;
  }

  async listSpaces(actor: Actor | null): Promise<Space[]> {
    const all = await this.work.read.forum.listSpaces();
    const visible: Space[] = [];
    for (const s of all) if (await this.mayRead(actor, s)) visible.push(s);
    return visible;
  }

  async createSpace(actor: Actor | null, input: Omit<Space, 'id'>): Promise<Space> {
    authorize(actor, 'exchange.space.create');
    const space: Space = { ...input, id: newId() };
    return this.work.run(async (repos, tx) => {
      if (await repos.forum.findSpace(space.slug)) throw new ConflictError(`A space ${space.slug} exists.`);
      await repos.forum.insertSpace(space);
      await tx.audit({
        actor,
        action: 'exchange.space.create',
        entity: 'exchange_space',
        entityId: space.id,
        before: null,
        after: space,
      });
      return space;
    });
  }

  /** Invites an observer (or any account), by account id or e-mail address, into a space. */
  async invite(
    actor: Actor | null,
    spaceIdOrSlug: string,
    who: { userId?: string | null; email?: string | null },
  ): Promise<{ userId: string }> {
    authorize(actor, 'exchange.space.invite');
    const space = await this.space(spaceIdOrSlug);
    const account = who.userId
      ? await this.directory.account(who.userId)
      : who.email
        ? await this.directory.accountByEmail(who.email.trim().toLowerCase())
        : null;
    if (!account)
      throw new ValidationError('No account to invite.', [
        { path: who.userId ? 'userId' : 'email', message: 'no such account' },
      ]);
    await this.work.run(async (repos, tx) => {
      await repos.forum.addMember(space.id, account.userId, actor.userId);
      await tx.audit({
        actor,
        action: 'exchange.space.invite',
        entity: 'exchange_space',
        entityId: space.id,
        before: null,
        after: { userId: account.userId },
      });
    });
    return { userId: account.userId };
  }

  /** Follows a space the actor reads, or stops following it: new threads there are notified. */
  async follow(
    actor: Actor | null,
    spaceIdOrSlug: string,
    following = true,
  ): Promise<{ following: boolean }> {
    authorize(actor, 'exchange.space.follow');
    const space = await this.space(spaceIdOrSlug);
    if (!(await this.mayRead(actor, space))) throw new NotFoundError(`Space ${spaceIdOrSlug}`);
    const was = await this.work.read.forum.isFollowing(actor.userId, space.id);
    if (was === following) return { following };
    await this.work.run(async (repos, tx) => {
      if (following) await repos.forum.follow(actor.userId, space.id);
      else await repos.forum.unfollow(actor.userId, space.id);
      await tx.audit({
        actor,
        action: following ? 'exchange.space.follow' : 'exchange.space.unfollow',
        entity: 'exchange_space',
        entityId: space.id,
        before: { following: was },
        after: { following },
      });
    });
    return { following };
  }

  /** A space and its threads; hidden threads only for the secretariat. */
  async getSpace(actor: Actor | null, idOrSlug: string) {
    const space = await this.space(idOrSlug);
    if (!(await this.mayRead(actor, space))) throw new NotFoundError(`Space ${idOrSlug}`);
    const moderator = can(actor, 'exchange.thread.moderate');
    const threads = (await this.work.read.forum.listThreads(space.id)).filter(
      (t) => moderator || t.hiddenReason === null,
    );
    const following = !!actor && (await this.work.read.forum.isFollowing(actor.userId, space.id));
    return { space, threads, following, member: (await this.membership(actor, space)) === 'member' };
  }

  /** A thread with its replies (hidden ones only for the secretariat) and its moderation log. */
  async getThread(actor: Actor | null, id: string) {
    const thread = await this.work.read.forum.findThread(id);
    if (!thread) throw new NotFoundError(`Thread ${id}`);
    const space = await this.space(thread.spaceId);
    const moderator = can(actor, 'exchange.thread.moderate');
    if (!(await this.mayRead(actor, space)) || (thread.hiddenReason !== null && !moderator))
      throw new NotFoundError(`Thread ${id}`);
    const replies = (await this.work.read.forum.listReplies(id)).filter(
      (r) => moderator || r.hiddenReason === null,
    );
    return {
      thread,
      space,
      replies,
      moderation: await this.work.read.forum.moderationOf(id),
      links: await this.linksOf(thread),
    };
  }

  /** The proposals and instruments a thread is linked to, named in the thread's language when there. */
  private async linksOf(thread: Thread): Promise<ThreadLinks> {
    const proposals = await Promise.all(thread.proposalIds.map((id) => this.proposals.find(id)));
    const instruments = await Promise.all(thread.instrumentSlugs.map((slug) => this.instruments.find(slug)));
    return {
      proposals: proposals.flatMap((p) => (p ? [titled(p, thread.language)] : [])),
      instruments: instruments.filter((i): i is CataloguedInstrument => i !== null),
    };
  }

  /** The process hub's active proposals a new thread may be linked to, titled in `language` when there. */
  async linkableProposals(language: Language): Promise<ThreadLinks['proposals']> {
    return (await this.proposals.list()).map((p) => titled(p, language));
  }

  /**
   * The threads the reader may see that are linked to an instrument or a proposal (an instrument's or
   * a proposal's page lists them).
   */
  async threadsLinkedTo(
    actor: Actor | null,
    target: { instrumentSlug: string } | { proposalId: string },
  ): Promise<Thread[]> {
    const moderator = can(actor, 'exchange.thread.moderate');
    const readable = new Map<string, boolean>();
    const visible: Thread[] = [];
    for (const thread of await this.work.read.forum.threadsLinkedTo(target)) {
      if (thread.hiddenReason !== null && !moderator) continue;
      if (!readable.has(thread.spaceId)) {
        const space = await this.work.read.forum.findSpace(thread.spaceId);
        readable.set(thread.spaceId, !!space && (await this.mayRead(actor, space)));
      }
      if (readable.get(thread.spaceId)) visible.push(thread);
    }
    return visible;
  }

  private checkThread(input: NewThreadInput): FieldIssue[] {
    const issues: FieldIssue[] = [];
    if (!isLanguage(input.language)) issues.push({ path: 'language', message: LANGUAGES.join(', ') });
    if (input.kind !== 'discussion' && input.kind !== 'question')
      issues.push({ path: 'kind', message: 'discussion, question' });
    if (!input.title.trim()) issues.push({ path: 'title', message: 'required' });
    if (input.title.length > 300) issues.push({ path: 'title', message: 'at most 300 characters' });
    if (!input.body.trim()) issues.push({ path: 'body', message: 'required' });
    if (input.body.length > 50000) issues.push({ path: 'body', message: 'at most 50000 characters' });
    return issues;
  }

  /** Opens a thread in a space; the near-duplicates already there come back with it. */
  async createThread(
    actor: Actor | null,
    spaceIdOrSlug: string,
    input: NewThreadInput,
  ): Promise<{ thread: Thread; duplicates: DuplicateReport }> {
    const space = await this.space(spaceIdOrSlug);
    const countryIso3 = input.countryIso3 ?? actor?.countryIso3 ?? null;
    authorize(actor, 'exchange.thread.create', { countryIso3, status: await this.membership(actor, space) });
    const issues = this.checkThread(input);
    const proposalIds = [...new Set(input.proposalIds ?? [])];
    for (const [i, pid] of proposalIds.entries()) {
      if (!(await this.proposals.find(pid)))
        issues.push({ path: `proposalIds.${i}`, message: 'no such proposal' });
    }
    const instrumentSlugs = [...new Set(input.instrumentSlugs ?? [])];
    for (const [i, slug] of instrumentSlugs.entries()) {
      if (!(await this.instruments.find(slug)))
        issues.push({ path: `instrumentSlugs.${i}`, message: 'no such published instrument' });
    }
    if (issues.length) throw new ValidationError('The thread is not valid.', issues);
    const thread: Thread = {
      id: newId(),
      spaceId: space.id,
      authorId: actor.userId,
      countryIso3,
      language: input.language,
      kind: input.kind,
      title: input.title.trim(),
      body: input.body.trim(),
      proposalIds,
      instrumentSlugs,
      acceptedReplyId: null,
      hiddenReason: null,
      lockedReason: null,
      mergedInto: null,
      demo: input.demo ?? false,
      createdAt: this.now().toISOString(),
    };
    return this.work.run(async (repos, tx) => {
      const duplicates = await this.duplicates.check(
        { ...threadDocument(thread, space), kind: 'thread' },
        repos,
      );
      await repos.forum.insertThread(thread);
      await repos.search.upsert(threadDocument(thread, space));
      await tx.audit({
        actor,
        action: 'exchange.thread.create',
        entity: 'exchange_thread',
        entityId: thread.id,
        before: null,
        after: thread,
      });
      await this.notifications.notifyIn(repos, tx, {
        userIds: (await repos.forum.followers(space.id)).filter((u) => u !== actor.userId),
        topic: 'new_item',
        subject: `New in ${space.title}: ${thread.title}`,
        body: thread.body.slice(0, 500),
        link: `/exchange/threads/${thread.id}`,
        key: `thread:${thread.id}`,
      });
      return { thread, duplicates };
    });
  }

  /** Replies to a thread that is not locked; `@email` mentions notify those accounts. */
  async reply(
    actor: Actor | null,
    threadId: string,
    input: { body: string; countryIso3?: string | null },
  ): Promise<Reply> {
    const { thread, space } = await this.getThread(actor, threadId);
    const countryIso3 = input.countryIso3 ?? actor?.countryIso3 ?? null;
    authorize(actor, 'exchange.reply.create', { countryIso3, status: await this.membership(actor, space) });
    if (thread.lockedReason !== null) throw new ConflictError(`The thread is locked: ${thread.lockedReason}`);
    if (!input.body.trim())
      throw new ValidationError('The reply is empty.', [{ path: 'body', message: 'required' }]);
    const mentioned = [];
    for (const [, email] of input.body.matchAll(MENTION)) {
      const account = email ? await this.directory.accountByEmail(email) : null;
      if (account) mentioned.push(account.userId);
    }
    const reply: Reply = {
      id: newId(),
      threadId,
      authorId: actor.userId,
      countryIso3,
      body: input.body.trim(),
      mentions: [...new Set(mentioned)],
      hiddenReason: null,
      createdAt: this.now().toISOString(),
    };
    return this.work.run(async (repos, tx) => {
      await repos.forum.insertReply(reply);
      await tx.audit({
        actor,
        action: 'exchange.reply.create',
        entity: 'exchange_reply',
        entityId: reply.id,
        before: null,
        after: reply,
      });
      const earlier = (await repos.forum.listReplies(threadId)).map((r) => r.authorId);
      const participants = [thread.authorId, ...earlier].filter(
        (u): u is string => !!u && u !== actor.userId,
      );
      const link = `/exchange/threads/${threadId}#${reply.id}`;
      await this.notifications.notifyIn(repos, tx, {
        userIds: reply.mentions.filter((u) => u !== actor.userId),
        topic: 'mention',
        subject: `You were mentioned in: ${thread.title}`,
        body: reply.body.slice(0, 500),
        link,
        key: `mention:${reply.id}`,
      });
      await this.notifications.notifyIn(repos, tx, {
        userIds: participants.filter((u) => !reply.mentions.includes(u)),
        topic: 'reply',
        subject: `New reply in: ${thread.title}`,
        body: reply.body.slice(0, 500),
        link,
        key: `reply:${reply.id}`,
      });
      return reply;
    });
  }

  /** The question's author (or the secretariat) accepts one reply as the answer. */
  async acceptAnswer(actor: Actor | null, threadId: string, replyId: string): Promise<Thread> {
    const { thread } = await this.getThread(actor, threadId);
    authorize(actor, 'exchange.thread.accept_answer', { ownerUserId: thread.authorId });
    if (thread.kind !== 'question') throw new ConflictError('Only a question has an accepted answer.');
    const reply = await this.work.read.forum.findReply(replyId);
    if (!reply || reply.threadId !== threadId) throw new NotFoundError(`Reply ${replyId}`);
    return this.work.run(async (repos, tx) => {
      await repos.forum.updateThread(threadId, { acceptedReplyId: replyId });
      const after = (await repos.forum.findThread(threadId)) as Thread;
      await tx.audit({
        actor,
        action: 'exchange.thread.accept_answer',
        entity: 'exchange_thread',
        entityId: threadId,
        before: thread,
        after,
      });
      return after;
    });
  }

  /** Hides, unhides, locks, unlocks, moves or merges a thread (or hides a reply), keeping the reason. */
  async moderate(
    actor: Actor | null,
    entity: 'thread' | 'reply',
    id: string,
    input: ModerationInput,
  ): Promise<Moderation> {
    authorize(actor, 'exchange.thread.moderate');
    if (!input.reason.trim())
      throw new ValidationError('Moderation needs a reason.', [{ path: 'reason', message: 'required' }]);
    return this.work.run(async (repos, tx) => {
      const before = entity === 'thread' ? await repos.forum.findThread(id) : await repos.forum.findReply(id);
      if (!before) throw new NotFoundError(`${entity} ${id}`);
      const reason = input.reason.trim();
      if (entity === 'reply') {
        if (input.action !== 'hide' && input.action !== 'unhide')
          throw new ConflictError('A reply can be hidden or unhidden only.');
        await repos.forum.setReplyHidden(id, input.action === 'hide' ? reason : null);
      } else {
        await this.moderateThread(repos, before as Thread, input.action, reason, input.targetId ?? null);
      }
      const record: Moderation = {
        entity,
        entityId: id,
        action: input.action,
        reason,
        actorId: actor.userId,
        at: this.now().toISOString(),
      };
      await repos.forum.recordModeration(newId(), record);
      await tx.audit({
        actor,
        action: 'exchange.thread.moderate',
        entity: `exchange_${entity}`,
        entityId: id,
        before,
        after: record,
      });
      return record;
    });
  }

  private async moderateThread(
    repos: ExchangeRepos,
    thread: Thread,
    action: Moderation['action'],
    reason: string,
    targetId: string | null,
  ) {
    switch (action) {
      case 'hide':
      case 'unhide':
        await repos.forum.updateThread(thread.id, { hiddenReason: action === 'hide' ? reason : null });
        break;
      case 'lock':
      case 'unlock':
        await repos.forum.updateThread(thread.id, { lockedReason: action === 'lock' ? reason : null });
        break;
      case 'move': {
        const target = targetId ? await repos.forum.findSpace(targetId) : null;
        if (!target)
          throw new ValidationError('Move needs the target space.', [
            { path: 'targetId', message: 'a space' },
          ]);
        await repos.forum.updateThread(thread.id, { spaceId: target.id });
        break;
      }
      case 'merge': {
        const target = targetId ? await repos.forum.findThread(targetId) : null;
        if (!target || target.id === thread.id)
          throw new ValidationError('Merge needs another thread.', [
            { path: 'targetId', message: 'a thread' },
          ]);
        // Both histories stay: the replies and files move under the kept thread, the merged one stays,
        // hidden, pointing to it.
        await repos.forum.moveReplies(thread.id, target.id);
        await repos.attachments.moveOwner('thread', thread.id, target.id);
        await repos.forum.updateThread(thread.id, {
          mergedInto: target.id,
          hiddenReason: `merged: ${reason}`,
        });
        await repos.search.remove('thread', thread.id);
        return;
      }
    }
    const after = (await repos.forum.findThread(thread.id)) as Thread;
    const space = await repos.forum.findSpace(after.spaceId);
    if (space) await repos.search.upsert(threadDocument(after, space));
  }
}
