import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '@strata/core';
import { presentUser, type UserRecord } from '@strata/platform';
import type { AppContext } from '../env.ts';
import { DisplayNameSchema, nameSchema } from '../name-schema.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../router.ts';
import { UserSchema } from './auth.ts';

const NewUser = z.object({
  email: z.string().email().max(320),
  password: z.string().min(12).max(1024),
  role: z.enum(ROLES),
  countryIso3: z.string().length(3).nullable().optional(),
  organisationId: z.string().uuid().nullable().optional(),
  companyId: z.string().uuid().nullable().optional(),
  displayName: DisplayNameSchema.nullable().optional(),
});

export const Organisation = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), created_at: z.date().or(z.string()) })
  .meta({ id: 'Organisation' });
/** A company operating facilities; its operator accounts disclose for them. */
export const CompanySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country_iso3: z.string().nullable(),
    created_at: z.date().or(z.string()),
  })
  .meta({ id: 'Company' });

/** An account as the secretariat sees it: with its disabled flag and creation date. */
export const AdminUserSchema = UserSchema.extend({
  disabled: z.boolean(),
  createdAt: z.date().or(z.string()),
}).meta({ id: 'AdminUser' });

export const ResetLinkSchema = z
  .object({
    link: z.string(),
    expiresAt: z.date().or(z.string()),
    emailed: z.boolean(),
    mailError: z.string().nullable(),
  })
  .meta({ id: 'ResetLink' });

const IdParam = z.object({ id: z.string().uuid() });

const updateUser = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Accounts'],
  summary:
    'Change an account: role, bindings, display name, disabled (secretariat); disabling ends its sessions',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            role: z.enum(ROLES).optional(),
            countryIso3: z.string().length(3).nullable().optional(),
            organisationId: z.string().uuid().nullable().optional(),
            companyId: z.string().uuid().nullable().optional(),
            displayName: DisplayNameSchema.nullable().optional(),
            disabled: z.boolean().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: AdminUserSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const resetUser = createRoute({
  method: 'post',
  path: '/users/{id}/reset',
  tags: ['Accounts'],
  summary:
    'Issue a one-time password-reset link for an account (secretariat); e-mailed when mail is configured',
  request: { params: IdParam },
  responses: {
    201: {
      description: 'The link, shown once',
      content: {
        'application/json': {
          schema: ResetLinkSchema,
        },
      },
    },
    ...problemResponses(401, 403, 404, 409),
  },
});
const signOutUser = createRoute({
  method: 'post',
  path: '/users/{id}/sign-out',
  tags: ['Accounts'],
  summary: 'End every session of an account (secretariat)',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Ended',
      content: { 'application/json': { schema: z.object({ sessionsEnded: z.number() }) } },
    },
    ...problemResponses(401, 403, 404),
  },
});
const updateOrganisation = createRoute({
  method: 'patch',
  path: '/organisations/{id}',
  tags: ['Accounts'],
  summary: 'Rename an organisation or change its kind (secretariat)',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            name: nameSchema(300).optional(),
            kind: z.string().max(50).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: Organisation } } },
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});
const updateCompany = createRoute({
  method: 'patch',
  path: '/companies/{id}',
  tags: ['Accounts'],
  summary: 'Rename a company or change its country (secretariat)',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            name: nameSchema(300).optional(),
            countryIso3: z.string().length(3).nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: CompanySchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 404, 409),
  },
});

const createUser = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Accounts'],
  summary: 'Create an account (secretariat)',
  request: { body: { required: true, content: { 'application/json': { schema: NewUser } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: UserSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 409),
  },
});
const listUsers = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Accounts'],
  summary: 'List accounts (secretariat)',
  responses: {
    200: {
      description: 'Accounts',
      content: { 'application/json': { schema: z.object({ items: z.array(AdminUserSchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});
const createOrganisation = createRoute({
  method: 'post',
  path: '/organisations',
  tags: ['Accounts'],
  summary: 'Register an observer organisation (secretariat)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ name: nameSchema(300), kind: z.string().max(50).optional() }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: Organisation } } },
    ...problemResponses(...WRITE_PROBLEMS),
  },
});
const listOrganisations = createRoute({
  method: 'get',
  path: '/organisations',
  tags: ['Accounts'],
  summary: 'Observer organisations',
  responses: {
    200: {
      description: 'List',
      content: { 'application/json': { schema: z.object({ items: z.array(Organisation) }) } },
    },
  },
});
const createCompany = createRoute({
  method: 'post',
  path: '/companies',
  tags: ['Accounts'],
  summary: 'Register a company operating facilities (secretariat)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            name: nameSchema(300),
            countryIso3: z.string().length(3).nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: CompanySchema } } },
    ...problemResponses(...WRITE_PROBLEMS),
  },
});
const listCompanies = createRoute({
  method: 'get',
  path: '/companies',
  tags: ['Accounts'],
  summary: 'Companies',
  responses: {
    200: {
      description: 'List',
      content: { 'application/json': { schema: z.object({ items: z.array(CompanySchema) }) } },
    },
  },
});
const AuditRowSchema = z
  .object({
    id: z.number(),
    at: z.date().or(z.string()),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditRow' });
const audit = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Accounts'],
  summary: 'The audit log of writes, newest first (secretariat, co-chairs)',
  request: {
    query: z.object({
      entity: z.string().optional(),
      entityId: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Rows',
      content: { 'application/json': { schema: z.object({ items: z.array(AuditRowSchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});

function presentAdminUser(u: UserRecord) {
  return { ...presentUser(u), disabled: u.disabled, createdAt: u.createdAt };
}

export function adminRoutes(ctx: AppContext) {
  const accounts = ctx.platform.accounts;
  return createRouter()
    .openapi(createUser, async (c) => {
      const user = await accounts.createUser(c.get('actor'), c.req.valid('json'));
      return c.json(presentUser(user), 201);
    })
    .openapi(listUsers, async (c) => {
      const users = await accounts.listUsers(c.get('actor'));
      return c.json({ items: users.map(presentAdminUser) }, 200);
    })
    .openapi(updateUser, async (c) => {
      const user = await accounts.updateUser(c.get('actor'), c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentAdminUser(user), 200);
    })
    .openapi(resetUser, async (c) => {
      const base = ctx.config.publicUrl ?? new URL(c.req.url).origin;
      const reset = await ctx.platform.credentials.issueReset(
        c.get('actor'),
        c.req.valid('param').id,
        (token) => `${base}/reset-password#token=${token}`,
      );
      return c.json(
        { link: reset.link, expiresAt: reset.expiresAt, emailed: reset.emailed, mailError: reset.mailError },
        201,
      );
    })
    .openapi(signOutUser, async (c) =>
      c.json(await ctx.platform.credentials.signOutUser(c.get('actor'), c.req.valid('param').id), 200),
    )
    .openapi(updateOrganisation, async (c) =>
      c.json(
        await accounts.updateOrganisation(c.get('actor'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(updateCompany, async (c) =>
      c.json(await accounts.updateCompany(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(createOrganisation, async (c) =>
      c.json(await accounts.createOrganisation(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(listOrganisations, async (c) => c.json({ items: await accounts.listOrganisations() }, 200))
    .openapi(createCompany, async (c) =>
      c.json(await accounts.createCompany(c.get('actor'), c.req.valid('json')), 201),
    )
    .openapi(listCompanies, async (c) => c.json({ items: await accounts.listCompanies() }, 200))
    .openapi(audit, async (c) => {
      return c.json({ items: await ctx.platform.audit.list(c.get('actor'), c.req.valid('query')) }, 200);
    });
}
