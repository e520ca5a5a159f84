import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';
import { PageLoading } from '../../ui/PageLoading.tsx';

// Map screens load MapLibre only when opened.
const FacilitiesPage = lazy(() =>
  import('./FacilitiesPage.tsx').then((m) => ({ default: m.FacilitiesPage })),
);
const FacilityPage = lazy(() => import('./FacilityPage.tsx').then((m) => ({ default: m.FacilityPage })));
const CountriesRiskPage = lazy(() =>
  import('./CountriesRiskPage.tsx').then((m) => ({ default: m.CountriesRiskPage })),
);

const KnowledgePage = lazy(() => import('./KnowledgePage.tsx').then((m) => ({ default: m.KnowledgePage })));

const OversightPage = lazy(() => import('./OversightPage.tsx').then((m) => ({ default: m.OversightPage })));

const TailingsAdminPage = lazy(() =>
  import('./TailingsAdminPage.tsx').then((m) => ({ default: m.TailingsAdminPage })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** Screens of the Tailings portal, mounted under `/tailings`. */
export const tailingsRoutes: RouteObject[] = [
  { index: true, element: page(<FacilitiesPage />) },
  { path: 'facilities/:id', element: page(<FacilityPage />) },
  { path: 'countries', element: page(<CountriesRiskPage />) },
  { path: 'knowledge', element: page(<KnowledgePage />) },
  { path: 'oversight', element: page(<RequireSignIn>{<OversightPage />}</RequireSignIn>) },
  {
    path: 'admin',
    element: page(<RequireSignIn roles={['secretariat']}>{<TailingsAdminPage />}</RequireSignIn>),
  },
];
