import type { RouteObject } from 'react-router';
import { ComingSoon } from '../../ui/ComingSoon.tsx';

/** Screens of the Sand observatory, mounted under `/sand`. Add this module's pages here. */
export const sandRoutes: RouteObject[] = [{ index: true, element: <ComingSoon namespace="sand" /> }];
