import { createRoute, z } from '@hono/zod-openapi';
import { catalogueCsv, LINK_TARGETS } from '@strata/instruments';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { csvAttachment, instrumentsServices } from './context.ts';
import {
  body,
  CatalogueQuery,
  CsvResponse,
  InstrumentDetailSchema,
  InstrumentFactsSchema,
  InstrumentSchema,
  Items,
  json,
  LinkedInstrumentSchema,
  LinkSchema,
  NewInstrumentSchema,
  OrganisationSchema,
  SlugParam,
} from './schemas.ts';

const tags = ['Instruments: catalogue'];

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Instruments, filtered by kind, issue, stage, assurance, binding, country (bound) and full text',
  request: { query: CatalogueQuery },
  responses: { 200: json(Items(InstrumentSchema)), ...problemResponses(400) },
});
const listCsv = createRoute({
  method: 'get',
  path: '/catalogue.csv',
  tags,
  summary: 'The catalogue as CSV (same filters), with each fact’s source',
  request: { query: CatalogueQuery },
  responses: { 200: CsvResponse, ...problemResponses(400) },
});
const organisations = createRoute({
  method: 'get',
  path: '/organisations',
  tags,
  summary: 'Organisations behind the instruments',
  responses: { 200: json(Items(OrganisationSchema)) },
});
const get = createRoute({
  method: 'get',
  path: '/items/{slug}',
  tags,
  summary: 'One instrument: facts with sources, versions, links, parties list date',
  request: { params: SlugParam },
  responses: { 200: json(InstrumentDetailSchema), ...problemResponses(400, 404) },
});
const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add an instrument (secretariat); it stays unpublished until published',
  request: { body: body(NewInstrumentSchema) },
  responses: { 201: json(InstrumentSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 409) },
});
const update = createRoute({
  method: 'put',
  path: '/items/{slug}',
  tags,
  summary: 'Replace an instrument’s facts and their sources (secretariat)',
  request: { params: SlugParam, body: body(InstrumentFactsSchema) },
  responses: { 200: json(InstrumentSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const publish = createRoute({
  method: 'post',
  path: '/items/{slug}/publication',
  tags,
  summary: 'Publish or withdraw an instrument (secretariat)',
  request: { params: SlugParam, body: body(z.object({ published: z.boolean() })) },
  responses: { 200: json(InstrumentSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const links = createRoute({
  method: 'get',
  path: '/links',
  tags,
  summary:
    'Published instruments linked to proposals, clusters, GISTM requirements (e.g. a proposal’s instruments), with their titles',
  request: {
    query: z.object({
      targetKind: z.enum(LINK_TARGETS).optional(),
      targetRef: z.string().max(200).optional(),
      instrument: z.string().max(80).optional(),
    }),
  },
  responses: { 200: json(Items(LinkedInstrumentSchema)), ...problemResponses(400) },
});
const addLink = createRoute({
  method: 'post',
  path: '/items/{slug}/links',
  tags,
  summary: 'Link an instrument to a proposal, cluster, GISTM requirement or practice (secretariat)',
  request: { params: SlugParam, body: body(LinkSchema.omit({ instrumentSlug: true })) },
  responses: { 201: json(LinkSchema, 'Linked'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});

const filterOf = (q: z.infer<typeof CatalogueQuery>) => ({
  ...q,
  binding: q.binding === undefined ? undefined : q.binding === 'true',
  includeUnpublished: q.includeUnpublished === 'true',
});

/** The catalogue's routes. */
export function catalogueRoutes(ctx: AppContext) {
  const s = () => instrumentsServices(ctx).catalogue;
  return createRouter()
    .openapi(list, async (c) =>
      c.json({ items: await s().list(filterOf(c.req.valid('query')), c.get('actor')) }, 200),
    )
    .openapi(listCsv, async (c) => {
      const items = await s().list(filterOf(c.req.valid('query')), c.get('actor'));
      return c.body(catalogueCsv(items), 200, csvAttachment('instruments-catalogue.csv'));
    })
    .openapi(organisations, async (c) => c.json({ items: await s().organisations() }, 200))
    .openapi(get, async (c) => c.json(await s().get(c.req.valid('param').slug, c.get('actor')), 200))
    .openapi(create, async (c) => {
      const { slug, ...facts } = c.req.valid('json');
      return c.json(await s().create(c.get('actor'), slug, facts), 201);
    })
    .openapi(update, async (c) =>
      c.json(await s().updateFacts(c.get('actor'), c.req.valid('param').slug, c.req.valid('json')), 200),
    )
    .openapi(publish, async (c) =>
      c.json(
        await s().setPublished(c.get('actor'), c.req.valid('param').slug, c.req.valid('json').published),
        200,
      ),
    )
    .openapi(links, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await s().links({ ...q, slug: q.instrument }) }, 200);
    })
    .openapi(addLink, async (c) => {
      const link = { instrumentSlug: c.req.valid('param').slug, ...c.req.valid('json') };
      return c.json(await s().addLink(c.get('actor'), link), 201);
    });
}
