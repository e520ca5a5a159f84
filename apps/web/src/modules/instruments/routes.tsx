import type { RouteObject } from 'react-router';
import { ComingSoon } from '../../ui/ComingSoon.tsx';

/** Screens of the Instruments assessment, mounted under `/instruments`. Add this module's pages here. */
export const instrumentsRoutes: RouteObject[] = [
  { index: true, element: <ComingSoon namespace="instruments" /> },
];
