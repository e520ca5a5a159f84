import type { RouteObject } from 'react-router';
import { ComingSoon } from '../../ui/ComingSoon.tsx';

/** Screens of the Tailings portal, mounted under `/tailings`. Add this module's pages here. */
export const tailingsRoutes: RouteObject[] = [{ index: true, element: <ComingSoon namespace="tailings" /> }];
