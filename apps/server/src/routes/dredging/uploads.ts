import { rmSync } from 'node:fs';
import { createRoute, z } from '@hono/zod-openapi';
import { UnsupportedMediaError } from '@strata/core';
import { AIS_UPLOAD_FORMATS, receiveUpload, uploadTooLarge } from '@strata/dredging';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses } from '../../router.ts';
import { aisJobRunner, dredgingServices } from './context.ts';
import { AisJobSchema, DatasetSchema } from './schemas.ts';

const TAG = ['Marine dredging watch'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const JobId = z.object({ id: z.string().uuid() });

/** The path of the upload route under `/api/dredging`: it enforces its own size limit, not the API's. */
export const AIS_UPLOAD_PATH = '/uploads';

const upload = createRoute({
  method: 'post',
  path: AIS_UPLOAD_PATH,
  tags: TAG,
  summary:
    'Bring your own AIS file (signed in): NMEA (with or without tag blocks), MarineCadastre CSV or GFW-style JSON lines, optionally gzip; the raw file as the body. Queued for analysis into a private dataset',
  request: {
    query: z.object({
      format: z.enum([...AIS_UPLOAD_FORMATS, 'auto']).default('auto'),
      fileName: z.string().max(200).optional(),
      name: z.string().max(200).optional().meta({ description: "The dataset's name" }),
    }),
    body: {
      required: true,
      content: { 'application/octet-stream': { schema: z.string() }, 'text/plain': { schema: z.string() } },
    },
  },
  responses: {
    202: json(AisJobSchema, 'Queued: poll the job for its progress'),
    ...problemResponses(400, 401, 403, 413, 415, 429),
  },
});
const jobs = createRoute({
  method: 'get',
  path: '/uploads',
  tags: TAG,
  summary: 'Your AIS upload jobs, newest first (signed in)',
  responses: { 200: json(z.object({ items: z.array(AisJobSchema) }), 'Jobs'), ...problemResponses(401, 403) },
});
const job = createRoute({
  method: 'get',
  path: '/uploads/{id}',
  tags: TAG,
  summary: 'One of your AIS upload jobs: state, phase and progress (poll it)',
  request: { params: JobId },
  responses: { 200: json(AisJobSchema, 'The job'), ...problemResponses(401, 403, 404) },
});
const publish = createRoute({
  method: 'post',
  path: '/datasets/{id}/publish',
  tags: TAG,
  summary: 'Publish a dataset you brought (its owner, or the secretariat)',
  request: { params: z.object({ id: z.string().max(80) }) },
  responses: { 200: json(DatasetSchema, 'The published dataset'), ...problemResponses(401, 403, 404) },
});

/** "Bring your own AIS": upload, follow the job, publish the dataset. */
export function aisUploadRoutes(ctx: AppContext) {
  const services = dredgingServices(ctx);
  return createRouter()
    .openapi(upload, async (c) => {
      const actor = c.get('actor');
      // Who and how many first: a refused upload is not received at all.
      await services.uploads.checkMayQueue(actor);
      if ((c.req.header('content-type') ?? '').startsWith('multipart/')) {
        throw new UnsupportedMediaError('Send the AIS file itself as the body (application/octet-stream).');
      }
      const limit = ctx.config.aisUploadBytes;
      const declared = Number(c.req.header('content-length') ?? Number.NaN);
      if (declared > limit) throw uploadTooLarge(limit);
      const q = c.req.valid('query');
      const received = await receiveUpload(c.req.raw.body, services.uploadsDir, limit);
      try {
        const queued = await services.uploads.enqueue(actor, {
          ...received,
          fileName: q.fileName ?? 'upload',
          format: q.format,
          name: q.name,
        });
        const { runner, started } = aisJobRunner(ctx);
        void started.then(() => runner.wake());
        return c.json(queued, 202);
      } catch (error) {
        rmSync(received.filePath, { force: true });
        throw error;
      }
    })
    .openapi(jobs, async (c) => c.json({ items: await services.uploads.jobs(c.get('actor')) }, 200))
    .openapi(job, async (c) =>
      c.json(await services.uploads.job(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(publish, async (c) =>
      c.json(await services.watch.publishDataset(c.get('actor'), c.req.valid('param').id), 200),
    );
}
