import { createRoute, z } from '@hono/zod-openapi';
import { FOCAL_POINT_STATUSES, MEETING_TYPES, processServicesOf } from '@strata/process';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { httpUrlSchema } from '../../url-schema.ts';
import { FILE_RESPONSE, FileField, fileDownload, formFile } from '../files.ts';
import {
  EditMeetingSchema,
  EditProcessSchema,
  FocalPointSchema,
  Id,
  IdParam,
  Items,
  jsonBody,
  jsonOk,
  MeetingSchema,
  NewFocalPointSchema,
  NewMeetingSchema,
  NewProcessSchema,
  ProcessParam,
  ProcessSchema,
} from './schemas.ts';

const tags = ['Process hub'];

const listProcesses = createRoute({
  method: 'get',
  path: '/processes',
  tags,
  summary: 'Intergovernmental processes (e.g. the one of UNEA resolution 5/12)',
  responses: { 200: jsonOk(Items(ProcessSchema)) },
});
const getProcess = createRoute({
  method: 'get',
  path: '/processes/{process}',
  tags,
  summary: 'One process: resolution, mandate, phases, co-chairs, secretariat, published totals',
  request: { params: ProcessParam },
  responses: { 200: jsonOk(ProcessSchema), ...problemResponses(404) },
});
const createProcess = createRoute({
  method: 'post',
  path: '/processes',
  tags,
  summary: 'Create a process (secretariat)',
  request: { body: jsonBody(NewProcessSchema) },
  responses: { 201: jsonOk(ProcessSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 409) },
});
const updateProcess = createRoute({
  method: 'patch',
  path: '/processes/{process}',
  tags,
  summary: 'Edit a process: resolution, title, mandate, phases, co-chairs, secretariat, source (secretariat)',
  request: { params: ProcessParam, body: jsonBody(EditProcessSchema) },
  responses: { 200: jsonOk(ProcessSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const listFocalPoints = createRoute({
  method: 'get',
  path: '/processes/{process}/focal-points',
  tags,
  summary:
    'Focal points: country and status for everyone; contact details for the secretariat and focal points',
  request: { params: ProcessParam },
  responses: { 200: jsonOk(Items(FocalPointSchema)), ...problemResponses(404) },
});
const focalPointCounts = createRoute({
  method: 'get',
  path: '/processes/{process}/focal-points/counts',
  tags,
  summary: 'Countries with a nominated or active primary focal point, by UN regional group',
  request: { params: ProcessParam },
  responses: {
    200: jsonOk(
      z.object({
        countries: z.number(),
        byGroup: z.record(z.string(), z.number()),
        outsideGroups: z.number(),
      }),
    ),
    ...problemResponses(404),
  },
});
const nominate = createRoute({
  method: 'post',
  path: '/processes/{process}/focal-points',
  tags,
  summary: "Nominate a focal point (the state's own focal point account, or the secretariat)",
  request: { params: ProcessParam, body: jsonBody(NewFocalPointSchema) },
  responses: { 201: jsonOk(FocalPointSchema, 'Nominated'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const updateFocalPoint = createRoute({
  method: 'patch',
  path: '/focal-points/{id}',
  tags,
  summary: 'Change the status of a focal point (kept in its history)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({ status: z.enum(FOCAL_POINT_STATUSES), note: z.string().max(1000).nullable().optional() }),
    ),
  },
  responses: {
    200: jsonOk(z.object({ id: z.string(), status: z.enum(FOCAL_POINT_STATUSES) })),
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});
const focalPointHistory = createRoute({
  method: 'get',
  path: '/focal-points/{id}/history',
  tags,
  summary: 'Status history of a focal point',
  request: { params: IdParam },
  responses: {
    200: jsonOk(Items(z.object({ at: z.string(), status: z.string(), note: z.string().nullable() }))),
    ...problemResponses(404),
  },
});
const listMeetings = createRoute({
  method: 'get',
  path: '/processes/{process}/meetings',
  tags,
  summary: 'Meetings of a process with documents and participation, by date',
  request: { params: ProcessParam, query: z.object({ type: z.enum(MEETING_TYPES).optional() }) },
  responses: { 200: jsonOk(Items(MeetingSchema)), ...problemResponses(400, 404) },
});
const createMeeting = createRoute({
  method: 'post',
  path: '/processes/{process}/meetings',
  tags,
  summary: 'Add a meeting (secretariat)',
  request: { params: ProcessParam, body: jsonBody(NewMeetingSchema) },
  responses: { 201: jsonOk(MeetingSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const getMeeting = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  tags,
  summary: 'One meeting',
  request: { params: IdParam },
  responses: { 200: jsonOk(MeetingSchema), ...problemResponses(400, 404) },
});
const updateMeeting = createRoute({
  method: 'patch',
  path: '/meetings/{id}',
  tags,
  summary: 'Edit a meeting: type, title, dates, place, links, agenda, outcome (secretariat)',
  request: { params: IdParam, body: jsonBody(EditMeetingSchema) },
  responses: { 200: jsonOk(MeetingSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const participation = createRoute({
  method: 'put',
  path: '/meetings/{id}/participation',
  tags,
  summary: 'Record which states and observers attended, in person or online (secretariat)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        items: z
          .array(
            z.object({
              countryIso3: z.string().length(3).nullable().optional(),
              organisationId: Id.nullable().optional(),
              mode: z.enum(['in_person', 'online']),
            }),
          )
          .max(500),
      }),
    ),
  },
  responses: { 200: jsonOk(MeetingSchema), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const addDocument = createRoute({
  method: 'post',
  path: '/meetings/{id}/documents',
  tags,
  summary: 'Add a document link to a meeting (secretariat)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        title: z.string().min(1).max(300),
        url: httpUrlSchema(),
        language: z.string().max(10).nullable().optional(),
        issued: z
          .string()
          .regex(/^\d{4}-\d{2}(-\d{2})?$/)
          .nullable()
          .optional()
          .meta({ description: 'date of issue, yyyy-mm or yyyy-mm-dd, as the source gives it' }),
      }),
    ),
  },
  responses: { 201: jsonOk(MeetingSchema, 'Added'), ...problemResponses(...WRITE_PROBLEMS, 404) },
});

const uploadDocument = createRoute({
  method: 'post',
  path: '/meetings/{id}/documents/upload',
  tags,
  summary: 'Upload a document file to a meeting (secretariat); type judged from content',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            title: z.string().min(1).max(300),
            language: z.string().max(10).optional(),
            file: FileField,
          }),
        },
      },
    },
  },
  responses: { 201: jsonOk(MeetingSchema, 'Added'), ...problemResponses(...WRITE_PROBLEMS, 404, 413, 415) },
});
const downloadDocument = createRoute({
  method: 'get',
  path: '/meetings/{id}/documents/{documentId}/file',
  tags,
  summary: 'Download the file of a meeting document',
  request: { params: z.object({ id: Id, documentId: Id }) },
  responses: { ...FILE_RESPONSE, ...problemResponses(400, 404) },
});

/** Processes, focal points and meetings. */
export function processCoreRoutes(ctx: AppContext) {
  const hub = processServicesOf(ctx);
  return createRouter()
    .openapi(listProcesses, async (c) => c.json({ items: await hub.processes.listProcesses() }, 200))
    .openapi(getProcess, async (c) =>
      c.json(await hub.processes.getProcess(c.req.valid('param').process), 200),
    )
    .openapi(createProcess, async (c) =>
      c.json(await hub.processes.createProcess(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(updateProcess, async (c) =>
      c.json(
        await hub.processes.updateProcess(c.get('actor'), c.req.valid('param').process, c.req.valid('json')),
        200,
      ),
    )
    .openapi(listFocalPoints, async (c) =>
      c.json(
        { items: await hub.processes.listFocalPoints(c.get('actor'), c.req.valid('param').process) },
        200,
      ),
    )
    .openapi(focalPointCounts, async (c) =>
      c.json(await hub.processes.focalPointCounts(c.req.valid('param').process), 200),
    )
    .openapi(nominate, async (c) =>
      c.json(
        await hub.processes.nominateFocalPoint(
          c.get('actor'),
          c.req.valid('param').process,
          c.req.valid('json'),
        ),
        201,
      ),
    )
    .openapi(updateFocalPoint, async (c) =>
      c.json(
        await hub.processes.updateFocalPointStatus(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
    )
    .openapi(focalPointHistory, async (c) =>
      c.json({ items: await hub.processes.focalPointHistory(c.req.valid('param').id) }, 200),
    )
    .openapi(listMeetings, async (c) =>
      c.json(
        { items: await hub.meetings.listMeetings(c.req.valid('param').process, c.req.valid('query')) },
        200,
      ),
    )
    .openapi(createMeeting, async (c) => {
      const id = await hub.meetings.createMeeting(
        c.get('actor'),
        c.req.valid('param').process,
        c.req.valid('json'),
      );
      return c.json(await hub.meetings.getMeeting(id), 201);
    })
    .openapi(getMeeting, async (c) => c.json(await hub.meetings.getMeeting(c.req.valid('param').id), 200))
    .openapi(updateMeeting, async (c) =>
      c.json(
        await hub.meetings.updateMeeting(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(participation, async (c) =>
      c.json(
        await hub.meetings.recordParticipation(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json').items,
        ),
        200,
      ),
    )
    .openapi(uploadDocument, async (c) => {
      const id = c.req.valid('param').id;
      const form = c.req.valid('form');
      await hub.meetings.uploadMeetingDocument(c.get('actor'), id, {
        title: form.title,
        language: form.language ?? null,
        ...(await formFile(form.file)),
      });
      return c.json(await hub.meetings.getMeeting(id), 201);
    })
    .openapi(downloadDocument, async (c) => {
      const { id, documentId } = c.req.valid('param');
      const d = fileDownload(await hub.meetings.readMeetingDocument(id, documentId));
      return c.body(d.body, 200, d.headers);
    })
    .openapi(addDocument, async (c) => {
      const id = c.req.valid('param').id;
      await hub.meetings.addMeetingDocument(c.get('actor'), id, c.req.valid('json'));
      return c.json(await hub.meetings.getMeeting(id), 201);
    });
}
