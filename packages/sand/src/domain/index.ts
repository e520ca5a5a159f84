export * from './band.ts';
export * from './irp.ts';
export * from './tiers.ts';
export * from './units.ts';
