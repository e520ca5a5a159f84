export * from './duplicates.ts';
export * from './match-state.ts';
export * from './matching.ts';
export * from './model.ts';
export * from './search-documents.ts';
export * from './signature.ts';
export * from './vocabulary.ts';
export * from './words.ts';
