import type { z } from '@hono/zod-openapi';
import type {
  BallotContentSchema,
  BallotSchema,
  CallSchema,
  ClusterSchema,
  DiffPartSchema,
  EditCallSchema,
  EditMeetingSchema,
  EditProcessSchema,
  EndorsementSchema,
  FocalPointSchema,
  MeetingSchema,
  NewCallSchema,
  NewMeetingSchema,
  NewProcessSchema,
  ParametersSchema,
  ProcessSchema,
  ProposalDetailSchema,
  ProposalSchema,
  ResultSchema,
  RoundSchema,
  SubmissionSchema,
  SummarySchema,
  VersionSchema,
} from './schemas.ts';

/** The process hub's response types (`/api/process`), inferred from the schemas that validate them. */
export type ProcessInfo = z.infer<typeof ProcessSchema>;
export type FocalPoint = z.infer<typeof FocalPointSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingType = Meeting['type'];
export type Call = z.infer<typeof CallSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type EndorsementSummary = z.infer<typeof SummarySchema>;
export type GroupView = EndorsementSummary['perGroup'][number];
export type Version = z.infer<typeof VersionSchema>;
export type ProposalText = Version['texts'][number];
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalDetail = z.infer<typeof ProposalDetailSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type DiffPart = z.infer<typeof DiffPartSchema>;
export type EndorsementRecord = z.infer<typeof EndorsementSchema>;
export type MethodParameters = z.infer<typeof ParametersSchema>;
export type BallotContent = z.infer<typeof BallotContentSchema>;
export type Ballot = z.infer<typeof BallotSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type RoundResults = z.infer<typeof ResultSchema>;

/** Request bodies of the administration routes (`z.input`: what a client sends, before defaults). */
export type NewProcess = z.input<typeof NewProcessSchema>;
export type EditProcess = z.input<typeof EditProcessSchema>;
export type NewMeeting = z.input<typeof NewMeetingSchema>;
export type EditMeeting = z.input<typeof EditMeetingSchema>;
export type NewCall = z.input<typeof NewCallSchema>;
export type EditCall = z.input<typeof EditCallSchema>;
