import type { RouteObject } from 'react-router';
import { ComingSoon } from '../../ui/ComingSoon.tsx';

/** Screens of the Intergovernmental process hub, mounted under `/process`. Add this module's pages here. */
export const processRoutes: RouteObject[] = [{ index: true, element: <ComingSoon namespace="process" /> }];
