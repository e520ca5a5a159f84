import {
  type Actor,
  authorize,
  ConflictError,
  checkUpload,
  NotFoundError,
  newId,
  type Resource,
} from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { Attachment, AttachmentOwnerKind } from '../domain/model.ts';
import type { ForumService } from './forum-service.ts';
import type { LibraryService } from './library-service.ts';
import type { ExchangeRepos } from './ports.ts';

/**
 * Files attached to threads, replies and cases, under the platform's upload rules (core's
 * `checkUpload`: PDF, DOCX or XLSX judged from the bytes, at most 10 MiB, SHA-256 stored). Whoever may
 * read the thread or case may list and download its files; its author, a focal point of its country or
 * the secretariat may attach one.
 */
export class AttachmentService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly forum: ForumService,
    private readonly library: LibraryService,
    private readonly now: () => Date,
  ) {}

  /** The owner as the policy sees it, after checking the actor may read it (404 otherwise). */
  private async owner(
    actor: Actor | null,
    kind: AttachmentOwnerKind,
    id: string,
  ): Promise<{ resource: Resource; locked: string | null }> {
    if (kind === 'case') {
      const c = await this.library.get(actor, id);
      return { resource: { countryIso3: c.countryIso3 }, locked: null };
    }
    if (kind === 'thread') {
      const { thread } = await this.forum.getThread(actor, id);
      return {
        resource: { countryIso3: thread.countryIso3, ownerUserId: thread.authorId },
        locked: thread.lockedReason,
      };
    }
    const reply = await this.work.read.forum.findReply(id);
    if (!reply) throw new NotFoundError(`Reply ${id}`);
    const { thread, replies } = await this.forum.getThread(actor, reply.threadId);
    if (!replies.some((r) => r.id === id)) throw new NotFoundError(`Reply ${id}`);
    return {
      resource: { countryIso3: reply.countryIso3, ownerUserId: reply.authorId },
      locked: thread.lockedReason,
    };
  }

  async attach(
    actor: Actor | null,
    kind: AttachmentOwnerKind,
    ownerId: string,
    file: { name: string; bytes: Uint8Array },
    options: { demo?: boolean } = {},
  ): Promise<Attachment> {
    const { resource, locked } = await this.owner(actor, kind, ownerId);
    authorize(actor, 'exchange.attachment.create', resource);
    if (locked !== null) throw new ConflictError(`The thread is locked: ${locked}`);
    const upload = checkUpload(file, 'attachment');
    const attachment: Attachment = {
      id: newId(),
      ownerKind: kind,
      ownerId,
      name: upload.safeName,
      mediaType: upload.type.mediaType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
      createdBy: actor.userId,
      demo: options.demo ?? false,
      createdAt: this.now().toISOString(),
    };
    return this.work.run(async (repos, tx) => {
      await repos.attachments.insert(attachment, upload.bytes, newId());
      await tx.audit({
        actor,
        action: 'exchange.attachment.create',
        entity: 'exchange_attachment',
        entityId: attachment.id,
        before: null,
        after: attachment,
      });
      return attachment;
    });
  }

  /** A thread's files and those of its visible replies, or a case's files. */
  async list(actor: Actor | null, kind: 'thread' | 'case', ownerId: string): Promise<Attachment[]> {
    if (kind === 'case') {
      await this.owner(actor, 'case', ownerId);
      return this.work.read.attachments.list('case', [ownerId]);
    }
    const { replies } = await this.forum.getThread(actor, ownerId);
    return [
      ...(await this.work.read.attachments.list('thread', [ownerId])),
      ...(await this.work.read.attachments.list(
        'reply',
        replies.map((r) => r.id),
      )),
    ];
  }

  async download(actor: Actor | null, id: string): Promise<Attachment & { bytes: Uint8Array }> {
    const a = await this.work.read.attachments.find(id);
    if (!a) throw new NotFoundError(`Attachment ${id}`);
    await this.owner(actor, a.ownerKind, a.ownerId);
    const bytes = await this.work.read.attachments.bytes(id);
    if (!bytes) throw new NotFoundError(`Attachment ${id}`);
    return { ...a, bytes };
  }
}
