import { createRoute, z } from '@hono/zod-openapi';
import { LANGUAGES } from '@strata/core';
import {
  MAX_SUBMISSION_BYTES,
  SUBMISSION_COLUMNS,
  SUBMISSION_STATUSES,
  submissionTemplate,
} from '@strata/sand';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { FileField, formFile } from '../files.ts';
import { sandServices } from './context.ts';
import { CsvResponse, json } from './schemas.ts';

const tags = ['Sand observatory: national statistics'];

const Figure = z.object({
  line: z.number().int(),
  year: z.number().int(),
  value: z.number(),
  unit: z.enum(['t', 'kt', 'm3']),
  densityTPerM3: z.number().nullable(),
  tonnes: z.number(),
  note: z.string().nullable(),
});
export const SubmissionSchema = z
  .object({
    id: z.string(),
    iso3: z.string(),
    version: z.number().int(),
    status: z.enum(SUBMISSION_STATUSES),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    licence: z.string(),
    method: z.string(),
    figures: z.array(Figure),
    fileName: z.string().nullable(),
    fileSha256: z.string(),
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'SandSubmission' });
const LineReject = z.object({
  line: z.number().int(),
  message: z.string().meta({ description: 'the faults of the line, in English' }),
  faults: z
    .array(
      z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .meta({ description: 'each fault as a code and its values, to word in another language' }),
});
export const SubmissionOutcomeSchema = z.object({
  saved: z.boolean(),
  submission: SubmissionSchema.nullable(),
  rejected: z.array(LineReject),
  superseded: z.array(z.string()),
});
const IdParam = z.object({ id: z.string().uuid() });

const template = createRoute({
  method: 'get',
  path: '/submissions/template.csv',
  tags,
  summary: `The CSV template for national statistics, its header in the chosen language (columns ${SUBMISSION_COLUMNS.join(', ')}; units t, kt or m3 with a density)`,
  request: { query: z.object({ lang: z.enum(LANGUAGES).default('en') }) },
  responses: { 200: CsvResponse },
});
const submit = createRoute({
  method: 'post',
  path: '/submissions',
  tags,
  summary:
    'Upload a filled-in template as the next version of a country’s statistics (its focal point or the secretariat); every bad line is reported (200, saved false) and nothing is kept',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            iso3: z.string().regex(/^[A-Za-z]{3}$/),
            title: z.string().min(1).max(1000),
            publisher: z.string().min(1).max(1000),
            url: z.string().max(1000).optional(),
            licence: z.string().min(1).max(1000),
            method: z.string().min(1).max(1000),
            file: FileField.meta({
              type: 'string',
              format: 'binary',
              description: `the filled-in template, ≤ ${MAX_SUBMISSION_BYTES / 1024} KiB`,
            }),
          }),
        },
      },
    },
  },
  responses: {
    201: json(SubmissionOutcomeSchema, 'Recorded, pending approval'),
    200: json(
      SubmissionOutcomeSchema,
      'Not recorded: the lines that stop the file, each with its reason (saved is false; nothing was kept)',
    ),
    ...problemResponses(...WRITE_PROBLEMS, 413),
  },
});
const list = createRoute({
  method: 'get',
  path: '/submissions',
  tags,
  summary:
    'Submitted versions, newest first: every country’s for the secretariat, their own country’s for a focal point',
  request: {
    query: z.object({
      iso3: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .optional(),
      status: z.enum(SUBMISSION_STATUSES).optional(),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(SubmissionSchema) })),
    ...problemResponses(400, 401, 403),
  },
});
const one = createRoute({
  method: 'get',
  path: '/submissions/{id}',
  tags,
  summary: 'One submitted version with its figures',
  request: { params: IdParam },
  responses: { 200: json(SubmissionSchema), ...problemResponses(400, 401, 403, 404) },
});
const decide = (verb: 'approve' | 'reject') =>
  createRoute({
    method: 'post',
    path: `/submissions/{id}/${verb}`,
    tags,
    summary:
      verb === 'approve'
        ? 'Approve a pending version (secretariat): its figures become the country’s official figures, estimates staying visible'
        : 'Reject a pending version with the reason the focal point reads (secretariat)',
    request: {
      params: IdParam,
      body: {
        required: verb === 'reject',
        content: {
          'application/json': {
            schema: z.object({
              note: verb === 'reject' ? z.string().min(1).max(2000) : z.string().max(2000).optional(),
            }),
          },
        },
      },
    },
    responses: { 200: json(SubmissionSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
  });
const approve = decide('approve');
const reject = decide('reject');

/** National statistics submitted by States, mounted under `/api/sand`. */
export function sandSubmissionRoutes(ctx: AppContext) {
  const s = () => sandServices(ctx).submissions;
  return createRouter()
    .openapi(template, (c) => {
      const lang = c.req.valid('query').lang;
      return c.body(submissionTemplate(lang), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="sand-national-statistics-template-${lang}.csv"`,
      });
    })
    .openapi(submit, async (c) => {
      const form = c.req.valid('form');
      const file = await formFile(form.file);
      const outcome = await s().submit(
        c.get('actor'),
        { ...form, url: form.url ?? null, fileName: file.name },
        file.bytes,
      );
      return outcome.saved ? c.json(outcome, 201) : c.json(outcome, 200);
    })
    .openapi(list, async (c) => c.json({ items: await s().list(c.get('actor'), c.req.valid('query')) }, 200))
    .openapi(one, async (c) => c.json(await s().get(c.get('actor'), c.req.valid('param').id), 200))
    .openapi(approve, async (c) => {
      const body = c.req.valid('json') as { note?: string } | undefined;
      return c.json(await s().approve(c.get('actor'), c.req.valid('param').id, body?.note ?? null), 200);
    })
    .openapi(reject, async (c) =>
      c.json(
        await s().reject(
          c.get('actor'),
          c.req.valid('param').id,
          (c.req.valid('json') as { note: string }).note,
        ),
        200,
      ),
    );
}
