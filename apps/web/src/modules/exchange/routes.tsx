import type { RouteObject } from 'react-router';

/** Screens of knowledge exchange and capacity building, mounted under `/exchange`; each loads on demand. */
export const exchangeRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./SpacesPage.tsx')).SpacesPage }) },
  { path: 'spaces/:space', lazy: async () => ({ Component: (await import('./SpacePage.tsx')).SpacePage }) },
  { path: 'threads/:id', lazy: async () => ({ Component: (await import('./ThreadPage.tsx')).ThreadPage }) },
  { path: 'library', lazy: async () => ({ Component: (await import('./LibraryPage.tsx')).LibraryPage }) },
  { path: 'cases/new', lazy: async () => ({ Component: (await import('./CaseForm.tsx')).CaseFormPage }) },
  { path: 'cases/:id', lazy: async () => ({ Component: (await import('./CasePage.tsx')).CasePage }) },
  { path: 'board', lazy: async () => ({ Component: (await import('./BoardPage.tsx')).BoardPage }) },
  { path: 'matches/:id', lazy: async () => ({ Component: (await import('./MatchPage.tsx')).MatchPage }) },
  {
    path: 'notifications',
    lazy: async () => ({ Component: (await import('./NotificationsPage.tsx')).NotificationsPage }),
  },
  { path: 'overview', lazy: async () => ({ Component: (await import('./OverviewPage.tsx')).OverviewPage }) },
  { path: 'search', lazy: async () => ({ Component: (await import('./SearchPage.tsx')).SearchPage }) },
];
