import type { Language } from '@strata/core';
import type { Executor } from '@strata/db';
import { type Selectable, sql } from 'kysely';
import type { Moderation, Reply, Space, Thread } from '../domain/model.ts';
import type { Stage, Theme } from '../domain/vocabulary.ts';
import { iso, iso3 } from './rows.ts';
import type { ReplyRow, SpaceRow, ThreadRow } from './tables.ts';
import './tables.ts';

const toSpace = (r: Selectable<SpaceRow>): Space => ({
  id: r.id,
  slug: r.slug,
  stage: r.stage as Stage | null,
  theme: r.theme as Theme | null,
  title: r.title,
  description: r.description,
  visibility: r.visibility as Space['visibility'],
  demo: r.demo,
});
const toThread = (r: Selectable<ThreadRow>): Thread => ({
  id: r.id,
  spaceId: r.space_id,
  authorId: r.author_id,
  countryIso3: iso3(r.country_iso3),
  language: r.language as Language,
  kind: r.kind as Thread['kind'],
  title: r.title,
  body: r.body,
  proposalIds: r.proposal_ids,
  instrumentSlugs: r.instrument_slugs,
  acceptedReplyId: r.accepted_reply_id,
  hiddenReason: r.hidden_reason,
  lockedReason: r.locked_reason,
  mergedInto: r.merged_into,
  demo: r.demo,
  createdAt: iso(r.created_at),
});
const toReply = (r: Selectable<ReplyRow>): Reply => ({
  id: r.id,
  threadId: r.thread_id,
  authorId: r.author_id,
  countryIso3: iso3(r.country_iso3),
  body: r.body,
  mentions: r.mentions,
  hiddenReason: r.hidden_reason,
  createdAt: iso(r.created_at),
});

/** Working-group spaces, their members and followers, threads, replies and the moderation log. */
export class ForumRepository {
  constructor(private readonly db: Executor) {}

