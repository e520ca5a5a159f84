export * from './domain/index.ts';
export * from './migrations.ts';
export * from './repository.ts';
export * from './service.ts';
