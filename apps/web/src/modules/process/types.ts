import type { UnGroup } from '../../api/types.ts';

/** API shapes of the process hub (`/api/process`), as the screens use them. */
export interface ProcessInfo {
  id: string;
  slug: string;
  resolution: string;
  title: string;
  mandate: { paragraph: string; text: string }[];
  phases: { name: string; start: string; end: string | null }[];
  coChairs: string[];
  secretariat: string;
  publishedTotals: Record<string, number | string>;
  source: string | null;
}
export type MeetingType = 'briefing' | 'regional_consultation' | 'global_meeting' | 'working_group';
export interface Meeting {
  id: string;
  type: MeetingType;
  title: string;
  unGroup: UnGroup | null;
  place: string | null;
  startDate: string;
  endDate: string;
  hybridLink: string | null;
  hostIso3: string | null;
  audience: string | null;
  agenda: string[];
  languages: string[];
  outcome: string | null;
  publishedTotals: Record<string, number | string>;
  documents: {
    id: string;
    title: string;
    url: string | null;
    fileId: string | null;
    language: string | null;
  }[];
  participation: {
    countryIso3: string | null;
    organisationId: string | null;
    mode: 'in_person' | 'online';
  }[];
}
export interface Call {
  id: string;
  title: string;
  mandateRef: string | null;
  deadline: string;
  openTo: ('states' | 'observers')[];
  publishedTotals: Record<string, number | string>;
  counts: { published: number; withdrawn: number; statesPublished: number; observersPublished: number };
  open: boolean;
}
export interface Submission {
  id: string;
  submitterKind: 'state' | 'observer';
  countryIso3: string | null;
  organisationId: string | null;
  organisationName: string | null;
  title: string;
  status: 'received' | 'published' | 'rejected' | 'withdrawn';
  submittedAt: string;
  withdrawnAt: string | null;
  withdrawalNote: string | null;
  files: {
    id: string;
    sha256: string;
    mediaType: string;
    sizeBytes: number;
    originalName: string;
    language: string;
  }[];
}
export interface PositionCounts {
  support: number;
  coSponsor: number;
  reservation: number;
  objection: number;
  expressed: number;
  supporting: number;
}
export interface GroupView extends PositionCounts {
  group: UnGroup;
  members: number;
  supportShare: number;
  expressedShare: number;
  factor: number;
}
export interface EndorsementSummary {
  raw: PositionCounts;
  perGroup: GroupView[];
  outsideGroups: PositionCounts;
  consensusScore: number;
  objectingStates: string[];
  reservingStates: string[];
  status: 'no_positions' | 'objected' | 'no_objection';
  groupsWithoutSupport: UnGroup[];
}
export interface ProposalText {
  language: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
  title: string;
  body: string;
  official: boolean;
}
export interface Version {
  id: string;
  number: number;
  note: string | null;
  createdAt: string;
  texts: ProposalText[];
}
export interface Proposal {
  id: string;
  processId: string;
  code: string;
  clusterCode: string | null;
  originKind: string;
  status: 'active' | 'merged' | 'split' | 'withdrawn';
  demo: boolean;
  currentVersion: Version;
  endorsements: EndorsementSummary;
}
export interface ProposalDetail extends Proposal {
  versions: Version[];
  lineage: {
    ancestors: string[];
    descendants: string[];
    edges: { parentId: string; childId: string; kind: string }[];
  };
  amendments: {
    id: string;
    countryIso3: string;
    language: string;
    status: string;
    handling: string | null;
    proposedAt: string;
  }[];
}
export interface Cluster {
  id: string;
  code: string;
  name: string;
}
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}
export interface Round {
  id: string;
  title: string;
  parameters: { method: 'approval' | 'ranked' | 'score' | 'dots'; dots?: number; maxScore?: number };
  rule: string;
  items: { versionId: string; proposalCode: string; versionNumber: number }[];
  opensAt: string;
  closesAt: string;
  state: 'scheduled' | 'open' | 'closed';
  ballotsCast: number;
  demo: boolean;
}
export interface RoundResults {
  round: Round;
  result: {
    ballots: number;
    rule: string;
    lines: { itemId: string; points: number; meanPoints: number; ballotsFor: number; rank: number }[];
  };
}

export interface FocalPoint {
  id: string;
  countryIso3: string;
  unGroup: UnGroup | null;
  kind: 'primary' | 'alternate';
  status: 'nominated' | 'active' | 'replaced' | 'withdrawn';
  nominatedAt: string;
  updatedAt: string;
  contact?: { name: string; email: string | null; phone: string | null };
}

/** Base of the process hub's API (the web API client adds `/api`). */
export const PROCESS_API = '/process';
