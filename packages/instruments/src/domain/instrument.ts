import type { Assurance, InstrumentKind, InstrumentStatus, Stage } from './vocabulary.ts';

/** Where one fact was read: the instrument's own text or its publisher's page, and when. */
export interface FactSource {
  title: string;
  url: string | null;
  /** Date the page or text was consulted (YYYY-MM-DD). */
  consulted: string;
}

/** A title of the instrument in one language, flagged official (published by the issuer) or not. */
export interface LocalizedTitle {
  title: string;
  official: boolean;
}

/** The facts of an instrument that the secretariat edits; each may carry its source in `sources`. */
export interface InstrumentFacts {
  title: string;
  shortTitle: string | null;
  kind: InstrumentKind;
  /** Slugs of the organisations behind it. */
  issuers: string[];
  adoptionYear: number | null;
  entryIntoForce: string | null;
  currentVersion: string | null;
  versionDate: string | null;
  /** Official languages (ISO 639-1). */
  languages: string[];
  titles: Record<string, LocalizedTitle>;
  commodities: string[];
  stages: Stage[];
  geography: string | null;
  assurance: Assurance | null;
  status: InstrumentStatus | null;
  url: string | null;
  /** The source of each fact, keyed by the fact's name (`adoptionYear`, `entryIntoForce`, …). */
  sources: Record<string, FactSource>;
}

/**
 * A fact sheet with every optional fact empty: what the catalogue holds until a source gives a fact.
 *
 * @example instrumentFacts({ title: 'Minamata Convention on Mercury', kind: 'binding_treaty', adoptionYear: 2013 })
 */
export function instrumentFacts(
  partial: Partial<InstrumentFacts> & Pick<InstrumentFacts, 'title' | 'kind'>,
): InstrumentFacts {
  return {
    shortTitle: null,
    issuers: [],
    adoptionYear: null,
    entryIntoForce: null,
    currentVersion: null,
    versionDate: null,
    languages: [],
    titles: {},
    commodities: [],
    stages: [],
    geography: null,
    assurance: null,
    status: null,
    url: null,
    sources: {},
    ...partial,
  };
}

/** An instrument of the catalogue. */
export interface Instrument extends InstrumentFacts {
  slug: string;
  published: boolean;
  /** Fictional demo record (benchmarks, examples): never shown as real. */
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An organisation behind one or more instruments. */
export interface Organisation {
  slug: string;
  name: string;
  acronym: string | null;
  url: string | null;
  sources: Record<string, FactSource>;
}

/** A recorded version of an instrument. */
export interface InstrumentVersion {
  instrumentSlug: string;
  version: string;
  versionDate: string | null;
  note: string | null;
  recordedAt: string;
}

/** What an instrument links to elsewhere in Strata. */
export const LINK_TARGETS = [
  'process.proposal',
  'process.cluster',
  'tailings.requirement',
  'exchange.practice',
] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export interface InstrumentLink {
  instrumentSlug: string;
  targetKind: LinkTarget;
  targetRef: string;
  note: string | null;
}

/** A link with the instrument it comes from, as a linked page (a proposal's, a requirement's) lists it. */
export interface LinkedInstrument extends InstrumentLink {
  title: string;
  shortTitle: string | null;
  kind: InstrumentKind;
  titles: Record<string, LocalizedTitle>;
}

/** Filters of the catalogue; every one optional, all combined with AND. */
export interface CatalogueFilter {
  kind?: InstrumentKind;
  /** Instruments graded mentioned or more on this issue / at this stage. */
  issue?: string;
  stage?: string;
  assurance?: Assurance;
  binding?: boolean;
  /** Binding instruments this State is bound by. */
  country?: string;
  /** Full-text search in titles, short titles, issuers. */
  q?: string;
  includeUnpublished?: boolean;
}
