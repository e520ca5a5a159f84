export * from './analyses.ts';
export * from './changes.ts';
export * from './duplication.ts';
export * from './instrument.ts';
export * from './matrix.ts';
export * from './parties.ts';
export * from './vocabulary.ts';
