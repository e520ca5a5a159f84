export * from './config.ts';
export * from './countries.ts';
export * from './errors.ts';
export * from './ids.ts';
export * from './languages.ts';
export * from './paths.ts';
export * from './policy/index.ts';
export * from './provenance.ts';
