import type { z } from '@hono/zod-openapi';
import type { CompanySchema } from './admin.ts';
import type { SessionSchema, UserSchema } from './auth.ts';
import type { CountrySchema } from './countries.ts';

/** The platform's response types (accounts, sessions, countries), inferred from their schemas. */
export type SessionUser = z.infer<typeof UserSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type CountryInfo = z.infer<typeof CountrySchema>;
