import { createRoute, z } from '@hono/zod-openapi';
import { processServicesOf } from '@strata/process';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import {
  BallotContentSchema,
  BallotSchema,
  CsvResponse,
  Id,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  ParametersSchema,
  ProcessParam,
  ResultSchema,
  RoundSchema,
} from './schemas.ts';

const tags = ['Process hub: prioritisation'];

const listRounds = createRoute({
  method: 'get',
  path: '/processes/{process}/rounds',
  tags,
  summary: 'Prioritisation rounds with method, parameters, dates and ballots cast',
  request: { params: ProcessParam },
  responses: { 200: jsonOk(Items(RoundSchema)), ...problemResponses(404) },
});
const createRound = createRoute({
  method: 'post',
  path: '/processes/{process}/rounds',
  tags,
  summary: 'Open a round over proposal versions: approval, ranked (Borda), score 0–5 or dots (co-chairs)',
  request: {
    params: ProcessParam,
    body: jsonBody(
      z.object({
        title: z.string().min(1).max(300),
        parameters: ParametersSchema,
        versionIds: z.array(Id).min(2).max(500),
        opensAt: z.string().meta({ format: 'date-time' }),
        closesAt: z.string().meta({ format: 'date-time' }),
      }),
    ),
  },
  responses: { 201: jsonOk(RoundSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const getRound = createRoute({
  method: 'get',
  path: '/rounds/{id}',
  tags,
  summary: 'One round',
  request: { params: IdParam },
  responses: { 200: jsonOk(RoundSchema), ...problemResponses(400, 404) },
});
const closeRound = createRoute({
  method: 'post',
  path: '/rounds/{id}/close',
  tags,
  summary: 'Close a round now (co-chairs); ballots and results become public',
  request: { params: IdParam },
  responses: { 200: jsonOk(RoundSchema), ...problemResponses(401, 403, 404, 409) },
});
const cast = createRoute({
  method: 'post',
  path: '/rounds/{id}/ballots',
  tags,
  summary:
    "Cast the state's ballot (its focal point, or the secretariat on its behalf); recasting replaces it",
  request: {
    params: IdParam,
    body: jsonBody(z.object({ countryIso3: z.string().length(3), content: BallotContentSchema })),
  },
  responses: { 201: jsonOk(BallotSchema, 'Cast'), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const ballots = createRoute({
  method: 'get',
  path: '/rounds/{id}/ballots',
  tags,
  summary: 'All ballots, once the round is closed (409 while it is open)',
  request: { params: IdParam },
  responses: { 200: jsonOk(Items(BallotSchema)), ...problemResponses(400, 404, 409) },
});
const ballotsCsv = createRoute({
  method: 'get',
  path: '/rounds/{id}/ballots.csv',
  tags,
  summary: 'Ballots as CSV, once the round is closed',
  request: { params: IdParam },
  responses: { 200: CsvResponse, ...problemResponses(400, 404, 409) },
});
const ownBallot = createRoute({
  method: 'get',
  path: '/rounds/{id}/ballots/{iso3}',
  tags,
  summary: "The state's own ballot while the round is open (its focal point, the secretariat)",
  request: { params: z.object({ id: Id, iso3: z.string().length(3) }) },
  responses: {
    200: jsonOk(z.object({ ballot: BallotSchema.nullable() })),
    ...problemResponses(401, 403, 404),
  },
});
const results = createRoute({
  method: 'get',
  path: '/rounds/{id}/results',
  tags,
  summary: 'Results with the method and its counting rule shown, once the round is closed',
  request: { params: IdParam },
  responses: { 200: jsonOk(ResultSchema), ...problemResponses(400, 404, 409) },
});

/** Prioritisation rounds, ballots and results. */
export function roundRoutes(ctx: AppContext) {
  const hub = processServicesOf(ctx);
  return createRouter()
    .openapi(listRounds, async (c) =>
      c.json({ items: await hub.rounds.listRounds(c.req.valid('param').process) }, 200),
    )
    .openapi(createRound, async (c) =>
      c.json(
        await hub.rounds.createRound(c.get('actor'), c.req.valid('param').process, c.req.valid('json')),
        201,
      ),
    )
    .openapi(getRound, async (c) => c.json(await hub.rounds.getRound(c.req.valid('param').id), 200))
    .openapi(closeRound, async (c) =>
      c.json(await hub.rounds.closeRound(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(cast, async (c) =>
      c.json(await hub.rounds.castBallot(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(ballots, async (c) => c.json({ items: await hub.rounds.ballots(c.req.valid('param').id) }, 200))
    .openapi(ballotsCsv, async (c) =>
      c.body(await hub.rounds.ballotsCsv(c.req.valid('param').id), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="ballots.csv"',
      }),
    )
    .openapi(ownBallot, async (c) => {
      const { id, iso3 } = c.req.valid('param');
      return c.json({ ballot: await hub.rounds.ownBallot(c.get('actor'), id, iso3.toUpperCase()) }, 200);
    })
    .openapi(results, async (c) => c.json(await hub.rounds.results(c.req.valid('param').id), 200));
}
