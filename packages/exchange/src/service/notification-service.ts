import {
  type Actor,
  NotFoundError,
  newId,
  newToken,
  UnauthenticatedError,
  ValidationError,
} from '@strata/core';
import type { UnitOfWork, WorkContext } from '@strata/db';
import {
  DELIVERY_MODES,
  type DeliveryMode,
  NOTIFICATION_TOPICS,
  type Notification,
  type NotificationTopic,
} from '../domain/model.ts';
import { isOneOf } from '../domain/vocabulary.ts';
import type { ExchangeRepos, FocalPointDirectory, MailTransport } from './ports.ts';

/** What to notify, to whom; `key` makes it once-only (the same key is never notified twice). */
export interface NotificationRequest {
  userIds: string[];
  topic: NotificationTopic;
  subject: string;
  body: string;
  /** Path in the web app, e.g. `/exchange/threads/…`. */
  link: string;
  key: string;
}

/**
 * Retry delays after a failed send: 1, 5, 30 minutes, 2 and 12 hours, then given up (marked failed).
 * A design choice (growing backoff over about half a day), not from a standard.
 */
export const RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000];

/**
 * In-app notifications and the e-mail outbox. Writes happen in the caller's unit of work, so a
 * notification exists only if the reply, match or item it reports was saved. Delivery follows each
 * user's setting per topic (immediate by default, daily digest, or off).
 */
