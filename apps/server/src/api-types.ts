/**
 * The API's request and response types, inferred from the zod schemas that validate and document each
 * route, so the web app and the server cannot drift apart. The web app imports them as types only:
 *
 * @example import type { FacilitySummary } from '@strata/server/api-types';
 *
 * Each module adds one line: `export type * from './routes/<module>/api-types.ts';`, where that file
 * holds `export type X = z.infer<typeof XSchema>` for the schemas in its `schemas.ts`.
 */
export type { ProblemDetails } from './problem.ts';
export type * from './routes/dredging/api-types.ts';
export type * from './routes/exchange/api-types.ts';
export type * from './routes/instruments/api-types.ts';
export type * from './routes/platform-api-types.ts';
export type * from './routes/process/api-types.ts';
export type * from './routes/sand/api-types.ts';
export type * from './routes/tailings/api-types.ts';
