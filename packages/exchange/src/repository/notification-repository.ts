import type { Executor } from '@strata/db';
import type { DeliveryMode, Notification, NotificationTopic, OutboxMessage } from '../domain/model.ts';
import { iso } from './rows.ts';
import './tables.ts';

/** In-app notifications, the e-mail outbox, per-user delivery settings and unsubscribe tokens. */
export class NotificationRepository {
  constructor(private readonly db: Executor) {}

  /** Adds an in-app notification unless one with the same key exists; true when added. */
  async addNotification(n: Notification & { dedupeKey: string }): Promise<boolean> {
    const r = await this.db
      .insertInto('exchange_notification')
      .values({
        id: n.id,
        user_id: n.userId,
        topic: n.topic,
        subject: n.subject,
        body: n.body,
        link: n.link,
        dedupe_key: n.dedupeKey,
        created_at: n.createdAt,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  async listNotifications(userId: string, limit = 100): Promise<Notification[]> {
    const rows = await this.db
      .selectFrom('exchange_notification')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      topic: r.topic as NotificationTopic,
      subject: r.subject,
      body: r.body,
      link: r.link,
      createdAt: iso(r.created_at),
      readAt: r.read_at === null ? null : iso(r.read_at),
    }));
  }
  /** Notifications of a topic created since `since`, for the daily digest. */
  async notificationsSince(userId: string, since: Date): Promise<Notification[]> {
    return (await this.listNotifications(userId, 1000)).filter((n) => new Date(n.createdAt) >= since);
  }
  /** Marks one of the account's unread notifications read; false when there is no such unread one. */
  async markRead(userId: string, id: string, at: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('exchange_notification')
      .set({ read_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
  /** Marks every unread notification of the account read; how many were. */
  async markAllRead(userId: string, at: Date): Promise<number> {
    const r = await this.db
      .updateTable('exchange_notification')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
  async findNotification(userId: string, id: string): Promise<{ readAt: string | null } | null> {
    const row = await this.db
      .selectFrom('exchange_notification')
      .select('read_at')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? { readAt: row.read_at === null ? null : iso(row.read_at) } : null;
  }

  /** Queues an e-mail unless one with the same key was ever queued (so nothing is sent twice). */
  async enqueue(m: Omit<OutboxMessage, 'attempts'>, at: Date): Promise<boolean> {
    const r = await this.db
      .insertInto('exchange_outbox')
      .values({
        id: m.id,
        user_id: m.userId,
        to_email: m.toEmail,
        subject: m.subject,
        body: m.body,
        dedupe_key: m.dedupeKey,
        next_attempt_at: at,
        created_at: at,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  /** Messages due at `now`, oldest first. */
  async due(now: Date, limit: number): Promise<OutboxMessage[]> {
    const rows = await this.db
      .selectFrom('exchange_outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      toEmail: r.to_email,
      subject: r.subject,
      body: r.body,
      dedupeKey: r.dedupe_key,
      attempts: r.attempts,
    }));
  }
  /**
   * Claims a message for sending: true only for the one caller that moves it from unsent to sent, so two
   * senders draining at once never both send it.
   */
  async claim(id: string, at: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('exchange_outbox')
      .set({ sent_at: at })
      .where('id', '=', id)
      .where('sent_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
  /** Gives a claimed message back after a failed attempt: retried at `retryAt`, or failed for good. */
  async release(id: string, attempts: number, error: string, retryAt: Date | null, at: Date): Promise<void> {
    await this.db
      .updateTable('exchange_outbox')
      .set({
        sent_at: null,
        attempts,
        last_error: error.slice(0, 2000),
        next_attempt_at: retryAt ?? at,
        failed_at: retryAt === null ? at : null,
      })
      .where('id', '=', id)
      .execute();
  }
  async outboxCounts(): Promise<{ pending: number; sent: number; failed: number }> {
    const rows = await this.db.selectFrom('exchange_outbox').select(['sent_at', 'failed_at']).execute();
    return {
      pending: rows.filter((r) => r.sent_at === null && r.failed_at === null).length,
      sent: rows.filter((r) => r.sent_at !== null).length,
      failed: rows.filter((r) => r.failed_at !== null).length,
    };
  }

  async settings(userId: string): Promise<Partial<Record<NotificationTopic, DeliveryMode>>> {
    const rows = await this.db
      .selectFrom('exchange_setting')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.topic, r.mode]));
  }
  async setSetting(userId: string, topic: NotificationTopic, mode: DeliveryMode): Promise<void> {
    await this.db
      .insertInto('exchange_setting')
      .values({ user_id: userId, topic, mode })
      .onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet({ mode }))
      .execute();
  }
  async usersWithMode(mode: DeliveryMode): Promise<string[]> {
    const rows = await this.db
      .selectFrom('exchange_setting')
      .select('user_id')
      .distinct()
      .where('mode', '=', mode)
      .execute();
    return rows.map((r) => r.user_id);
  }
  async unsubscribeToken(userId: string, topic: NotificationTopic, fresh: string): Promise<string> {
    const existing = await this.db
      .selectFrom('exchange_unsubscribe')
      .select('token')
      .where('user_id', '=', userId)
      .where('topic', '=', topic)
      .executeTakeFirst();
    if (existing) return existing.token;
    await this.db
      .insertInto('exchange_unsubscribe')
      .values({ token: fresh, user_id: userId, topic })
      .execute();
    return fresh;
  }
  async findUnsubscribe(token: string): Promise<{ userId: string; topic: NotificationTopic } | null> {
    const row = await this.db
      .selectFrom('exchange_unsubscribe')
      .selectAll()
      .where('token', '=', token)
      .executeTakeFirst();
    return row ? { userId: row.user_id, topic: row.topic as NotificationTopic } : null;
  }
}