export class NotificationService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly directory: FocalPointDirectory,
    private readonly options: { publicUrl: string; now: () => Date },
  ) {}

  /**
   * Records in-app notifications inside an open unit of work (called by the other exchange services).
   * E-mails for the users on `immediate` are queued once that work has committed: looking the accounts
   * up is not done inside the transaction (the embedded database has one connection, which it holds).
   */
  async notifyIn(repos: ExchangeRepos, tx: WorkContext, request: NotificationRequest): Promise<void> {
    const now = this.options.now();
    const toMail: { userId: string; key: string }[] = [];
    for (const userId of new Set(request.userIds)) {
      const key = `${request.key}:${userId}`;
      const added = await repos.notifications.addNotification({
        id: newId(),
        userId,
        topic: request.topic,
        subject: request.subject,
        body: request.body,
        link: request.link,
        createdAt: now.toISOString(),
        readAt: null,
        dedupeKey: key,
      });
      const mode = (await repos.notifications.settings(userId))[request.topic] ?? 'immediate';
      if (added && mode === 'immediate') toMail.push({ userId, key });
    }
    if (toMail.length) tx.afterCommit(() => this.queueMails(request, toMail));
  }

  private async queueMails(request: NotificationRequest, recipients: { userId: string; key: string }[]) {
    const accounts: { userId: string; key: string; email: string }[] = [];
    for (const r of recipients) {
      const account = await this.directory.account(r.userId);
      if (account) accounts.push({ ...r, email: account.email });
    }
    await this.work.run(async (repos) => {
      for (const a of accounts) {
        const unsubscribe = await repos.notifications.unsubscribeToken(a.userId, request.topic, newToken(24));
        await repos.notifications.enqueue(
          {
            id: newId(),
            userId: a.userId,
            toEmail: a.email,
            subject: request.subject,
            body: this.mailBody(request.body, request.link, unsubscribe),
            dedupeKey: `mail:${a.key}`,
          },
          this.options.now(),
        );
      }
    });
  }

  private mailBody(body: string, link: string, unsubscribeToken: string): string {
    const base = this.options.publicUrl.replace(/\/$/, '');
    return `${body}\n\n${base}${link}\n\n--\nUnsubscribe from these e-mails: ${base}/api/exchange/unsubscribe/${unsubscribeToken}\n`;
  }

  async list(actor: Actor | null): Promise<Notification[]> {
    if (!actor) throw new UnauthenticatedError();
    return this.work.read.notifications.listNotifications(actor.userId);
  }

  /**
   * Marks notifications read: one (`id`) or all of the account's. Only one's own; an unknown id, or
   * another account's, is not found. Answers how many changed (0 when already read).
   */
  async markRead(actor: Actor | null, id: string | 'all'): Promise<{ marked: number }> {
    if (!actor) throw new UnauthenticatedError();
    const at = this.options.now();
    if (id !== 'all' && !(await this.work.read.notifications.findNotification(actor.userId, id)))
      throw new NotFoundError(`Notification ${id}`);
    return this.work.run(async (repos, tx) => {
      const marked =
        id === 'all'
          ? await repos.notifications.markAllRead(actor.userId, at)
          : Number(await repos.notifications.markRead(actor.userId, id, at));
      if (marked > 0)
        await tx.audit({
          actor,
          action: 'exchange.notification.read',
          entity: 'exchange_notification',
          entityId: id === 'all' ? actor.userId : id,
          before: null,
          after: { marked, at: at.toISOString() },
        });
      return { marked };
    });
  }

  async settings(actor: Actor | null): Promise<Record<NotificationTopic, DeliveryMode>> {
    if (!actor) throw new UnauthenticatedError();
    const saved = await this.work.read.notifications.settings(actor.userId);
    return Object.fromEntries(NOTIFICATION_TOPICS.map((t) => [t, saved[t] ?? 'immediate'])) as Record<
      NotificationTopic,
      DeliveryMode
    >;
  }

  async setSetting(actor: Actor | null, topic: string, mode: string) {
    if (!actor) throw new UnauthenticatedError();
    if (!isOneOf(NOTIFICATION_TOPICS, topic) || !isOneOf(DELIVERY_MODES, mode)) {
      throw new ValidationError('Unknown topic or mode.', [
        { path: 'topic', message: NOTIFICATION_TOPICS.join(', ') },
      ]);
    }
    await this.work.run(async (repos, tx) => {
      const before = (await repos.notifications.settings(actor.userId))[topic] ?? 'immediate';
      await repos.notifications.setSetting(actor.userId, topic, mode);
      await tx.audit({
        actor,
        action: 'exchange.setting.update',
        entity: 'exchange_setting',
        entityId: actor.userId,
        before: { topic, mode: before },
        after: { topic, mode },
      });
    });
    return this.settings(actor);
  }

  /** Follows an unsubscribe link: that topic's e-mails are turned off (in-app notifications stay). */
  async unsubscribe(token: string): Promise<{ topic: NotificationTopic } | null> {
    return this.work.run(async (repos, tx) => {
      const found = await repos.notifications.findUnsubscribe(token);
      if (!found) return null;
      await repos.notifications.setSetting(found.userId, found.topic, 'off');
      await tx.audit({
        actor: null,
        action: 'exchange.setting.unsubscribe',
        entity: 'exchange_setting',
        entityId: found.userId,
        before: null,
        after: { topic: found.topic, mode: 'off' },
      });
      return { topic: found.topic };
    });
  }

  /**
   * Queues one digest e-mail per user on the daily setting with notifications in the 24 hours before
   * `now`; the key (user and day) makes a second run on the same day queue nothing. With
   * `notBeforeHourUtc`, nothing is queued before that hour of the day (UTC), so a sender that calls this
   * every round sends each digest once a day at that hour.
   */
  async queueDailyDigests(options: { notBeforeHourUtc?: number } = {}): Promise<number> {
    const now = this.options.now();
    if (options.notBeforeHourUtc !== undefined && now.getUTCHours() < options.notBeforeHourUtc) return 0;
    const since = new Date(now.getTime() - 86_400_000);
    const day = now.toISOString().slice(0, 10);
    let queued = 0;
    for (const userId of await this.work.read.notifications.usersWithMode('daily')) {
      const settings = await this.work.read.notifications.settings(userId);
      const items = (await this.work.read.notifications.notificationsSince(userId, since)).filter(
        (n) => settings[n.topic] === 'daily',
      );
      const account = await this.directory.account(userId);
      if (items.length === 0 || !account) continue;
      const base = this.options.publicUrl.replace(/\/$/, '');
      const body = items.map((n) => `- ${n.subject}\n  ${base}${n.link}`).join('\n');
      const added = await this.work.run((repos) =>
        repos.notifications.enqueue(
          {
            id: newId(),
            userId,
            toEmail: account.email,
            subject: `Strata knowledge exchange: ${items.length} new since yesterday`,
            body: `${body}\n\n--\nChange how often you receive these: ${base}/exchange/notifications\n`,
            dedupeKey: `digest:${userId}:${day}`,
          },
          now,
        ),
      );
      if (added) queued += 1;
    }
    return queued;
  }

  /**
   * Sends the due messages of the outbox. Each is claimed (marked sent) before it is handed to the
   * transport, so two senders never send it twice; a failure gives it back with the next retry time.
   */
  async drainOutbox(
    transport: MailTransport,
    limit = 100,
  ): Promise<{ sent: number; failed: number; retried: number }> {
    const result = { sent: 0, failed: 0, retried: 0 };
    const now = this.options.now();
    for (const message of await this.work.read.notifications.due(now, limit)) {
      if (!(await this.work.read.notifications.claim(message.id, now))) continue;
      try {
        await transport.send({
          to: message.toEmail,
          subject: message.subject,
          text: message.body,
          messageId: `<${message.id}@strata.exchange>`,
        });
        result.sent += 1;
      } catch (error) {
        const attempts = message.attempts + 1;
        const delay = RETRY_DELAYS_MS[attempts - 1];
        const retryAt = delay === undefined ? null : new Date(now.getTime() + delay);
        await this.work.read.notifications.release(message.id, attempts, String(error), retryAt, now);
        if (retryAt) result.retried += 1;
        else result.failed += 1;
      }
    }
    return result;
  }

  outboxCounts() {
    return this.work.read.notifications.outboxCounts();
  }
}
