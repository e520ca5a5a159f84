import { createRoute, z } from '@hono/zod-openapi';
import { LANGUAGES } from '@strata/core';
import { endorsementsToCsv, processServicesOf, proposalsToCsv } from '@strata/process';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import {
  ClusterSchema,
  CsvResponse,
  DiffPartSchema,
  EndorsementSchema,
  Id,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  NewEndorsementSchema,
  NewProposalSchema,
  ProcessParam,
  ProposalDetailSchema,
  ProposalSchema,
  SummarySchema,
  TextsSchema,
} from './schemas.ts';

const tags = ['Process hub: proposals'];
const csvHeaders = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
});

const listClusters = createRoute({
  method: 'get',
  path: '/processes/{process}/clusters',
  tags,
  summary: 'Clusters of proposals',
  request: { params: ProcessParam },
  responses: {
    200: jsonOk(Items(ClusterSchema)),
    ...problemResponses(404),
  },
});
const listProposals = createRoute({
  method: 'get',
  path: '/processes/{process}/proposals',
  tags,
  summary:
    'Proposals with their current text and endorsement summary (raw, per group, share, consensus score)',
  request: {
    params: ProcessParam,
    query: z.object({
      status: z.enum(['active', 'merged', 'split', 'withdrawn']).optional(),
      cluster: z.string().max(20).optional(),
    }),
  },
  responses: { 200: jsonOk(Items(ProposalSchema)), ...problemResponses(400, 404) },
});
const proposalsCsv = createRoute({
  method: 'get',
  path: '/processes/{process}/proposals.csv',
  tags,
  summary: 'Proposals as CSV',
  request: { params: ProcessParam },
  responses: { 200: CsvResponse, ...problemResponses(404) },
});
const createProposal = createRoute({
  method: 'post',
  path: '/processes/{process}/proposals',
  tags,
  summary: 'Add a proposal (co-chairs, secretariat)',
  request: { params: ProcessParam, body: jsonBody(NewProposalSchema) },
  responses: {
    201: jsonOk(ProposalDetailSchema, 'Created'),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const merge = createRoute({
  method: 'post',
  path: '/processes/{process}/merges',
  tags,
  summary: 'Merge two or more proposals into a new one, keeping lineage (co-chairs)',
  request: {
    params: ProcessParam,
    body: jsonBody(
      NewProposalSchema.omit({ originKind: true }).extend({ parentIds: z.array(Id).min(2).max(20) }),
    ),
  },
  responses: {
    201: jsonOk(ProposalDetailSchema, 'Merged'),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const getProposal = createRoute({
  method: 'get',
  path: '/proposals/{id}',
  tags,
  summary: 'One proposal with every version, lineage and amendments',
  request: { params: IdParam },
  responses: { 200: jsonOk(ProposalDetailSchema), ...problemResponses(400, 404) },
});
const addVersion = createRoute({
  method: 'post',
  path: '/proposals/{id}/versions',
  tags,
  summary: 'Add a version (co-chairs)',
  request: {
    params: IdParam,
    body: jsonBody(z.object({ texts: TextsSchema, note: z.string().max(2000).nullable().optional() })),
  },
  responses: { 201: jsonOk(ProposalDetailSchema, 'Added'), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const diff = createRoute({
  method: 'get',
  path: '/proposals/{id}/diff',
  tags,
  summary: 'Word-level diff between two versions in one language',
  request: {
    params: IdParam,
    query: z.object({
      from: z.coerce.number().int().min(1),
      to: z.coerce.number().int().min(1),
      language: z.enum(LANGUAGES).default('en'),
    }),
  },
  responses: {
    200: jsonOk(
      z.object({
        from: z.number(),
        to: z.number(),
        language: z.string(),
        title: z.array(DiffPartSchema),
        body: z.array(DiffPartSchema),
        stats: z.object({ insertedWords: z.number(), deletedWords: z.number() }),
      }),
    ),
    ...problemResponses(400, 404),
  },
});
const split = createRoute({
  method: 'post',
  path: '/proposals/{id}/splits',
  tags,
  summary: 'Split a proposal into two or more new ones, keeping lineage (co-chairs)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        children: z
          .array(NewProposalSchema.omit({ originKind: true }))
          .min(2)
          .max(20),
      }),
    ),
  },
  responses: {
    201: jsonOk(Items(ProposalDetailSchema), 'Split'),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const proposeAmendment = createRoute({
  method: 'post',
  path: '/proposals/{id}/amendments',
  tags,
  summary: "Propose an amendment for a state (its focal point, or the secretariat on the state's behalf)",
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        countryIso3: z.string().length(3),
        language: z.enum(LANGUAGES),
        proposedBody: z.string().min(1).max(50000),
        rationale: z.string().max(5000).nullable().optional(),
      }),
    ),
  },
  responses: {
    201: jsonOk(ProposalDetailSchema, 'Proposed'),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const handleAmendment = createRoute({
  method: 'post',
  path: '/amendments/{id}/handling',
  tags,
  summary: "The co-chairs' handling: accept (merged into a new version) or reject",
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({ decision: z.enum(['accepted', 'rejected']), handling: z.string().min(1).max(5000) }),
    ),
  },
  responses: { 200: jsonOk(ProposalDetailSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const listEndorsements = createRoute({
  method: 'get',
  path: '/processes/{process}/endorsements',
  tags,
  summary: 'The append-only endorsement records of a process (withdrawals included)',
  request: { params: ProcessParam },
  responses: { 200: jsonOk(Items(EndorsementSchema)), ...problemResponses(404) },
});
const endorsementsCsv = createRoute({
  method: 'get',
  path: '/processes/{process}/endorsements.csv',
  tags,
  summary: 'Endorsement records as CSV',
  request: { params: ProcessParam },
  responses: { 200: CsvResponse, ...problemResponses(404) },
});
const versionEndorsements = createRoute({
  method: 'get',
  path: '/versions/{id}/endorsements',
  tags,
  summary: 'Current positions on one version and the side-by-side summary',
  request: { params: IdParam },
  responses: {
    200: jsonOk(
      z.object({
        versionId: z.string(),
        positions: z.array(z.object({ countryIso3: z.string(), kind: z.string(), expressedAt: z.string() })),
        summary: SummarySchema,
      }),
    ),
    ...problemResponses(400, 404),
  },
});
const endorse = createRoute({
  method: 'post',
  path: '/versions/{id}/endorsements',
  tags,
  summary:
    "Record a state's position (support, co-sponsor, reservation, objection, or withdrawn): only its focal point, or the secretariat on its behalf",
  request: { params: IdParam, body: jsonBody(NewEndorsementSchema) },
  responses: { 201: jsonOk(EndorsementSchema, 'Recorded'), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});

/** Clusters, proposals, versions, diffs, amendments, merges, splits and endorsements. */
export function proposalRoutes(ctx: AppContext) {
  const hub = processServicesOf(ctx);
  return createRouter()
    .openapi(listClusters, async (c) =>
      c.json({ items: await hub.proposals.listClusters(c.req.valid('param').process) }, 200),
    )
    .openapi(listProposals, async (c) => {
      const q = c.req.valid('query');
      const items = await hub.proposals.listProposals(c.req.valid('param').process, {
        status: q.status,
        clusterCode: q.cluster,
      });
      return c.json({ items }, 200);
    })
    .openapi(proposalsCsv, async (c) =>
      c.body(
        proposalsToCsv(await hub.proposals.listProposals(c.req.valid('param').process)),
        200,
        csvHeaders('proposals.csv'),
      ),
    )
    .openapi(createProposal, async (c) =>
      c.json(
        await hub.proposals.createProposal(c.get('actor'), c.req.valid('param').process, c.req.valid('json')),
        201,
      ),
    )
    .openapi(merge, async (c) =>
      c.json(
        await hub.proposals.merge(c.get('actor'), c.req.valid('param').process, c.req.valid('json')),
        201,
      ),
    )
    .openapi(getProposal, async (c) => c.json(await hub.proposals.getProposal(c.req.valid('param').id), 200))
    .openapi(addVersion, async (c) =>
      c.json(
        await hub.proposals.addVersion(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(diff, async (c) => {
      const q = c.req.valid('query');
      return c.json(await hub.proposals.diff(c.req.valid('param').id, q.from, q.to, q.language), 200);
    })
    .openapi(split, async (c) =>
      c.json(
        {
          items: await hub.proposals.split(
            c.get('actor'),
            c.req.valid('param').id,
            c.req.valid('json').children,
          ),
        },
        201,
      ),
    )
    .openapi(proposeAmendment, async (c) => {
      const id = c.req.valid('param').id;
      await hub.proposals.proposeAmendment(c.get('actor'), id, c.req.valid('json'));
      return c.json(await hub.proposals.getProposal(id), 201);
    })
    .openapi(handleAmendment, async (c) =>
      c.json(
        await hub.proposals.handleAmendment(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(listEndorsements, async (c) =>
      c.json(
        { items: await hub.endorsements.listEndorsements({ processIdOrSlug: c.req.valid('param').process }) },
        200,
      ),
    )
    .openapi(endorsementsCsv, async (c) =>
      c.body(
        endorsementsToCsv(
          await hub.endorsements.listEndorsements({ processIdOrSlug: c.req.valid('param').process }),
        ),
        200,
        csvHeaders('endorsements.csv'),
      ),
    )
    .openapi(versionEndorsements, async (c) =>
      c.json(await hub.endorsements.endorsementSummary(c.req.valid('param').id), 200),
    )
    .openapi(endorse, async (c) =>
      c.json(
        await hub.endorsements.recordEndorsement(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
    );
}
