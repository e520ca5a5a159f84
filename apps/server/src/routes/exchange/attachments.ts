import { createRoute, z } from '@hono/zod-openapi';
import type { ExchangeServices } from '@strata/exchange';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { FILE_RESPONSE, FileField, fileDownload, formFile } from '../files.ts';
import { AttachmentSchema, IdParam, Items, jsonOk } from './schemas.ts';

const tags = ['Knowledge exchange: attachments'];

const OWNERS = { threads: 'thread', replies: 'reply', cases: 'case' } as const;

const upload = (collection: keyof typeof OWNERS) =>
  createRoute({
    method: 'post',
    path: `/${collection}/{id}/attachments`,
    tags,
    summary: `Attach a file to a ${OWNERS[collection]} (its author or a focal point of its country); PDF, DOCX or XLSX judged from content, ≤ 10 MB, SHA-256 kept`,
    request: {
      params: IdParam,
      body: {
        required: true,
        content: { 'multipart/form-data': { schema: z.object({ file: FileField }) } },
      },
    },
    responses: {
      201: jsonOk(AttachmentSchema, 'Attached'),
      ...problemResponses(...WRITE_PROBLEMS, 404, 409, 413, 415),
    },
  });
const list = (collection: 'threads' | 'cases') =>
  createRoute({
    method: 'get',
    path: `/${collection}/{id}/attachments`,
    tags,
    summary:
      collection === 'threads' ? 'The files of a thread and of its visible replies' : 'The files of a case',
    request: { params: IdParam },
    responses: { 200: jsonOk(Items(AttachmentSchema)), ...problemResponses(404) },
  });
const download = createRoute({
  method: 'get',
  path: '/attachments/{id}/file',
  tags,
  summary: 'Download an attached file (for whoever may read its thread or case; SHA-256 in the ETag)',
  request: { params: IdParam },
  responses: { ...FILE_RESPONSE, ...problemResponses(400, 404) },
});

/** Attachments of threads, replies and cases. */
export function attachmentRoutes(ex: ExchangeServices) {
  const file = async (form: { file?: unknown }) => formFile(form.file);
  return createRouter()
    .openapi(upload('threads'), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await ex.attachments.attach(c.get('actor'), 'thread', id, await file(c.req.valid('form'))),
        201,
      );
    })
    .openapi(upload('replies'), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await ex.attachments.attach(c.get('actor'), 'reply', id, await file(c.req.valid('form'))),
        201,
      );
    })
    .openapi(upload('cases'), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await ex.attachments.attach(c.get('actor'), 'case', id, await file(c.req.valid('form'))),
        201,
      );
    })
    .openapi(list('threads'), async (c) =>
      c.json({ items: await ex.attachments.list(c.get('actor'), 'thread', c.req.valid('param').id) }, 200),
    )
    .openapi(list('cases'), async (c) =>
      c.json({ items: await ex.attachments.list(c.get('actor'), 'case', c.req.valid('param').id) }, 200),
    )
    .openapi(download, async (c) => {
      const f = await ex.attachments.download(c.get('actor'), c.req.valid('param').id);
      const d = fileDownload(f);
      return c.body(d.body, 200, d.headers);
    });
}
