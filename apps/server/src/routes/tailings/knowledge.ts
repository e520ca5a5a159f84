import { createRoute, z } from '@hono/zod-openapi';
import { LANGUAGES } from '@strata/core';
import { GISTM_TEXT_SOURCES, KNOWLEDGE_GAP_TOPICS, principlesWithTranslations } from '@strata/tailings';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { httpUrlSchema } from '../../url-schema.ts';
import { tailingsServices } from './context.ts';
import { presentRequirement } from './presenters.ts';
import {
  CountryAggregateSchema,
  FailuresSchema,
  Json,
  KnowledgeGapSchema,
  RegulatorViewSchema,
  RequirementSchema,
  ResourceSchema,
} from './schemas.ts';

const TAG = ['Tailings: institute and knowledge'];
const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const list = <T extends z.ZodType>(description: string, item: T) => ({
  200: { description, content: { 'application/json': { schema: z.object({ items: z.array(item) }) } } },
});

const countries = createRoute({
  method: 'get',
  path: '/countries',
  tags: TAG,
  summary: "Country aggregates for the Member States' risk and toxicity map (hazard and toxicity kept apart)",
  responses: { ...list('One row per country with facilities', CountryAggregateSchema) },
});

const regulator = createRoute({
  method: 'get',
  path: '/regulator/{iso3}',
  tags: TAG,
  summary: "A national regulator's view: every facility of the country, overdue reviews, open findings",
  request: {
    params: z.object({
      iso3: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .meta({ example: 'BRA' }),
    }),
    query: z.object({
      overdueYears: z.coerce.number().int().min(1).max(20).optional().meta({
        description:
          "Replaces every facility's review interval. Without it, GISTM Requirement 10.5's interval for the facility's class applies: 5 years for Very High, Extreme or an unknown class, 10 for the others.",
      }),
    }),
  },
  responses: {
    200: { description: 'The view', content: { 'application/json': { schema: RegulatorViewSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const requirements = createRoute({
  method: 'get',
  path: '/gistm/requirements',
  tags: TAG,
  summary:
    'The GISTM principles (with the published translations of their statements that were read, and the source of each language) and the (editable) requirement list',
  responses: {
    200: {
      description: 'Principles and requirements',
      content: {
        'application/json': {
          schema: z.object({
            principles: z.array(Json),
            textSources: Json,
            items: z.array(RequirementSchema),
          }),
        },
      },
    },
  },
});

const putRequirement = createRoute({
  method: 'put',
  path: '/gistm/requirements/{id}',
  tags: TAG,
  summary: 'Edit or add a GISTM requirement (secretariat)',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^\d{1,2}\.\d{1,2}$/)
        .meta({ example: '10.5' }),
    }),
    ...json(z.object({ principle: z.number().int().min(1).max(15), text: z.string().min(1).max(5000) })),
  },
  responses: { 204: { description: 'Saved' }, ...problemResponses(...WRITE_PROBLEMS) },
});

const resources = createRoute({
  method: 'get',
  path: '/resources',
  tags: TAG,
  summary: 'Library of best practice and training resources',
  responses: { ...list('Resources', ResourceSchema) },
});

const createResource = createRoute({
  method: 'post',
  path: '/resources',
  tags: TAG,
  summary: 'Add a resource (secretariat)',
  request: json(
    z.object({
      title: z.string().min(1).max(300),
      kind: z.enum(['standard', 'guide', 'report', 'training', 'framework', 'dataset', 'other']),
      url: httpUrlSchema().nullable().optional(),
      summary: z.string().min(1).max(5000),
      language: z.enum(LANGUAGES).optional(),
      topics: z.array(z.string().max(50)).max(20),
      translations: z
        .partialRecord(
          z.enum(LANGUAGES),
          z.object({ summary: z.string().min(1).max(5000), official: z.boolean() }),
        )
        .optional(),
    }),
  ),
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: ResourceSchema } } },
    ...problemResponses(...WRITE_PROBLEMS),
  },
});

const gaps = createRoute({
  method: 'get',
  path: '/knowledge-gaps',
  tags: TAG,
  summary: 'Register of knowledge gaps and research topics, linked to resources',
  responses: {
    200: {
      description: 'Topics and gaps',
      content: {
        'application/json': {
          schema: z.object({ topics: z.array(Json), items: z.array(KnowledgeGapSchema) }),
        },
      },
    },
  },
});

const createGap = createRoute({
  method: 'post',
  path: '/knowledge-gaps',
  tags: TAG,
  summary: 'Add a knowledge gap (secretariat)',
  request: json(
    z.object({
      topic: z.enum(KNOWLEDGE_GAP_TOPICS.map((t) => t.id) as [string, ...string[]]),
      title: z.string().min(1).max(300),
      description: z.string().min(1).max(5000),
      resourceIds: z.array(z.string().uuid()).max(50),
    }),
  ),
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: KnowledgeGapSchema } } },
    ...problemResponses(...WRITE_PROBLEMS),
  },
});

const failures = createRoute({
  method: 'get',
  path: '/failures',
  tags: TAG,
  summary:
    'Historical tailings dam failures (imported from a user-supplied copy of the CSP2 list), with tallies',
  responses: {
    200: { description: 'Failures', content: { 'application/json': { schema: FailuresSchema } } },
  },
});

const importFailures = createRoute({
  method: 'post',
  path: '/failures/import',
  tags: TAG,
  summary:
    'Import your copy of the CSP2 failures list (CSV body; secretariat). The list is not bundled: it has no licence.',
  request: { body: { required: true, content: { 'text/csv': { schema: z.string() } } } },
  responses: {
    200: { description: 'Counts and rejected rows', content: { 'application/json': { schema: Json } } },
    ...problemResponses(...WRITE_PROBLEMS, 413),
  },
});

/** Country aggregates, regulator view, GISTM requirements, resources, knowledge gaps, failures. */
export function knowledgeRoutes(ctx: AppContext) {
  const { facilities, oversight, knowledge } = tailingsServices(ctx);
  return createRouter()
    .openapi(countries, async (c) => c.json({ items: await facilities.countryAggregates() }, 200))
    .openapi(regulator, async (c) =>
      c.json(
        await oversight.regulatorView(
          c.get('actor'),
          c.req.valid('param').iso3,
          c.req.valid('query').overdueYears,
        ),
        200,
      ),
    )
    .openapi(requirements, async (c) =>
      c.json(
        {
          principles: principlesWithTranslations(),
          textSources: GISTM_TEXT_SOURCES,
          items: (await oversight.requirements()).map(presentRequirement),
        },
        200,
      ),
    )
    .openapi(putRequirement, async (c) => {
      await oversight.updateRequirement(c.get('actor'), {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.body(null, 204);
    })
    .openapi(resources, async (c) => c.json({ items: await knowledge.resources() }, 200))
    .openapi(createResource, async (c) =>
      c.json(await knowledge.createResource(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(gaps, async (c) =>
      c.json({ topics: [...KNOWLEDGE_GAP_TOPICS], items: await knowledge.gaps() }, 200),
    )
    .openapi(createGap, async (c) =>
      c.json(await knowledge.createGap(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(failures, async (c) => c.json(await knowledge.failures(), 200))
    .openapi(importFailures, async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await knowledge.importFailures(c.get('actor'), bytes), 200);
    });
}
