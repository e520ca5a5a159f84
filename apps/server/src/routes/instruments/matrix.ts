import { createRoute, z } from '@hono/zod-openapi';
import { ISSUES, matrixCsv, STAGES } from '@strata/instruments';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { csvAttachment, instrumentsServices } from './context.ts';
import {
  body,
  CellParam,
  CellSchema,
  CsvResponse,
  GradeBodySchema,
  GradeChangeSchema,
  Items,
  json,
} from './schemas.ts';

const tags = ['Instruments: assessment matrix'];
const CellQuery = z.object({
  instrument: z.string().max(80).optional(),
  issue: z.enum(ISSUES).optional(),
  stage: z.enum(STAGES).optional(),
});

const cells = createRoute({
  method: 'get',
  path: '/matrix',
  tags,
  summary:
    'Graded cells with their clause, source and status (one instrument, or one issue × stage to drill down)',
  request: { query: CellQuery },
  responses: { 200: json(Items(CellSchema)), ...problemResponses(400) },
});
const cellsCsv = createRoute({
  method: 'get',
  path: '/matrix.csv',
  tags,
  summary: 'The matrix in long form: instrument, issue, stage, grade, clause, source, status',
  request: { query: CellQuery },
  responses: { 200: CsvResponse, ...problemResponses(400) },
});
const history = createRoute({
  method: 'get',
  path: '/matrix/history',
  tags,
  summary: 'Every change of grade or status: who, when, why',
  request: { query: CellQuery.extend({ since: z.string().max(40).optional() }) },
  responses: { 200: json(Items(GradeChangeSchema)), ...problemResponses(400) },
});
const grade = createRoute({
  method: 'put',
  path: '/matrix/{slug}/{issue}/{stage}',
  tags,
  summary:
    'Grade or regrade a cell, citing its clause (reviewers, secretariat); the grade becomes provisional',
  request: { params: CellParam, body: body(GradeBodySchema) },
  responses: { 200: json(CellSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const confirm = createRoute({
  method: 'post',
  path: '/matrix/{slug}/{issue}/{stage}/confirmation',
  tags,
  summary: 'Confirm a provisional grade (reviewers, secretariat)',
  request: { params: CellParam, body: body(z.object({ reason: z.string().max(2000).default('') })) },
  responses: { 200: json(CellSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});

/** The matrix's routes. */
export function matrixRoutes(ctx: AppContext) {
  const s = () => instrumentsServices(ctx).matrix;
  const filterOf = (q: z.infer<typeof CellQuery>) => ({ slug: q.instrument, issue: q.issue, stage: q.stage });
  return createRouter()
    .openapi(cells, async (c) => c.json({ items: await s().cells(filterOf(c.req.valid('query'))) }, 200))
    .openapi(cellsCsv, async (c) =>
      c.body(
        matrixCsv(await s().cells(filterOf(c.req.valid('query')))),
        200,
        csvAttachment('instruments-matrix.csv'),
      ),
    )
    .openapi(history, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await s().history({ ...filterOf(q), since: q.since }) }, 200);
    })
    .openapi(grade, async (c) => {
      const { slug, issue, stage } = c.req.valid('param');
      return c.json(await s().grade(c.get('actor'), slug, issue, stage, c.req.valid('json')), 200);
    })
    .openapi(confirm, async (c) => {
      const { slug, issue, stage } = c.req.valid('param');
      return c.json(await s().confirm(c.get('actor'), slug, issue, stage, c.req.valid('json').reason), 200);
    });
}
