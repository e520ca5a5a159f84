import type { RouteObject } from 'react-router';
import { ComingSoon } from '../../ui/ComingSoon.tsx';

/** Screens of the Marine dredging watch, mounted under `/dredging`. Add this module's pages here. */
export const dredgingRoutes: RouteObject[] = [{ index: true, element: <ComingSoon namespace="dredging" /> }];
