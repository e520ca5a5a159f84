export * from './domain/index.ts';
export * from './migrations.ts';
export type * from './repository/index.ts';
