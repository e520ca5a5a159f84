import type { RouteObject } from 'react-router';
import { dredgingRoutes } from './dredging/routes.tsx';
import { exchangeRoutes } from './exchange/routes.tsx';
import { instrumentsRoutes } from './instruments/routes.tsx';
import { processRoutes } from './process/routes.tsx';
import { sandRoutes } from './sand/routes.tsx';
import { tailingsRoutes } from './tailings/routes.tsx';

/** A platform module as the shell shows it: a URL segment, a catalog namespace and its routes. */
export interface ModuleDefinition {
  /** URL segment and i18n namespace (`<id>.title`, `<id>.summary`). */
  id: 'process' | 'instruments' | 'sand' | 'dredging' | 'tailings' | 'exchange';
  routes: RouteObject[];
}

/** The six modules, in the order the navigation and the home page list them. */
export const MODULES: readonly ModuleDefinition[] = [
  { id: 'process', routes: processRoutes },
  { id: 'instruments', routes: instrumentsRoutes },
  { id: 'sand', routes: sandRoutes },
  { id: 'dredging', routes: dredgingRoutes },
  { id: 'tailings', routes: tailingsRoutes },
  { id: 'exchange', routes: exchangeRoutes },
];
