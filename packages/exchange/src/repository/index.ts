export * from './attachment-repository.ts';
export * from './board-repository.ts';
export * from './demo-repository.ts';
export * from './forum-repository.ts';
export * from './library-repository.ts';
export * from './notification-repository.ts';
export * from './search-repository.ts';
