export * from './band.ts';
export * from './tiers.ts';
export * from './units.ts';
