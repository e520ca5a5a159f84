export * from './call-service.ts';
export * from './endorsement-service.ts';
export * from './meeting-service.ts';
export * from './process-service.ts';
export * from './proposal-service.ts';
export * from './proposal-views.ts';
export * from './round-service.ts';
export * from './submission-service.ts';
