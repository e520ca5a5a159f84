import { createUnitOfWork, type Database } from '@strata/db';
import {
  AttachmentRepository,
  BoardRepository,
  DemoRepository,
  ForumRepository,
  LibraryRepository,
  NotificationRepository,
  SearchRepository,
} from './repository/index.ts';
import { AttachmentService } from './service/attachment-service.ts';
import { BoardService } from './service/board-service.ts';
import { DemoService } from './service/demo-service.ts';
import { DuplicateService } from './service/duplicate-service.ts';
import { ForumService } from './service/forum-service.ts';
import { LibraryService } from './service/library-service.ts';
import { NotificationService } from './service/notification-service.ts';
import {
  type ExchangeRepos,
  type FocalPointDirectory,
  type InstrumentCatalogue,
  NO_INSTRUMENTS,
  type ProposalCatalogue,
} from './service/ports.ts';
import { SearchService } from './service/search-service.ts';

export * from './domain/index.ts';
export { type DrainResult, OutboxSender, type OutboxSenderOptions } from './mail/sender.ts';
export { folderTransport, mailTransportFor, mailTransportFromEnv, smtpTransport } from './mail/transports.ts';
export { exchangeMigrations } from './migrations.ts';
export * from './presenters/csv.ts';
export type { BoardFilter, CaseFilter, DemoRemoval } from './repository/index.ts';
export * from './seed.ts';
export type { NewNeedInput, NewOfferInput, Saved } from './service/board-service.ts';
export type { DraftItem, DuplicateReport, NearDuplicate } from './service/duplicate-service.ts';
export type { ModerationInput, NewThreadInput, ThreadLinks } from './service/forum-service.ts';
export type { CaseTexts, NewCaseInput } from './service/library-service.ts';
export { RETRY_DELAYS_MS } from './service/notification-service.ts';
export type * from './service/ports.ts';
export type { SearchInput } from './service/search-service.ts';

/** The exchange's services, built on one unit of work. */
export interface ExchangeServices {
  forum: ForumService;
  library: LibraryService;
  board: BoardService;
  duplicates: DuplicateService;
  search: SearchService;
  notifications: NotificationService;
  attachments: AttachmentService;
  demo: DemoService;
}

export interface ExchangeOptions {
  /** The process hub's proposals, adapted to what the exchange needs. */
  proposals: ProposalCatalogue;
  /** The instruments module's catalogue, adapted (threads link to instruments); none when absent. */
  instruments?: InstrumentCatalogue;
  /** Accounts and the focal points of each country. */
  directory: FocalPointDirectory;
  /** Base address of the web app, for links in e-mails. */
  publicUrl?: string;
  now?: () => Date;
}

/**
 * Builds the knowledge-exchange services on one database.
 *
 * @example const exchange = createExchangeServices(db, { proposals, directory });
 */
export function createExchangeServices(db: Database, options: ExchangeOptions): ExchangeServices {
  const work = createUnitOfWork<ExchangeRepos>(db, (ex) => ({
    forum: new ForumRepository(ex),
    library: new LibraryRepository(ex),
    board: new BoardRepository(ex),
    notifications: new NotificationRepository(ex),
    search: new SearchRepository(ex),
    attachments: new AttachmentRepository(ex),
    demo: new DemoRepository(ex),
  }));
  const now = options.now ?? (() => new Date());
  const notifications = new NotificationService(work, options.directory, {
    publicUrl: options.publicUrl ?? 'http://localhost:8080',
    now,
  });
  const duplicates = new DuplicateService(work);
  const forum = new ForumService(
    work,
    duplicates,
    notifications,
    options.directory,
    options.proposals,
    options.instruments ?? NO_INSTRUMENTS,
    now,
  );
  const library = new LibraryService(work, duplicates, now);
  return {
    forum,
    library,
    board: new BoardService(work, duplicates, notifications, options.directory, now),
    duplicates,
    search: new SearchService(work, options.proposals),
    notifications,
    attachments: new AttachmentService(work, forum, library, now),
    demo: new DemoService(work),
  };
}
