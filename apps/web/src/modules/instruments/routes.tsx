import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { PageLoading } from '../../ui/PageLoading.tsx';

const CataloguePage = lazy(() => import('./CataloguePage.tsx').then((m) => ({ default: m.CataloguePage })));
const InstrumentPage = lazy(() =>
  import('./InstrumentPage.tsx').then((m) => ({ default: m.InstrumentPage })),
);
const HeatMapPage = lazy(() => import('./HeatMapPage.tsx').then((m) => ({ default: m.HeatMapPage })));
const AnalysesPage = lazy(() => import('./AnalysesPage.tsx').then((m) => ({ default: m.AnalysesPage })));
const ComparePage = lazy(() => import('./ComparePage.tsx').then((m) => ({ default: m.ComparePage })));
const CountryPage = lazy(() => import('./CountrySection.tsx').then((m) => ({ default: m.CountryPage })));

const page = (element: React.ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** Screens of the global assessment of instruments and standards, mounted under `/instruments`. */
export const instrumentsRoutes: RouteObject[] = [
  { index: true, element: page(<CataloguePage />) },
  { path: 'items/:slug', element: page(<InstrumentPage />) },
  { path: 'heat-map', element: page(<HeatMapPage />) },
  { path: 'analyses', element: page(<AnalysesPage />) },
  { path: 'compare', element: page(<ComparePage />) },
  { path: 'countries/:iso3', element: page(<CountryPage />) },
];
