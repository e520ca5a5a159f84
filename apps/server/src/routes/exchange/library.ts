import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '@strata/core';
import { casesCsv, type ExchangeServices } from '@strata/exchange';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import {
  CaseDetailSchema,
  CaseSchema,
  CaseTextsSchema,
  CsvResponse,
  DuplicateReportSchema,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  NewCaseSchema,
  NotificationSchema,
  SearchHitSchema,
  SearchQuerySchema,
  SettingInputSchema,
  SettingsSchema,
} from './schemas.ts';

const tags = ['Knowledge exchange: library, search, notifications'];
const CaseQuery = z.object({
  country: z.string().length(3).optional(),
  theme: z.string().max(40).optional(),
  stage: z.string().max(40).optional(),
});

const listCases = createRoute({
  method: 'get',
  path: '/cases',
  tags,
  summary:
    "Good-practice cases: published ones (contacts hidden from the public); a focal point also sees its country's drafts",
  request: { query: CaseQuery },
  responses: { 200: jsonOk(Items(CaseSchema)) },
});
const casesDownload = createRoute({
  method: 'get',
  path: '/cases.csv',
  tags,
  summary: 'Published cases as CSV (never with contacts)',
  request: { query: CaseQuery },
  responses: { 200: CsvResponse },
});
const createCase = createRoute({
  method: 'post',
  path: '/cases',
  tags,
  summary: "Record a case of one's country (a draft until reviewed); near-duplicates come back",
  request: { body: jsonBody(NewCaseSchema) },
  responses: {
    201: jsonOk(z.object({ case: CaseSchema, duplicates: DuplicateReportSchema }), 'Created'),
    ...problemResponses(...WRITE_PROBLEMS),
  },
});
const getCase = createRoute({
  method: 'get',
  path: '/cases/{id}',
  tags,
  summary: 'A case with its versions',
  request: { params: IdParam },
  responses: { 200: jsonOk(CaseDetailSchema), ...problemResponses(404) },
});
const addVersion = createRoute({
  method: 'post',
  path: '/cases/{id}/versions',
  tags,
  summary: 'Add a version (goes back to review once published)',
  request: { params: IdParam, body: jsonBody(CaseTextsSchema) },
  responses: { 201: jsonOk(CaseSchema, 'Added'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const submit = createRoute({
  method: 'post',
  path: '/cases/{id}/submission',
  tags,
  summary: 'Submit a draft for review',
  request: { params: IdParam },
  responses: { 200: jsonOk(CaseSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const review = createRoute({
  method: 'post',
  path: '/cases/{id}/review',
  tags,
  summary: 'Publish or return a submitted case (secretariat)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        decision: z.enum(['published', 'returned']),
        note: z.string().max(5000).nullable().optional(),
      }),
    ),
  },
  responses: { 200: jsonOk(CaseSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const search = createRoute({
  method: 'get',
  path: '/search',
  tags,
  summary:
    'Search threads, cases, needs, offers, proposals and documents in six languages, ranked, with highlighted snippets',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonOk(Items(SearchHitSchema)), ...problemResponses(400) },
});
const notifications = createRoute({
  method: 'get',
  path: '/notifications',
  tags,
  summary: "The signed-in account's notifications",
  responses: { 200: jsonOk(Items(NotificationSchema)), ...problemResponses(401) },
});
const markRead = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags,
  summary: 'Mark one of your notifications read',
  request: { params: IdParam },
  responses: {
    200: jsonOk(z.object({ marked: z.number().int() })),
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});
const markAllRead = createRoute({
  method: 'post',
  path: '/notifications/read',
  tags,
  summary: 'Mark all your notifications read',
  responses: { 200: jsonOk(z.object({ marked: z.number().int() })), ...problemResponses(...WRITE_PROBLEMS) },
});
const settings = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'E-mail delivery per topic: immediate, daily digest or off',
  responses: { 200: jsonOk(SettingsSchema), ...problemResponses(401) },
});
const setSetting = createRoute({
  method: 'put',
  path: '/settings',
  tags,
  summary: 'Change the delivery of one topic',
  request: { body: jsonBody(SettingInputSchema) },
  responses: { 200: jsonOk(SettingsSchema), ...problemResponses(...WRITE_PROBLEMS) },
});
const unsubscribe = createRoute({
  method: 'get',
  path: '/unsubscribe/{token}',
  tags,
  summary: 'Unsubscribe link of an e-mail: turns that topic off',
  request: { params: z.object({ token: z.string().min(10).max(100) }) },
  responses: { 200: jsonOk(z.object({ topic: z.string() })), ...problemResponses(404) },
});

const caseFilter = (q: z.infer<typeof CaseQuery>) => ({
  countryIso3: q.country,
  theme: q.theme,
  stage: q.stage,
});

/** The good-practice library, the search and the notification settings. */
export function libraryRoutes(ex: ExchangeServices) {
  return createRouter()
    .openapi(listCases, async (c) =>
      c.json({ items: await ex.library.list(c.get('actor'), caseFilter(c.req.valid('query'))) }, 200),
    )
    .openapi(casesDownload, async (c) => {
      const cases = await ex.library.list(null, { ...caseFilter(c.req.valid('query')), status: 'published' });
      return c.body(casesCsv(cases), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="cases.csv"',
      });
    })
    .openapi(createCase, async (c) =>
      c.json(await ex.library.create(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(getCase, async (c) => c.json(await ex.library.get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(addVersion, async (c) =>
      c.json(await ex.library.addVersion(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(submit, async (c) =>
      c.json(await ex.library.submit(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(review, async (c) =>
      c.json(await ex.library.review(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(search, async (c) => {
      const q = c.req.valid('query');
      const items = await ex.search.search(c.get('actor'), {
        q: q.q,
        kinds: q.kind ? [q.kind] : [],
        languages: q.language ? [q.language] : [],
        stage: q.stage,
        theme: q.theme,
        country: q.country,
        limit: q.limit,
      });
      return c.json({ items }, 200);
    })
    .openapi(notifications, async (c) => c.json({ items: await ex.notifications.list(c.get('actor')) }, 200))
    .openapi(markRead, async (c) =>
      c.json(await ex.notifications.markRead(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(markAllRead, async (c) => c.json(await ex.notifications.markRead(c.get('actor'), 'all'), 200))
    .openapi(settings, async (c) => c.json(await ex.notifications.settings(c.get('actor')), 200))
    .openapi(setSetting, async (c) => {
      const b = c.req.valid('json');
      return c.json(await ex.notifications.setSetting(c.get('actor'), b.topic, b.mode), 200);
    })
    .openapi(unsubscribe, async (c) => {
      const done = await ex.notifications.unsubscribe(c.req.valid('param').token);
      if (!done) throw new NotFoundError('This unsubscribe link');
      return c.json(done, 200);
    });
}
