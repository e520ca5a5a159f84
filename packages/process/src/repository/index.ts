export * from './process-repository.ts';
export * from './proposal-repository.ts';
export * from './repositories.ts';
export * from './round-repository.ts';
export type * from './tables.ts';
