/**
 * The demo data set: a seeded, synthetic scenario (labelled as such everywhere) with synthetic user
 * areas, small enough to generate and analyse in a few seconds on first start.
 */
import { DEMO_SITES, type ScenarioOptions, scenarioOptions } from './domain/scenario.ts';

/** Id of the demo dataset; bump the version when the generator or the method changes. */
export const DEMO_DATASET_ID = 'demo-synthetic-v1';

/** 30 days across a year end (so the year and month filters have something to filter). */
export function demoScenarioOptions(): ScenarioOptions {
  const base = scenarioOptions({
    seed: 512,
    days: 30,
    sites: DEMO_SITES,
    hoppers: 4,
    cutters: 2,
    cargo: 3,
    fishing: 3,
  });
  return { ...base, startMs: Date.UTC(2024, 11, 17), noise: { ...base.noise, reportIntervalS: 120 } };
}

const box = (lon: number, lat: number, dLon: number, dLat: number) => [
  [
    [lon, lat],
    [lon + dLon, lat],
    [lon + dLon, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ],
];

/** Synthetic user areas for the demo: a concession and a marine protected area overlapping it. */
export const DEMO_AREAS_GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'demo-concession-north-sea',
      properties: { name: 'Synthetic sand concession (demo)', kind: 'extraction concession' },
      geometry: { type: 'Polygon', coordinates: box(3.66, 52.04, 0.12, 0.08) },
    },
    {
      type: 'Feature',
      id: 'demo-mpa-north-sea',
      properties: { name: 'Synthetic marine protected area (demo)', kind: 'marine protected area' },
      geometry: { type: 'Polygon', coordinates: box(3.72, 52.06, 0.1, 0.08) },
    },
    {
      type: 'Feature',
      id: 'demo-mpa-gulf',
      properties: { name: 'Synthetic reef reserve (demo)', kind: 'marine protected area' },
      geometry: { type: 'Polygon', coordinates: box(54.9, 25.28, 0.08, 0.06) },
    },
  ],
});
