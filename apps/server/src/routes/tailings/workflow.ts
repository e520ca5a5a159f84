import { createRoute, z } from '@hono/zod-openapi';
import { SELF_ASSESSMENT_STATUSES } from '@strata/tailings';
import { accountLabels } from '../../account-labels.ts';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { tailingsServices } from './context.ts';
import {
  DISCLOSABLE_SHAPE,
  FindingSchema,
  isoDate,
  ReviewSchema,
  SelfAssessmentSchema,
} from './facility-schemas.ts';
import { presentDisclosure } from './presenters.ts';
import { DisclosureSchema, IdParam } from './schemas.ts';

const TAG = ['Tailings: disclosure and oversight'];

/** The fields an operator may disclose, any subset of them. */
const DisclosureChanges = z
  .object(DISCLOSABLE_SHAPE)
  .partial()
  .strict()
  .meta({ id: 'TailingsDisclosureChanges' });

const json = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const assignCompany = createRoute({
  method: 'put',
  path: '/facilities/{id}/company',
  tags: TAG,
  summary: 'Link a facility to the operating company whose accounts disclose for it (secretariat)',
  request: { params: IdParam, ...json(z.object({ companyId: z.string().uuid().nullable() })) },
  responses: { 204: { description: 'Linked' }, ...problemResponses(...WRITE_PROBLEMS, 404) },
});

const submit = createRoute({
  method: 'post',
  path: '/facilities/{id}/disclosures',
  tags: TAG,
  summary:
    "Submit a disclosure for one of the operator's facilities (pending until the secretariat reviews it)",
  request: {
    params: IdParam,
    ...json(z.object({ changes: DisclosureChanges, note: z.string().max(2000).nullable().optional() })),
  },
  responses: {
    201: { description: 'Submitted', content: { 'application/json': { schema: DisclosureSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});

const listDisclosures = createRoute({
  method: 'get',
  path: '/disclosures',
  tags: TAG,
  summary:
    'Disclosures: published ones for everybody; pending ones for the secretariat, the operator and the regulator',
  request: { query: z.object({ status: z.enum(['submitted', 'published', 'returned']).optional() }) },
  responses: {
    200: {
      description: 'Disclosures, newest first',
      content: { 'application/json': { schema: z.object({ items: z.array(DisclosureSchema) }) } },
    },
    ...problemResponses(400),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/disclosures/{id}/decision',
  tags: TAG,
  summary: 'Publish a disclosure or return it with comments (secretariat)',
  request: {
    params: IdParam,
    ...json(
      z.object({
        decision: z.enum(['publish', 'return']),
        comments: z.string().max(5000).nullable().optional(),
      }),
    ),
  },
  responses: {
    200: { description: 'Decided', content: { 'application/json': { schema: DisclosureSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});

const recordReview = createRoute({
  method: 'post',
  path: '/facilities/{id}/reviews',
  tags: TAG,
  summary: 'Record an independent review or audit with its findings (reviewer, regulator, secretariat)',
  request: {
    params: IdParam,
    ...json(
      z.object({
        kind: z.enum(['independent_review', 'dam_safety_review', 'audit', 'inspection']),
        reviewer: z.string().min(1).max(300),
        date: isoDate,
        scope: z.string().min(1).max(5000),
        outcome: z.string().min(1).max(5000),
        principles: z
          .array(z.number().int().min(1).max(15))
          .max(15)
          .meta({ description: 'GISTM principles 1–15' }),
        nextDue: isoDate.nullable().optional(),
        findings: z
          .array(z.object({ text: z.string().min(1).max(5000), severity: z.enum(['low', 'medium', 'high']) }))
          .max(200)
          .optional(),
      }),
    ),
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: ReviewSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});

const updateFinding = createRoute({
  method: 'patch',
  path: '/findings/{id}',
  tags: TAG,
  summary: 'Close or reopen a finding',
  request: { params: IdParam, ...json(z.object({ status: z.enum(['open', 'closed']) })) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: FindingSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});

const selfAssessment = createRoute({
  method: 'put',
  path: '/facilities/{id}/self-assessment',
  tags: TAG,
  summary: 'Answer GISTM requirements for a facility (its operator)',
  request: {
    params: IdParam,
    ...json(
      z.object({
        answers: z
          .array(
            z.object({
              requirementId: z.string().max(10),
              status: z.enum(SELF_ASSESSMENT_STATUSES),
              note: z.string().max(5000).nullable().optional(),
            }),
          )
          .min(1)
          .max(200),
      }),
    ),
  },
  responses: {
    200: {
      description: 'The self-assessment and its per-principle summary',
      content: { 'application/json': { schema: SelfAssessmentSchema } },
    },
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});

/** Disclosure workflow, reviews and audits, findings and the GISTM self-assessment. */
const submitter = (d: { submittedById: string | null }) => d.submittedById;

export function workflowRoutes(ctx: AppContext) {
  const { disclosures, oversight } = tailingsServices(ctx);
  return createRouter()
    .openapi(assignCompany, async (c) => {
      await disclosures.assignCompany(c.get('actor'), c.req.valid('param').id, c.req.valid('json').companyId);
      return c.body(null, 204);
    })
    .openapi(submit, async (c) => {
      const body = c.req.valid('json');
      const d = await disclosures.submitDisclosure(
        c.get('actor'),
        c.req.valid('param').id,
        body.changes,
        body.note ?? null,
      );
      return c.json(presentDisclosure(d, await accountLabels(ctx, c.get('actor'), [d], submitter)), 201);
    })
    .openapi(listDisclosures, async (c) => {
      const items = await disclosures.listDisclosures(c.get('actor'), c.req.valid('query').status);
      const who = await accountLabels(ctx, c.get('actor'), items, submitter);
      return c.json({ items: items.map((d) => presentDisclosure(d, who)) }, 200);
    })
    .openapi(decide, async (c) => {
      const body = c.req.valid('json');
      const d = await disclosures.reviewDisclosure(
        c.get('actor'),
        c.req.valid('param').id,
        body.decision,
        body.comments ?? null,
      );
      return c.json(presentDisclosure(d, await accountLabels(ctx, c.get('actor'), [d], submitter)), 200);
    })
    .openapi(recordReview, async (c) => {
      const review = await oversight.recordReview(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(review, 201);
    })
    .openapi(updateFinding, async (c) =>
      c.json(
        await oversight.setFindingStatus(c.get('actor'), c.req.valid('param').id, c.req.valid('json').status),
        200,
      ),
    )
    .openapi(selfAssessment, async (c) =>
      c.json(
        await oversight.answerSelfAssessment(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json').answers,
        ),
        200,
      ),
    );
}
