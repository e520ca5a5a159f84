import { createRoute, z } from '@hono/zod-openapi';
import { type ExchangeServices, matchesCsv, needsCsv, offersCsv } from '@strata/exchange';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import {
  CsvResponse,
  DraftSchema,
  DuplicateReportSchema,
  Id,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  MatchSchema,
  MoveMatchSchema,
  NeedSchema,
  NewNeedSchema,
  NewOfferSchema,
  OfferSchema,
} from './schemas.ts';

const tags = ['Knowledge exchange: needs and offers'];
const csv = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
});
const BoardQuery = z.object({
  country: z.string().length(3).optional(),
  theme: z.string().max(40).optional(),
  status: z.string().max(20).optional(),
});

const listNeeds = createRoute({
  method: 'get',
  path: '/needs',
  tags,
  summary: 'Needs recorded by States',
  request: { query: BoardQuery },
  responses: { 200: jsonOk(Items(NeedSchema)) },
});
const needsDownload = createRoute({
  method: 'get',
  path: '/needs.csv',
  tags,
  summary: 'Needs as CSV',
  request: { query: BoardQuery },
  responses: { 200: CsvResponse },
});
const createNeed = createRoute({
  method: 'post',
  path: '/needs',
  tags,
  summary: "Record a need of one's country; matches are proposed and near-duplicates reported",
  request: { body: jsonBody(NewNeedSchema) },
  responses: {
    201: jsonOk(
      z.object({ item: NeedSchema, matches: z.array(MatchSchema), duplicates: DuplicateReportSchema }),
      'Created',
    ),
    ...problemResponses(...WRITE_PROBLEMS),
  },
});
const listOffers = createRoute({
  method: 'get',
  path: '/offers',
  tags,
  summary: 'Offers of States and organisations',
  request: { query: BoardQuery },
  responses: { 200: jsonOk(Items(OfferSchema)) },
});
const offersDownload = createRoute({
  method: 'get',
  path: '/offers.csv',
  tags,
  summary: 'Offers as CSV',
  request: { query: BoardQuery },
  responses: { 200: CsvResponse },
});
const createOffer = createRoute({
  method: 'post',
  path: '/offers',
  tags,
  summary: "Record an offer for one's country or organisation; matches are proposed",
  request: { body: jsonBody(NewOfferSchema) },
  responses: {
    201: jsonOk(
      z.object({ item: OfferSchema, matches: z.array(MatchSchema), duplicates: DuplicateReportSchema }),
      'Created',
    ),
    ...problemResponses(...WRITE_PROBLEMS),
  },
});
const listMatches = createRoute({
  method: 'get',
  path: '/matches',
  tags,
  summary: 'Matches with their score explained dimension by dimension, and their dated notes',
  responses: { 200: jsonOk(Items(MatchSchema)) },
});
const getMatch = createRoute({
  method: 'get',
  path: '/matches/{id}',
  tags,
  summary: 'One match with its score explained and its dated notes (the link of a match notification)',
  request: { params: IdParam },
  responses: { 200: jsonOk(MatchSchema), ...problemResponses(404) },
});
const matchesDownload = createRoute({
  method: 'get',
  path: '/matches.csv',
  tags,
  summary: 'Matches as CSV (one column per dimension)',
  responses: { 200: CsvResponse },
});
const moveMatch = createRoute({
  method: 'post',
  path: '/matches/{id}/moves',
  tags,
  summary: 'Move a match on (proposed → in contact → agreed → delivered → closed) with a dated note',
  request: { params: IdParam, body: jsonBody(MoveMatchSchema) },
  responses: { 200: jsonOk(MatchSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const merge = createRoute({
  method: 'post',
  path: '/merges',
  tags,
  summary: 'Merge a duplicate need, offer or case into another, keeping both histories (secretariat)',
  request: {
    body: jsonBody(z.object({ kind: z.enum(['need', 'offer', 'case']), duplicateId: Id, intoId: Id })),
  },
  responses: {
    200: jsonOk(z.object({ merged: z.string(), into: z.string() })),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const checkDuplicates = createRoute({
  method: 'post',
  path: '/duplicates/check',
  tags,
  summary: 'Before saving: near-duplicates of a draft thread, case, need or offer, with the score explained',
  request: { body: jsonBody(DraftSchema) },
  responses: { 200: jsonOk(DuplicateReportSchema), ...problemResponses(400) },
});
const country = createRoute({
  method: 'get',
  path: '/countries/{iso3}',
  tags,
  summary: "A country's needs, offers and matches",
  request: { params: z.object({ iso3: z.string().length(3) }) },
  responses: {
    200: jsonOk(
      z.object({
        countryIso3: z.string(),
        unGroup: z.string().nullable(),
        needs: z.array(NeedSchema),
        offers: z.array(OfferSchema),
        matches: z.array(MatchSchema),
      }),
    ),
    ...problemResponses(404),
  },
});
const unmet = createRoute({
  method: 'get',
  path: '/overview/unmet-needs',
  tags,
  summary: 'Open needs without an agreed match, by UN regional group and theme',
  responses: { 200: jsonOk(Items(z.object({ region: z.string(), theme: z.string(), count: z.number() }))) },
});

const filterOf = (q: z.infer<typeof BoardQuery>) => ({
  countryIso3: q.country,
  theme: q.theme,
  status: q.status,
});

/** Needs, offers, matches, duplicates, a country's page and the overview of unmet needs. */
export function boardRoutes(ex: ExchangeServices) {
  return createRouter()
    .openapi(listNeeds, async (c) =>
      c.json({ items: await ex.board.listNeeds(filterOf(c.req.valid('query'))) }, 200),
    )
    .openapi(needsDownload, async (c) =>
      c.body(needsCsv(await ex.board.listNeeds(filterOf(c.req.valid('query')))), 200, csv('needs.csv')),
    )
    .openapi(createNeed, async (c) =>
      c.json(await ex.board.createNeed(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(listOffers, async (c) =>
      c.json({ items: await ex.board.listOffers(filterOf(c.req.valid('query'))) }, 200),
    )
    .openapi(offersDownload, async (c) =>
      c.body(offersCsv(await ex.board.listOffers(filterOf(c.req.valid('query')))), 200, csv('offers.csv')),
    )
    .openapi(createOffer, async (c) =>
      c.json(await ex.board.createOffer(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(listMatches, async (c) => c.json({ items: await ex.board.listMatches() }, 200))
    .openapi(getMatch, async (c) => c.json(await ex.board.getMatch(c.req.valid('param').id), 200))
    .openapi(matchesDownload, async (c) =>
      c.body(matchesCsv(await ex.board.listMatches()), 200, csv('matches.csv')),
    )
    .openapi(moveMatch, async (c) =>
      c.json(await ex.board.moveMatch(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(merge, async (c) => {
      const b = c.req.valid('json');
      const actor = c.get('actor');
      const merged =
        b.kind === 'case'
          ? await ex.library.merge(actor, b.duplicateId, b.intoId)
          : await ex.board.merge(actor, b.kind, b.duplicateId, b.intoId);
      return c.json(merged, 200);
    })
    .openapi(checkDuplicates, async (c) => c.json(await ex.duplicates.check(c.req.valid('json')), 200))
    .openapi(country, async (c) =>
      c.json(await ex.board.countryPage(c.req.valid('param').iso3.toUpperCase()), 200),
    )
    .openapi(unmet, async (c) => c.json({ items: await ex.board.unmetNeeds() }, 200));
}
