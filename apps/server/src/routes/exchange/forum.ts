import { createRoute, z } from '@hono/zod-openapi';
import { LANGUAGES } from '@strata/core';
import type { ExchangeServices } from '@strata/exchange';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import {
  DuplicateReportSchema,
  Id,
  IdParam,
  InviteSchema,
  Items,
  jsonBody,
  jsonOk,
  ModerationInputSchema,
  ModerationSchema,
  NewSpaceSchema,
  NewThreadSchema,
  ReplySchema,
  SpaceParam,
  SpaceSchema,
  ThreadLinkQuery,
  ThreadLinksSchema,
  ThreadSchema,
} from './schemas.ts';

const tags = ['Knowledge exchange: working groups'];
const Following = z.object({ following: z.boolean() });

const listSpaces = createRoute({
  method: 'get',
  path: '/spaces',
  tags,
  summary: 'Working-group spaces the reader may see (public ones for everyone)',
  responses: { 200: jsonOk(Items(SpaceSchema)) },
});
const createSpace = createRoute({
  method: 'post',
  path: '/spaces',
  tags,
  summary: 'Create a space (secretariat)',
  request: { body: jsonBody(NewSpaceSchema) },
  responses: { 201: jsonOk(SpaceSchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 409) },
});
const getSpace = createRoute({
  method: 'get',
  path: '/spaces/{space}',
  tags,
  summary: 'A space and its threads',
  request: { params: SpaceParam },
  responses: {
    200: jsonOk(
      z.object({
        space: SpaceSchema,
        threads: z.array(ThreadSchema),
        following: z.boolean().meta({ description: 'Whether the reader follows the space' }),
        member: z.boolean().meta({ description: 'Whether the reader was invited into the space' }),
      }),
    ),
    ...problemResponses(404),
  },
});
const invite = createRoute({
  method: 'post',
  path: '/spaces/{space}/invitations',
  tags,
  summary: 'Invite an account (an observer), by id or e-mail address, into a space (secretariat)',
  request: { params: SpaceParam, body: jsonBody(InviteSchema) },
  responses: {
    200: jsonOk(z.object({ userId: z.string() }), 'Invited'),
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});
const follow = createRoute({
  method: 'post',
  path: '/spaces/{space}/follow',
  tags,
  summary: 'Follow a space: be notified of its new threads',
  request: { params: SpaceParam },
  responses: { 200: jsonOk(Following), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const unfollow = createRoute({
  method: 'delete',
  path: '/spaces/{space}/follow',
  tags,
  summary: 'Stop following a space',
  request: { params: SpaceParam },
  responses: { 200: jsonOk(Following), ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const linkableProposals = createRoute({
  method: 'get',
  path: '/proposals',
  tags,
  summary: "The process hub's active proposals a thread may be linked to, titled in the language asked",
  request: { query: z.object({ language: z.enum(LANGUAGES).default('en') }) },
  responses: { 200: jsonOk(Items(ThreadLinksSchema.shape.proposals.element)) },
});
const linkedThreads = createRoute({
  method: 'get',
  path: '/threads',
  tags,
  summary: 'Threads the reader may see that are linked to an instrument (its slug) or a proposal (its id)',
  request: { query: ThreadLinkQuery },
  responses: { 200: jsonOk(Items(ThreadSchema)), ...problemResponses(400) },
});
const createThread = createRoute({
  method: 'post',
  path: '/spaces/{space}/threads',
  tags,
  summary: "Open a thread in one's country's name (or as an invited observer); near-duplicates come back",
  request: { params: SpaceParam, body: jsonBody(NewThreadSchema) },
  responses: {
    201: jsonOk(z.object({ thread: ThreadSchema, duplicates: DuplicateReportSchema }), 'Created'),
    ...problemResponses(...WRITE_PROBLEMS, 404),
  },
});
const getThread = createRoute({
  method: 'get',
  path: '/threads/{id}',
  tags,
  summary: 'A thread, its replies and its moderation log',
  request: { params: IdParam },
  responses: {
    200: jsonOk(
      z.object({
        thread: ThreadSchema,
        space: SpaceSchema,
        replies: z.array(ReplySchema),
        moderation: z.array(ModerationSchema),
        links: ThreadLinksSchema,
      }),
    ),
    ...problemResponses(404),
  },
});
const reply = createRoute({
  method: 'post',
  path: '/threads/{id}/replies',
  tags,
  summary: 'Reply (mention accounts as @email)',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        body: z.string().min(1).max(50000),
        countryIso3: z.string().length(3).nullable().optional(),
      }),
    ),
  },
  responses: { 201: jsonOk(ReplySchema, 'Created'), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const accept = createRoute({
  method: 'post',
  path: '/threads/{id}/accepted-answer',
  tags,
  summary: "Accept a reply as the question's answer (its author)",
  request: { params: IdParam, body: jsonBody(z.object({ replyId: Id })) },
  responses: { 200: jsonOk(ThreadSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const moderateThread = createRoute({
  method: 'post',
  path: '/threads/{id}/moderation',
  tags,
  summary: 'Hide, lock, move or merge a thread with a reason (secretariat)',
  request: { params: IdParam, body: jsonBody(ModerationInputSchema) },
  responses: { 200: jsonOk(ModerationSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});
const moderateReply = createRoute({
  method: 'post',
  path: '/replies/{id}/moderation',
  tags,
  summary: 'Hide or unhide a reply with a reason (secretariat)',
  request: { params: IdParam, body: jsonBody(ModerationInputSchema) },
  responses: { 200: jsonOk(ModerationSchema), ...problemResponses(...WRITE_PROBLEMS, 404, 409) },
});

/** Spaces, threads, replies and moderation. */
export function forumRoutes(ex: ExchangeServices) {
  return createRouter()
    .openapi(listSpaces, async (c) => c.json({ items: await ex.forum.listSpaces(c.get('actor')) }, 200))
    .openapi(createSpace, async (c) =>
      c.json(await ex.forum.createSpace(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(getSpace, async (c) =>
      c.json(await ex.forum.getSpace(c.get('actor'), c.req.valid('param').space), 200),
    )
    .openapi(invite, async (c) =>
      c.json(await ex.forum.invite(c.get('actor'), c.req.valid('param').space, c.req.valid('json')), 200),
    )
    .openapi(follow, async (c) =>
      c.json(await ex.forum.follow(c.get('actor'), c.req.valid('param').space, true), 200),
    )
    .openapi(unfollow, async (c) =>
      c.json(await ex.forum.follow(c.get('actor'), c.req.valid('param').space, false), 200),
    )
    .openapi(linkableProposals, async (c) =>
      c.json({ items: await ex.forum.linkableProposals(c.req.valid('query').language) }, 200),
    )
    .openapi(linkedThreads, async (c) => {
      const q = c.req.valid('query');
      const target = q.instrument ? { instrumentSlug: q.instrument } : { proposalId: q.proposal ?? '' };
      return c.json({ items: await ex.forum.threadsLinkedTo(c.get('actor'), target) }, 200);
    })
    .openapi(createThread, async (c) =>
      c.json(
        await ex.forum.createThread(c.get('actor'), c.req.valid('param').space, c.req.valid('json')),
        201,
      ),
    )
    .openapi(getThread, async (c) =>
      c.json(await ex.forum.getThread(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(reply, async (c) =>
      c.json(await ex.forum.reply(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(accept, async (c) =>
      c.json(
        await ex.forum.acceptAnswer(c.get('actor'), c.req.valid('param').id, c.req.valid('json').replyId),
        200,
      ),
    )
    .openapi(moderateThread, async (c) =>
      c.json(
        await ex.forum.moderate(c.get('actor'), 'thread', c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(moderateReply, async (c) =>
      c.json(
        await ex.forum.moderate(c.get('actor'), 'reply', c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
}
