import type { Language } from '@strata/core';
import type {
  AttachmentRepository,
  BoardRepository,
  DemoRepository,
  ForumRepository,
  LibraryRepository,
  NotificationRepository,
  SearchRepository,
} from '../repository/index.ts';

/** The repositories of the exchange module, bound together to one unit of work. */
export interface ExchangeRepos {
  forum: ForumRepository;
  library: LibraryRepository;
  board: BoardRepository;
  notifications: NotificationRepository;
  search: SearchRepository;
  attachments: AttachmentRepository;
  demo: DemoRepository;
}

/** A proposal of the process hub, as the exchange needs it: to link threads and to search it. */
export interface CataloguedProposal {
  id: string;
  code: string;
  texts: { language: Language; title: string; body: string }[];
}

/**
 * What the exchange needs from the process hub's proposals, adapted in the server's module glue so the
 * exchange never depends on the hub's service shapes (being refactored) nor its tables.
 */
export interface ProposalCatalogue {
  find(id: string): Promise<CataloguedProposal | null>;
  list(): Promise<CataloguedProposal[]>;
}

/** An instrument of the global assessment, as a thread's page names it. */
export interface CataloguedInstrument {
  slug: string;
  title: string;
  shortTitle: string | null;
}

/**
 * What the exchange needs from the instruments module: to check and name the instruments a thread is
 * linked to. Adapted in the server's module glue from the instruments' catalogue service (never its
 * tables); only published instruments are found.
 */
export interface InstrumentCatalogue {
  find(slug: string): Promise<CataloguedInstrument | null>;
}

/** No instruments module: nothing can be linked. */
export const NO_INSTRUMENTS: InstrumentCatalogue = { find: async () => null };

/** A signed-in account as the exchange needs it: to notify it and to resolve `@email` mentions. */
export interface Account {
  userId: string;
  email: string;
  countryIso3: string | null;
}

/** Accounts (platform) and the focal points of each country (process hub), adapted in the glue. */
export interface FocalPointDirectory {
  account(userId: string): Promise<Account | null>;
  accountByEmail(email: string): Promise<Account | null>;
  /** The accounts that act for a country's focal point. */
  focalPointsOf(countryIso3: string): Promise<Account[]>;
}

/** What sends one e-mail: SMTP in production, a folder of files without SMTP, a fake in tests. */
export type { MailTransport } from '@strata/platform';
