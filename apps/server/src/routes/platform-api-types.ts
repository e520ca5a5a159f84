import type { z } from '@hono/zod-openapi';
import type { AdminUserSchema, CompanySchema, Organisation, ResetLinkSchema } from './admin.ts';
import type { SessionSchema, UserSchema } from './auth.ts';
import type { CountrySchema } from './countries.ts';

/** The platform's response types (accounts, sessions, countries), inferred from their schemas. */
export type SessionUser = z.infer<typeof UserSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type CountryInfo = z.infer<typeof CountrySchema>;
export type AdminUser = z.infer<typeof AdminUserSchema>;
export type OrganisationRow = z.infer<typeof Organisation>;
export type ResetLink = z.infer<typeof ResetLinkSchema>;
