import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireSignIn } from '../../auth/RequireSignIn.tsx';

const secretariat = ['secretariat'] as const;

/** First-run set-up, password reset, one's own account, and the secretariat's account administration. */
export const accountRoutes: RouteObject[] = [
  { path: 'setup', lazy: async () => ({ Component: (await import('./SetupPage.tsx')).SetupPage }) },
  {
    path: 'reset-password',
    lazy: async () => ({ Component: (await import('./ResetPasswordPage.tsx')).ResetPasswordPage }),
  },
  {
    path: 'account',
    lazy: async () => {
      const { AccountPage } = await import('./AccountPage.tsx');
      return { element: <RequireSignIn>{<AccountPage />}</RequireSignIn> };
    },
  },
  {
    path: 'me',
    lazy: async () => {
      const { OpenWorkPage } = await import('./OpenWorkPage.tsx');
      return { element: <RequireSignIn>{<OpenWorkPage />}</RequireSignIn> };
    },
  },
  { path: 'admin', element: <Navigate to="/admin/accounts" replace /> },
  {
    path: 'admin/accounts',
    lazy: async () => {
      const { AccountsPage } = await import('./admin/AccountsPage.tsx');
      return { element: <RequireSignIn roles={secretariat}>{<AccountsPage />}</RequireSignIn> };
    },
  },
  ...(['organisations', 'companies'] as const).map((kind) => ({
    path: `admin/${kind}`,
    lazy: async () => {
      const { RegistryPage } = await import('./admin/RegistryPage.tsx');
      return { element: <RequireSignIn roles={secretariat}>{<RegistryPage kind={kind} />}</RequireSignIn> };
    },
  })),
];
