import type { z } from '@hono/zod-openapi';
import type { GovernanceCountrySchema, GovernanceListSchema, MarineLayerSchema } from './governance.ts';

export type SandGovernanceCountry = z.infer<typeof GovernanceCountrySchema>;
export type SandGovernanceList = z.infer<typeof GovernanceListSchema>;
export type SandMarineLayer = z.infer<typeof MarineLayerSchema>;
