import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { PageLoading } from '../../ui/PageLoading.tsx';

// The map and chart screens load MapLibre and Plot only when opened.
const WorldPage = lazy(() => import('./WorldPage.tsx').then((m) => ({ default: m.WorldPage })));
const MapPage = lazy(() => import('./MapPage.tsx').then((m) => ({ default: m.MapPage })));
const CountryPage = lazy(() => import('./CountryPage.tsx').then((m) => ({ default: m.CountryPage })));
const GovernancePage = lazy(() =>
  import('./GovernancePage.tsx').then((m) => ({ default: m.GovernancePage })),
);
const SubmissionsPage = lazy(() =>
  import('./SubmissionsPage.tsx').then((m) => ({ default: m.SubmissionsPage })),
);
const MethodologyPage = lazy(() =>
  import('./MethodologyPage.tsx').then((m) => ({ default: m.MethodologyPage })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** Screens of the Global Sand Observatory, mounted under `/sand`. */
export const sandRoutes: RouteObject[] = [
  { index: true, element: page(<WorldPage />) },
  { path: 'map', element: page(<MapPage />) },
  { path: 'countries/:iso3', element: page(<CountryPage />) },
  { path: 'methodology', element: page(<MethodologyPage />) },
  { path: 'governance', element: page(<GovernancePage />) },
  { path: 'submissions', element: page(<SubmissionsPage />) },
];
