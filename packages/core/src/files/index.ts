export * from './file-type.ts';
export * from './zip.ts';
