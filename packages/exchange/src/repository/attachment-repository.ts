import { byteaAsBase64, byteaParam, type Executor, fromBase64 } from '@strata/db';
import type { Attachment, AttachmentOwnerKind } from '../domain/model.ts';
import { iso } from './rows.ts';
import './tables.ts';

const COLUMNS = [
  'a.id',
  'a.owner_kind',
  'a.owner_id',
  'a.created_by',
  'a.demo',
  'a.created_at',
  'f.sha256',
  'f.media_type',
  'f.size_bytes',
  'f.original_name',
] as const;

type Row = {
  id: string;
  owner_kind: string;
  owner_id: string;
  created_by: string | null;
  demo: boolean;
  created_at: Date;
  sha256: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
};

const toAttachment = (r: Row): Attachment => ({
  id: r.id,
  ownerKind: r.owner_kind as AttachmentOwnerKind,
  ownerId: r.owner_id,
  createdBy: r.created_by,
  demo: r.demo,
  createdAt: iso(r.created_at),
  sha256: r.sha256.trim(),
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  name: r.original_name,
});

/** Files attached to threads, replies and cases: the bytes apart, listed without them. */
export class AttachmentRepository {
  constructor(private readonly db: Executor) {}

  async insert(a: Attachment, bytes: Uint8Array, fileId: string): Promise<void> {
    await this.db
      .insertInto('exchange_file')
      .values({
        id: fileId,
        sha256: a.sha256,
        media_type: a.mediaType,
        size_bytes: a.sizeBytes,
        original_name: a.name,
        bytes: byteaParam(bytes),
      })
      .execute();
    await this.db
      .insertInto('exchange_attachment')
      .values({
        id: a.id,
        owner_kind: a.ownerKind,
        owner_id: a.ownerId,
        file_id: fileId,
        created_by: a.createdBy,
        demo: a.demo,
        created_at: a.createdAt,
      })
      .execute();
  }

  async list(kind: AttachmentOwnerKind, ownerIds: readonly string[]): Promise<Attachment[]> {
    if (ownerIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('exchange_attachment as a')
      .innerJoin('exchange_file as f', 'f.id', 'a.file_id')
      .select(COLUMNS)
      .where('a.owner_kind', '=', kind)
      .where('a.owner_id', 'in', ownerIds)
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
    return rows.map(toAttachment);
  }

  async find(id: string): Promise<Attachment | null> {
    const row = await this.db
      .selectFrom('exchange_attachment as a')
      .innerJoin('exchange_file as f', 'f.id', 'a.file_id')
      .select(COLUMNS)
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? toAttachment(row) : null;
  }

  async bytes(id: string): Promise<Uint8Array | null> {
    const row = await this.db
      .selectFrom('exchange_attachment as a')
      .innerJoin('exchange_file as f', 'f.id', 'a.file_id')
      .select(byteaAsBase64('f.bytes').as('bytes'))
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? fromBase64(row.bytes) : null;
  }

  /** Attachments of a merged duplicate follow it to the item it was merged into (the files stay the same). */
  async moveOwner(kind: AttachmentOwnerKind, fromId: string, toId: string): Promise<void> {
    await this.db
      .updateTable('exchange_attachment')
      .set({ owner_id: toId })
      .where('owner_kind', '=', kind)
      .where('owner_id', '=', fromId)
      .execute();
  }
}
