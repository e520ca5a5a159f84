export * from './app-role.ts';
export * from './audit.ts';
export * from './backup.ts';
export * from './bytea.ts';
export * from './change-mark.ts';
export * from './connect.ts';
export * from './countries.ts';
export {
  DataFolderInUseError,
  type DataFolderOwner,
  dataFolderOwner,
  LOCK_FILE,
} from './data-folder-lock.ts';
export * from './engine.ts';
export { openPglite, type PgliteDatabase } from './engines/pglite.ts';
export { openPostgres } from './engines/postgres.ts';
export * from './migrate.ts';
export * from './platform-migrations.ts';
export * from './tables.ts';
export * from './unit-of-work.ts';
