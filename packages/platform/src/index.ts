export * from './account-repository.ts';
export * from './account-service.ts';
export * from './country-repository.ts';
export * from './country-service.ts';
export * from './platform.ts';
