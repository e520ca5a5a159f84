export * from './csv-read.ts';
export * from './csv-write.ts';
export * from './geojson-write.ts';
