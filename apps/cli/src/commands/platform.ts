import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROLES, type Role, repoRoot } from '@strata/core';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';
import { registerDbCommands } from './db.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be 0–65535, got ${value}`, EXIT.usage);
  return port;
}

async function serve(options: { port?: number; seed: boolean }): Promise<void> {
  const { closeOnSignals, startServer } = await import('@strata/server');
  const running = await startServer({ port: options.port, seed: options.seed });
  process.stderr.write(
    `Strata is serving on ${running.url.replace('127.0.0.1', 'localhost')} (database: ${running.ctx.db.engine})\n`,
  );
  if (running.setup)
    process.stderr.write(
      [
        '',
        'This installation has no secretariat account yet. Open this one-time link to create it',
        `(it works once, until ${running.setup.expiresAt.toISOString()}; a restart prints a new one):`,
        '',
        `  ${running.setup.link}`,
        '',
        'Or, for automation: npx strata users create --email … --role secretariat',
        '',
      ].join('\n'),
    );
  closeOnSignals(running);
  await new Promise(() => {});
}

/** Builds the web app when its bundle is missing or older than its sources' package file. */
function ensureWebBuilt(): void {
  const dist = path.join(repoRoot, 'apps', 'web', 'dist', 'index.html');
  if (existsSync(dist) && process.env.STRATA_REBUILD !== '1') return;
  process.stderr.write('Building the web app (first start)…\n');
  const result = spawnSync('npm', ['run', 'build', '-w', '@strata/web'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new CliError('Building the web app failed (see above).', EXIT.software);
}

/** Adds `serve`, `start`, the `db` commands and `users create`. */
export function registerPlatformCommands(program: Command): void {
  program
    .command('serve')
    .description(SUMMARY.serve)
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)', parsePort)
    .option('--no-seed', 'do not seed reference and demo data')
    .action(serve);

  program
    .command('start')
    .description(SUMMARY.start)
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)', parsePort)
    .action(async (options: { port?: number }) => {
      ensureWebBuilt();
      await serve({ port: options.port, seed: true });
    });

  registerDbCommands(program);

  const users = program.command('users').description(SUMMARY.users);
  users
    .command('create')
    .description('Create an account; the first one bootstraps the secretariat')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--password <password>',
      'password (at least 12 characters; default: STRATA_PASSWORD or a generated one)',
    )
    .option('--country <iso3>', 'country of a focal point')
    .option('--organisation <id>', 'organisation of an observer contact')
    .option('--company <id>', 'company of a facility operator')
    .option('--name <name>', 'display name')
    .action(
      (o: {
        email: string;
        role: string;
        password?: string;
        country?: string;
        organisation?: string;
        company?: string;
        name?: string;
      }) =>
        withContext(async (ctx) => {
          if (!(ROLES as readonly string[]).includes(o.role))
            throw new CliError(`--role must be one of ${ROLES.join(', ')}`, EXIT.usage);
          await ctx.platform.countries.seed();
          const generated = !o.password && !process.env.STRATA_PASSWORD;
          const password =
            o.password ?? process.env.STRATA_PASSWORD ?? (await import('@strata/core')).newToken(15);
          const user = await ctx.platform.accounts.createUser(
            null,
            {
              email: o.email,
              password,
              role: o.role as Role,
              countryIso3: o.country ?? null,
              organisationId: o.organisation ?? null,
              companyId: o.company ?? null,
              displayName: o.name ?? null,
            },
            { bootstrap: true },
          );
          process.stdout.write(`Created ${user.role} account ${user.email} (${user.userId}).\n`);
          if (generated)
            process.stdout.write(`Password: ${password}\n(shown once; change it after signing in)\n`);
        }),
    );
}