  async listSpaces(): Promise<Space[]> {
    return (await this.db.selectFrom('exchange_space').selectAll().orderBy('slug').execute()).map(toSpace);
  }
  async findSpace(idOrSlug: string): Promise<Space | null> {
    const uuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
    const row = await this.db
      .selectFrom('exchange_space')
      .selectAll()
      .where(uuid ? 'id' : 'slug', '=', idOrSlug)
      .executeTakeFirst();
    return row ? toSpace(row) : null;
  }
  async insertSpace(s: Space): Promise<void> {
    await this.db
      .insertInto('exchange_space')
      .values({ ...s })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
  async isMember(spaceId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('exchange_member')
      .select('user_id')
      .where('space_id', '=', spaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return !!row;
  }
  async addMember(spaceId: string, userId: string, invitedBy: string | null): Promise<void> {
    await this.db
      .insertInto('exchange_member')
      .values({ space_id: spaceId, user_id: userId, invited_by: invitedBy })
      .onConflict((oc) => oc.columns(['space_id', 'user_id']).doNothing())
      .execute();
  }
  async follow(userId: string, spaceId: string): Promise<void> {
    await this.db
      .insertInto('exchange_follow')
      .values({ user_id: userId, space_id: spaceId })
      .onConflict((oc) => oc.columns(['user_id', 'space_id']).doNothing())
      .execute();
  }
  async unfollow(userId: string, spaceId: string): Promise<boolean> {
    const done = await this.db
      .deleteFrom('exchange_follow')
      .where('user_id', '=', userId)
      .where('space_id', '=', spaceId)
      .executeTakeFirst();
    return Number(done.numDeletedRows) > 0;
  }
  async isFollowing(userId: string, spaceId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('exchange_follow')
      .select('user_id')
      .where('user_id', '=', userId)
      .where('space_id', '=', spaceId)
      .executeTakeFirst();
    return !!row;
  }
  async followers(spaceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('exchange_follow')
      .select('user_id')
      .where('space_id', '=', spaceId)
      .execute();
    return rows.map((r) => r.user_id);
  }

  async listThreads(spaceId: string): Promise<Thread[]> {
    const rows = await this.db
      .selectFrom('exchange_thread')
      .selectAll()
      .where('space_id', '=', spaceId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toThread);
  }
  /** Threads linked to an instrument (by slug) or a proposal (by id), newest first. */
  async threadsLinkedTo(target: { instrumentSlug: string } | { proposalId: string }): Promise<Thread[]> {
    const [column, value] =
      'instrumentSlug' in target
        ? (['instrument_slugs', target.instrumentSlug] as const)
        : (['proposal_ids', target.proposalId] as const);
    const rows = await this.db
      .selectFrom('exchange_thread')
      .selectAll()
      .where(sql<boolean>`${sql.ref(column)} @> ${JSON.stringify([value])}::jsonb`)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    return rows.map(toThread);
  }
  async findThread(id: string): Promise<Thread | null> {
    const row = await this.db
      .selectFrom('exchange_thread')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toThread(row) : null;
  }
  async insertThread(t: Thread): Promise<void> {
    await this.db
      .insertInto('exchange_thread')
      .values({
        id: t.id,
        space_id: t.spaceId,
        author_id: t.authorId,
        country_iso3: t.countryIso3,
        language: t.language,
        kind: t.kind,
        title: t.title,
        body: t.body,
        proposal_ids: JSON.stringify(t.proposalIds),
        instrument_slugs: JSON.stringify(t.instrumentSlugs),
        demo: t.demo,
        created_at: t.createdAt,
        updated_at: t.createdAt,
      })
      .execute();
  }
  /** Changes what moderation and the accepted answer change; the rest of a thread is as written. */
  async updateThread(
    id: string,
    patch: Partial<
      Pick<Thread, 'spaceId' | 'acceptedReplyId' | 'hiddenReason' | 'lockedReason' | 'mergedInto'>
    >,
  ): Promise<void> {
    await this.db
      .updateTable('exchange_thread')
      .set({
        ...(patch.spaceId !== undefined ? { space_id: patch.spaceId } : {}),
        ...(patch.acceptedReplyId !== undefined ? { accepted_reply_id: patch.acceptedReplyId } : {}),
        ...(patch.hiddenReason !== undefined ? { hidden_reason: patch.hiddenReason } : {}),
        ...(patch.lockedReason !== undefined ? { locked_reason: patch.lockedReason } : {}),
        ...(patch.mergedInto !== undefined ? { merged_into: patch.mergedInto } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }
  async moveReplies(fromThreadId: string, toThreadId: string): Promise<void> {
    await this.db
      .updateTable('exchange_reply')
      .set({ thread_id: toThreadId })
      .where('thread_id', '=', fromThreadId)
      .execute();
  }

  async listReplies(threadId: string): Promise<Reply[]> {
    const rows = await this.db
      .selectFrom('exchange_reply')
      .selectAll()
      .where('thread_id', '=', threadId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toReply);
  }
  async findReply(id: string): Promise<Reply | null> {
    const row = await this.db
      .selectFrom('exchange_reply')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toReply(row) : null;
  }
  async insertReply(r: Reply): Promise<void> {
    await this.db
      .insertInto('exchange_reply')
      .values({
        id: r.id,
        thread_id: r.threadId,
        author_id: r.authorId,
        country_iso3: r.countryIso3,
        body: r.body,
        mentions: JSON.stringify(r.mentions),
        created_at: r.createdAt,
      })
      .execute();
  }
  async setReplyHidden(id: string, reason: string | null): Promise<void> {
    await this.db.updateTable('exchange_reply').set({ hidden_reason: reason }).where('id', '=', id).execute();
  }

  async recordModeration(id: string, m: Moderation): Promise<void> {
    await this.db
      .insertInto('exchange_moderation')
      .values({
        id,
        entity: m.entity,
        entity_id: m.entityId,
        action: m.action,
        reason: m.reason,
        actor_id: m.actorId,
        at: m.at,
      })
      .execute();
  }
  async moderationOf(entityId: string): Promise<Moderation[]> {
    const rows = await this.db
      .selectFrom('exchange_moderation')
      .selectAll()
      .where('entity_id', '=', entityId)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      entity: r.entity as Moderation['entity'],
      entityId: r.entity_id,
      action: r.action as Moderation['action'],
      reason: r.reason,
      actorId: r.actor_id,
      at: iso(r.at),
    }));
  }
}
