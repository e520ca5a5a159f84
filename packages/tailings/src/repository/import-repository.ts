import type { Executor } from '@strata/db';

/** One registry file import, as the import log keeps it. */
export interface ImportLogEntry {
  id: string;
  format: string;
  fileName: string | null;
  fileSha256: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  actorId: string | null;
}

/** The log of registry file imports (which file, by whom, with what counts). */
export class ImportRepository {
  constructor(private readonly db: Executor) {}

  /** Whether a file with this SHA-256 was imported before. */
  async seen(sha256: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('tailings_import')
      .select('id')
      .where('file_sha256', '=', sha256)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(entry: ImportLogEntry): Promise<void> {
    await this.db
      .insertInto('tailings_import')
      .values({
        id: entry.id,
        format: entry.format,
        file_name: entry.fileName,
        file_sha256: entry.fileSha256,
        created: entry.created,
        updated: entry.updated,
        unchanged: entry.unchanged,
        rejected: entry.rejected,
        actor_id: entry.actorId,
      })
      .execute();
  }
}
