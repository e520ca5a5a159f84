export * from './audit.ts';
export * from './connect.ts';
export * from './engine.ts';
export { openPglite } from './engines/pglite.ts';
export { openPostgres } from './engines/postgres.ts';
export * from './migrate.ts';
export * from './platform-migrations.ts';
export * from './tables.ts';
export * from './unit-of-work.ts';
