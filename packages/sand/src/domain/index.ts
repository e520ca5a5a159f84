export * from './band.ts';
export * from './cement.ts';
export * from './irp.ts';
export * from './parameters.ts';
export * from './tiers.ts';
export * from './units.ts';
export * from './usgs.ts';
