import type { Language } from '@strata/core';
import type { EndorsementSummary } from '../domain/consensus.ts';
import type { Lineage } from '../domain/lineage.ts';

export const ORIGIN_KINDS = [
  'regional_consultation',
  'submission',
  'global_meeting',
  'merge',
  'split',
  'other',
] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/** A proposal's text in one of the six languages, official or an unofficial translation. */
export interface ProposalText {
  language: Language;
  title: string;
  body: string;
  official: boolean;
}
export interface VersionView {
  id: string;
  number: number;
  note: string | null;
  createdAt: string;
  texts: ProposalText[];
}
export interface ProposalView {
  id: string;
  processId: string;
  code: string;
  clusterId: string | null;
  clusterCode: string | null;
  originKind: OriginKind;
  originMeetingId: string | null;
  originSubmissionId: string | null;
  status: 'active' | 'merged' | 'split' | 'withdrawn';
  demo: boolean;
  currentVersion: VersionView;
  endorsements: EndorsementSummary;
}
export interface ProposalDetail extends ProposalView {
  versions: VersionView[];
  lineage: Lineage & { edges: { parentId: string; childId: string; kind: string }[] };
  amendments: AmendmentView[];
}
export interface AmendmentView {
  id: string;
  versionId: string;
  countryIso3: string;
  language: string;
  proposedBody: string;
  rationale: string | null;
  status: 'proposed' | 'accepted' | 'rejected';
  handling: string | null;
  resultVersionId: string | null;
  onBehalf: boolean;
  proposedAt: string;
  handledAt: string | null;
}
export interface NewProposalInput {
  code: string;
  clusterCode?: string | null;
  originKind: OriginKind;
  originMeetingId?: string | null;
  originSubmissionId?: string | null;
  texts: ProposalText[];
  demo?: boolean;
  /** Note of the first version (default "created"), e.g. where the text comes from. */
  note?: string;
}
