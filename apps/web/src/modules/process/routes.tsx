import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';

/**
 * Screens of the Intergovernmental process hub, mounted under `/process`. Screens with charts load lazily
 * so Observable Plot is fetched only there.
 */
export const processRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="p/unea-5-12" replace /> },
  { path: 'p/:slug', lazy: async () => ({ Component: (await import('./ProcessPage.tsx')).ProcessPage }) },
  {
    path: 'p/:slug/proposals',
    lazy: async () => ({ Component: (await import('./ProposalsPage.tsx')).ProposalsPage }),
  },
  {
    path: 'p/:slug/submissions',
    lazy: async () => ({ Component: (await import('./SubmissionsPage.tsx')).SubmissionsPage }),
  },
  {
    path: 'p/:slug/focal-points',
    lazy: async () => ({ Component: (await import('./FocalPointsPage.tsx')).FocalPointsPage }),
  },
  {
    path: 'p/:slug/rounds',
    lazy: async () => ({ Component: (await import('./RoundsPage.tsx')).RoundsPage }),
  },
  {
    path: 'p/:slug/mine',
    lazy: async () => {
      const { OpenForMePage } = await import('./OpenForMePage.tsx');
      return { element: <RequireSignIn>{<OpenForMePage />}</RequireSignIn> };
    },
  },
  {
    path: 'p/:slug/admin',
    lazy: async () => ({ Component: (await import('./admin/AdminPage.tsx')).AdminPage }),
  },
  {
    path: 'proposals/:id',
    lazy: async () => ({ Component: (await import('./ProposalPage.tsx')).ProposalPage }),
  },
];
