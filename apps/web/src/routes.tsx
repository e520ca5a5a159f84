import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout.tsx';
import { MODULES } from './modules/index.ts';
import { accountRoutes } from './pages/account/routes.tsx';
import { ErrorPage } from './pages/ErrorPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { PageLoading } from './ui/PageLoading.tsx';

/** The app's routes: shell pages, then each module's routes under `/<module>`. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        // Errors of any page render inside the layout, so navigation and language stay usable.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'countries',
            // Loaded on demand: the map library and the chart library are only needed here.
            lazy: async () => ({
              Component: (await import('./pages/countries/CountriesPage.tsx')).CountriesPage,
            }),
          },
          {
            path: 'countries/:iso3',
            lazy: async () => ({
              Component: (await import('./pages/countries/CountryPage.tsx')).CountryPage,
            }),
          },
          { path: 'sign-in', element: <SignInPage /> },
          ...accountRoutes,
          ...MODULES.map((m) => ({ path: m.id, children: m.routes })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
