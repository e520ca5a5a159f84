import { createRoute, z } from '@hono/zod-openapi';
import { ValidationError } from '@strata/core';
import { processServicesOf, type UploadedFile } from '@strata/process';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { FILE_RESPONSE, FileField, fileDownload } from '../files.ts';
import {
  CallSchema,
  CsvResponse,
  EditCallSchema,
  Id,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  NewCallSchema,
  ProcessParam,
  SubmissionSchema,
} from './schemas.ts';

const tags = ['Process hub: submissions'];

const listCalls = createRoute({
  method: 'get',
  path: '/processes/{process}/calls',
  tags,
  summary: 'Calls for written submissions, with published totals and counts on record',
  request: { params: ProcessParam },
  responses: { 200: jsonOk(Items(CallSchema)), ...problemResponses(404) },
});
const createCall = createRoute({
  method: 'post',
  path: '/processes/{process}/calls',
  tags,
  summary: 'Open a call for submissions (secretariat)',
  request: {
    params: ProcessParam,
    body: jsonBody(NewCallSchema),
  },
  responses: { 201: jsonOk(CallSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const getCall = createRoute({
  method: 'get',
  path: '/calls/{id}',
  tags,
  summary: 'One call',
  request: { params: IdParam },
  responses: { 200: jsonOk(CallSchema), ...problemResponses(400, 404) },
});
const updateCall = createRoute({
  method: 'patch',
  path: '/calls/{id}',
  tags,
  summary: 'Edit a call: title, mandate reference, opening date, deadline, who may submit (secretariat)',
  request: { params: IdParam, body: jsonBody(EditCallSchema) },
  responses: { 200: jsonOk(CallSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const closeCall = createRoute({
  method: 'post',
  path: '/calls/{id}/close',
  tags,
  summary: 'Close a call now, before its deadline (secretariat); it cannot be reopened',
  request: { params: IdParam },
  responses: { 200: jsonOk(CallSchema), ...problemResponses(401, 403, 404, 409) },
});
const listSubmissions = createRoute({
  method: 'get',
  path: '/calls/{id}/submissions',
  tags,
  summary: 'Per-call listing: published and withdrawn submissions (and, for those allowed, received ones)',
  request: { params: IdParam },
  responses: { 200: jsonOk(Items(SubmissionSchema)), ...problemResponses(400, 404) },
});
const listingCsv = createRoute({
  method: 'get',
  path: '/calls/{id}/submissions.csv',
  tags,
  summary: 'Per-call listing as CSV',
  request: { params: IdParam },
  responses: { 200: CsvResponse, ...problemResponses(400, 404) },
});
const compilation = createRoute({
  method: 'get',
  path: '/calls/{id}/compilation.zip',
  tags,
  summary: 'One downloadable compilation: every published file and an index.csv with SHA-256',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'ZIP archive',
      content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...problemResponses(400, 404),
  },
});
const submit = createRoute({
  method: 'post',
  path: '/calls/{id}/submissions',
  tags,
  summary:
    'Submit (a state through its focal point, an observer through its contact); files typed from content',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            title: z.string().min(1).max(300),
            countryIso3: z.string().length(3).optional(),
            organisationId: Id.optional(),
            file: z.union([FileField, z.array(FileField)]),
            language: z
              .union([z.string(), z.array(z.string())])
              .meta({ description: 'one per file, in the same order: ar, zh, en, fr, ru, es or other' }),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonOk(SubmissionSchema, 'Received'),
    ...problemResponses(...WRITE_PROBLEMS, 404, 409, 413, 415),
  },
});
const queue = createRoute({
  method: 'get',
  path: '/submissions/queue',
  tags,
  summary: "The secretariat's clearing queue",
  responses: { 200: jsonOk(Items(SubmissionSchema)), ...problemResponses(401, 403) },
});
const getSubmission = createRoute({
  method: 'get',
  path: '/submissions/{id}',
  tags,
  summary: 'One submission',
  request: { params: IdParam },
  responses: { 200: jsonOk(SubmissionSchema), ...problemResponses(400, 404) },
});
const clear = createRoute({
  method: 'post',
  path: '/submissions/{id}/clearing',
  tags,
  summary: 'Publish or reject a received submission (secretariat)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({ decision: z.enum(['publish', 'reject']), note: z.string().max(2000).nullable().optional() }),
    ),
  },
  responses: { 200: jsonOk(SubmissionSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const withdraw = createRoute({
  method: 'post',
  path: '/submissions/{id}/withdrawal',
  tags,
  summary: 'Withdraw a published submission with a note (its submitter or the secretariat); never edited',
  request: { params: IdParam, body: jsonBody(z.object({ note: z.string().min(1).max(2000) })) },
  responses: { 200: jsonOk(SubmissionSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const downloadFile = createRoute({
  method: 'get',
  path: '/submissions/{id}/files/{fileId}',
  tags,
  summary: 'Download one file of a submission (with its SHA-256 in the ETag)',
  request: { params: z.object({ id: Id, fileId: Id }) },
  responses: { ...FILE_RESPONSE, ...problemResponses(400, 404) },
});

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Calls for submissions, uploads, the clearing queue, publication, withdrawal and the compilation. */
export function submissionRoutes(ctx: AppContext) {
  const hub = processServicesOf(ctx);
  return createRouter()
    .openapi(listCalls, async (c) =>
      c.json({ items: await hub.calls.listCalls(c.req.valid('param').process) }, 200),
    )
    .openapi(createCall, async (c) => {
      const id = await hub.calls.createCall(
        c.get('actor'),
        c.req.valid('param').process,
        c.req.valid('json'),
      );
      return c.json(await hub.calls.getCall(id), 201);
    })
    .openapi(getCall, async (c) => c.json(await hub.calls.getCall(c.req.valid('param').id), 200))
    .openapi(updateCall, async (c) =>
      c.json(await hub.calls.updateCall(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(closeCall, async (c) =>
      c.json(await hub.calls.closeCall(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(listSubmissions, async (c) =>
      c.json({ items: await hub.submissions.listSubmissions(c.get('actor'), c.req.valid('param').id) }, 200),
    )
    .openapi(listingCsv, async (c) =>
      c.body(await hub.submissions.listingCsv(c.req.valid('param').id), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="submissions.csv"',
      }),
    )
    .openapi(compilation, async (c) => {
      const zip = await hub.submissions.compilation(c.req.valid('param').id);
      return c.body(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, 200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="submissions-compilation.zip"',
      });
    })
    .openapi(submit, async (c) => {
      const form = c.req.valid('form');
      const files = asList(form.file as unknown);
      const languages = asList(form.language);
      if (files.length !== languages.length)
        throw new ValidationError('Give one language per file.', [
          { path: 'form.language', message: `${files.length} files, ${languages.length} languages` },
        ]);
      const uploads: UploadedFile[] = [];
      for (const [i, f] of files.entries()) {
        if (!(f instanceof File))
          throw new ValidationError('Each file field must be a file.', [
            { path: `form.file.${i}`, message: 'not a file' },
          ]);
        uploads.push({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
          language: languages[i] as string,
        });
      }
      const s = await hub.submissions.submit(c.get('actor'), c.req.valid('param').id, {
        title: form.title,
        countryIso3: form.countryIso3 ?? null,
        organisationId: form.organisationId ?? null,
        files: uploads,
      });
      return c.json(s, 201);
    })
    .openapi(queue, async (c) => c.json({ items: await hub.submissions.clearingQueue(c.get('actor')) }, 200))
    .openapi(getSubmission, async (c) =>
      c.json(await hub.submissions.getSubmission(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(clear, async (c) =>
      c.json(await hub.submissions.clear(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(withdraw, async (c) =>
      c.json(
        await hub.submissions.withdraw(c.get('actor'), c.req.valid('param').id, c.req.valid('json').note),
        200,
      ),
    )
    .openapi(downloadFile, async (c) => {
      const { id, fileId } = c.req.valid('param');
      const f = await hub.submissions.readFile(c.get('actor'), id, fileId);
      const d = fileDownload({ ...f, name: f.originalName });
      return c.body(d.body, 200, d.headers);
    });
}
