import type { z } from '@hono/zod-openapi';
import type {
  SandExportSchema,
  SandMapSchema,
  SandProfileSchema,
  SandSourceSchema,
  SandValueSchema,
  SandWorldSchema,
} from './schemas.ts';

export type SandValue = z.infer<typeof SandValueSchema>;
export type SandSource = z.infer<typeof SandSourceSchema>;
export type SandProfile = z.infer<typeof SandProfileSchema>;
export type SandWorld = z.infer<typeof SandWorldSchema>;
export type SandMap = z.infer<typeof SandMapSchema>;
export type SandExport = z.infer<typeof SandExportSchema>;

export type {
  SandGovernanceCountry,
  SandGovernanceList,
  SandMarineLayer,
} from './governance-api-types.ts';
export type { SandSubmission, SandSubmissionOutcome } from './submission-api-types.ts';
