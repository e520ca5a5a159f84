import { NotFoundError } from '@strata/core';
import {
  createExchangeServices,
  type ExchangeServices,
  exchangeMigrations,
  type FocalPointDirectory,
  type InstrumentCatalogue,
  mailTransportFromEnv,
  OutboxSender,
  type ProposalCatalogue,
  seedExchange,
} from '@strata/exchange';
import { processServicesOf } from '@strata/process';
import type { AppContext } from '../env.ts';
import { exchangeRoutes } from '../routes/exchange/index.ts';
import { instrumentsServices } from '../routes/instruments/context.ts';
import type { ServerModule } from './types.ts';

/**
 * The process hub's proposals as the exchange sees them. The one place where the exchange meets the
 * process hub's service shapes: when those change, only this adapter changes.
 */
function proposalCatalogue(ctx: AppContext): ProposalCatalogue {
  const hub = () => processServicesOf(ctx);
  return {
    async find(id) {
      try {
        const p = await hub().proposals.getProposal(id);
        return { id: p.id, code: p.code, texts: p.currentVersion.texts };
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
    async list() {
      const processes = await hub().processes.listProcesses();
      const lists = await Promise.all(
        processes.map((p) => hub().proposals.listProposals(p.id, { status: 'active' })),
      );
      return lists.flat().map((p) => ({ id: p.id, code: p.code, texts: p.currentVersion.texts }));
    },
  };
}

/**
 * The instruments of the global assessment as the exchange sees them: published ones, through the
 * instruments' catalogue service (an unpublished instrument is not found for an anonymous reader).
 */
function instrumentCatalogue(ctx: AppContext): InstrumentCatalogue {
  return {
    async find(slug) {
      try {
        const i = await instrumentsServices(ctx).catalogue.get(slug, null);
        return { slug: i.slug, title: i.title, shortTitle: i.shortTitle };
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
  };
}

/** Accounts of the platform, through its account service; a country's focal points are its accounts with that role. */
function focalPointDirectory(ctx: AppContext): FocalPointDirectory {
  const accounts = ctx.platform.accounts;
  return {
    account: (userId) => accounts.contactOf({ userId }),
    accountByEmail: (email) => accounts.contactOf({ email }),
    focalPointsOf: (iso3) => accounts.contactsOf('focal_point', iso3),
  };
}

/** The exchange's services for this context, built once. */
export function exchangeServices(ctx: AppContext): ExchangeServices {
  return ctx.services('exchange', (db, config) =>
    createExchangeServices(db, {
      proposals: proposalCatalogue(ctx),
      instruments: instrumentCatalogue(ctx),
      directory: focalPointDirectory(ctx),
      publicUrl: process.env.STRATA_PUBLIC_URL ?? `http://localhost:${config.port}`,
    }),
  );
}

/** The hour (UTC, 0–23) from which the daily digests are queued; 6 when unset or not such an hour. */
export function digestHourUtc(value: string | undefined): number {
  const hour = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(hour) && hour >= 0 && hour <= 23
    ? hour
    : 6;
}

/** Knowledge exchange: working-group spaces, good-practice library, needs and offers, search, notifications. */
export const exchangeModule: ServerModule = {
  name: 'exchange',
  migrations: exchangeMigrations,
  routes: (ctx) => exchangeRoutes(exchangeServices(ctx)),
  /** The working-group spaces (one per life-cycle stage and per theme) and the proposals' search index. No demo content. */
  async seed(ctx) {
    await seedExchange(exchangeServices(ctx));
  },
  /**
   * The e-mail sender: drains the outbox every `STRATA_MAIL_INTERVAL_SECONDS` (default 60), backing off
   * while sending fails, and queues the daily digests once a day from `STRATA_DIGEST_HOUR_UTC` (default 6);
   * SMTP when `SMTP_URL` is set, files under the data folder otherwise.
   * `STRATA_MAIL_SENDER=off` leaves it to `strata exchange send-mail` (cron, another process).
   */
  background(ctx) {
    if (process.env.STRATA_MAIL_SENDER === 'off') return null;
    const seconds = Number(process.env.STRATA_MAIL_INTERVAL_SECONDS ?? 60);
    const transport = mailTransportFromEnv(process.env, ctx.config.dataDir);
    const digestHour = digestHourUtc(process.env.STRATA_DIGEST_HOUR_UTC);
    const sender = new OutboxSender(
      async () => {
        const notifications = exchangeServices(ctx).notifications;
        // Idempotent per user and day: every round may ask, the first one past the hour queues them.
        await notifications.queueDailyDigests({ notBeforeHourUtc: digestHour });
        return notifications.drainOutbox(transport, 100);
      },
      {
        intervalMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000,
        onRound: (result, nextInMs) =>
          ctx.logger.info({ ...result, nextInMs }, 'exchange e-mail outbox drained'),
        onError: (error, nextInMs) =>
          ctx.logger.warn({ err: error, nextInMs }, 'exchange e-mail outbox: round failed'),
      },
    );
    sender.start();
    return {
      async stop() {
        await sender.stop();
        transport.close?.();
      },
    };
  },
};
