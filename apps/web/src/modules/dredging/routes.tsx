import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';

// Map screens load MapLibre and Plot only when opened.
const OverviewPage = lazy(() => import('./OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
const CountryPage = lazy(() => import('./CountryPage.tsx').then((m) => ({ default: m.CountryPage })));
const UploadPage = lazy(() => import('./UploadPage.tsx').then((m) => ({ default: m.UploadPage })));
const VesselPage = lazy(() => import('./VesselPage.tsx').then((m) => ({ default: m.VesselPage })));

const page = (element: React.ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** Screens of the Marine dredging watch, mounted under `/dredging`. */
export const dredgingRoutes: RouteObject[] = [
  { index: true, element: page(<OverviewPage />) },
  { path: 'countries/:iso3', element: page(<CountryPage />) },
  { path: 'vessels/:mmsi', element: page(<VesselPage />) },
  {
    path: 'upload',
    element: page(
      <RequireSignIn>
        <UploadPage />
      </RequireSignIn>,
    ),
  },
];
