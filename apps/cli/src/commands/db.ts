import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

/** The embedded data folder, or a refusal when the configuration names a PostgreSQL server. */
async function embeddedDataFolder(action: string): Promise<string> {
  const { loadConfig } = await import('@strata/core');
  const config = loadConfig();
  if (config.databaseUrl)
    throw new CliError(
      `${action} works on the embedded database; with DATABASE_URL set use PostgreSQL's own tools (pg_dump, pg_restore).`,
      EXIT.usage,
    );
  return config.dataDir;
}

/** Adds `db migrate`, `db seed`, `db backup` and `db restore`. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description(SUMMARY.db);
  db.command('migrate')
    .description('Apply pending migrations')
    .action(() =>
      withContext(async (ctx) => {
        const [{ migrate }, { allMigrations }] = await Promise.all([
          import('@strata/db'),
          import('@strata/server'),
        ]);
        // createContext migrates already; run again to report what is applied.
        const applied = await migrate(ctx.db, allMigrations());
        process.stdout.write(
          `Database (${ctx.db.engine}${ctx.db.postgis ? ', PostGIS' : ''}) is up to date; ${allMigrations().length} migrations known, ${applied.length} applied now.\n`,
        );
      }),
    );
  db.command('seed')
    .description('Seed reference data (countries) and each module’s open data; safe to repeat')
    .action(() =>
      withContext(async (ctx) => {
        const { MODULES, seedAll } = await import('@strata/server');
        await seedAll(ctx, MODULES, (module) => {
          const bar = createProgress({ label: `seeding ${module}`, total: null });
          return (done, total, note) => {
            if (total !== null && done >= total) bar.done(note);
            else bar.update(done, note);
          };
        });
        process.stdout.write('Seeded countries and module data.\n');
      }),
    );
  db.command('backup')
    .description(
      'Write a consistent backup of the embedded database to FILE (taken by the server while it runs)',
    )
    .argument('<file>', 'backup file to write (a gzipped tarball)')
    .action(async (file: string) => {
      const dataDir = await embeddedDataFolder('strata db backup');
      const { backupDataFolder } = await import('@strata/db');
      const tarball = await backupDataFolder(dataDir);
      await writeFile(file, tarball, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST')
          throw new CliError(`${file} exists; choose a new file name.`, EXIT.usage);
        throw error;
      });
      process.stdout.write(`Wrote ${file} (${tarball.length} bytes).\n`);
    });
  db.command('restore')
    .description('Replace the embedded database with a backup (refused while the server runs)')
    .argument('<file>', 'backup file written by `strata db backup`')
    .action(async (file: string) => {
      const dataDir = await embeddedDataFolder('strata db restore');
      const tarball = await readFile(file);
      const { restoreDataFolder } = await import('@strata/db');
      const kept = await restoreDataFolder(dataDir, tarball);
      process.stdout.write(
        `Restored ${file}.${kept ? ` The database it replaced is kept in ${kept}.` : ''}\n`,
      );
    });
}
