export * from './ballot-seal.ts';
export * from './consensus.ts';
export * from './endorsement-csv.ts';
export * from './endorsement-state.ts';
export * from './lineage.ts';
export * from './prioritisation.ts';
export * from './states.ts';
export * from './text-diff.ts';
