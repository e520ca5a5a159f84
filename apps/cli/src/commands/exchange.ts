import { isLanguage } from '@strata/core';
import { mailTransportFromEnv, SYSTEM_ACTOR } from '@strata/exchange';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

/** `strata exchange …`: the outbox sender, the daily digest, the search index, demo removal and a search from the shell. */
export function registerExchangeCommands(program: Command): void {
  const exchange = program.command('exchange').description(SUMMARY.exchange);

  exchange
    .command('send-mail')
    .description(
      'Send the due e-mails of the outbox: SMTP when SMTP_URL is set, .eml files under the data folder otherwise',
    )
    .option('--limit <n>', 'at most this many messages', '500')
    .action(async (o: { limit: string }) =>
      withContext(async (ctx) => {
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new CliError('--limit must be a whole number ≥ 1', EXIT.usage);
        const { exchangeServices } = await import('@strata/server');
        const transport = mailTransportFromEnv(process.env, ctx.config.dataDir);
        try {
          const r = await exchangeServices(ctx).notifications.drainOutbox(transport, limit);
          process.stdout.write(`sent ${r.sent}, to retry ${r.retried}, given up ${r.failed}\n`);
          if (r.failed > 0) process.exitCode = EXIT.unavailable;
        } finally {
          transport.close?.();
        }
      }),
    );

  exchange
    .command('digest')
    .description(
      'Queue the daily digest e-mails (run once a day, then send-mail); a second run the same day queues nothing',
    )
    .action(async () =>
      withContext(async (ctx) => {
        const { exchangeServices } = await import('@strata/server');
        const n = await exchangeServices(ctx).notifications.queueDailyDigests();
        process.stdout.write(`queued ${n} digest(s)\n`);
      }),
    );

  exchange
    .command('reindex-proposals')
    .description("Index the process hub's proposals (every language version) for the exchange search")
    .action(async () =>
      withContext(async (ctx) => {
        const { exchangeServices } = await import('@strata/server');
        const n = await exchangeServices(ctx).search.indexProposals();
        process.stdout.write(`indexed ${n} proposal text(s)\n`);
      }),
    );

  exchange
    .command('demo-remove')
    .description(
      'Remove every knowledge-exchange record marked demo (spaces and their threads, cases, needs, offers, matches, files), in one transaction',
    )
    .action(async () =>
      withContext(async (ctx) => {
        const { exchangeServices } = await import('@strata/server');
        const removed = await exchangeServices(ctx).demo.remove(SYSTEM_ACTOR);
        for (const [kind, n] of Object.entries(removed)) process.stdout.write(`${kind}\t${n}\n`);
      }),
    );

  exchange
    .command('search <query>')
    .description('Search public items (as the public sees them)')
    .option('--language <code>', 'ar, zh, en, fr, ru or es')
    .action(async (query: string, o: { language?: string }) =>
      withContext(async (ctx) => {
        if (o.language && !isLanguage(o.language))
          throw new CliError('--language must be ar, zh, en, fr, ru or es', EXIT.usage);
        const { exchangeServices } = await import('@strata/server');
        const hits = await exchangeServices(ctx).search.search(null, {
          q: query,
          languages: o.language ? [o.language] : [],
        });
        for (const h of hits) process.stdout.write(`${h.kind}\t${h.language}\t${h.itemId}\t${h.title}\n`);
        if (hits.length === 0) process.stdout.write('no results\n');
      }),
    );
}
