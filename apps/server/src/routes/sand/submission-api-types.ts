import type { z } from '@hono/zod-openapi';
import type { SubmissionOutcomeSchema, SubmissionSchema } from './submissions.ts';

export type SandSubmission = z.infer<typeof SubmissionSchema>;
export type SandSubmissionOutcome = z.infer<typeof SubmissionOutcomeSchema>;
