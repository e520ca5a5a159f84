import { isUuid } from '@strata/core';
import type { Executor } from '@strata/db';
import type { Insertable } from 'kysely';
import type {
  AmendmentRow,
  ClusterTranslations,
  EndorsementRow,
  ProposalRow,
  ProposalTextRow,
} from './tables.ts';

/** Rows of clusters, proposals, versions, texts, lineage, amendments and endorsements. */
export class ProposalRepository {
  constructor(private readonly db: Executor) {}
  async listClusters(processId: string) {
    return this.db
      .selectFrom('process_cluster')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('position')
      .execute();
  }
  async insertCluster(row: {
    id: string;
    process_id: string;
    code: string;
    name: string;
    position: number;
    translations: ClusterTranslations;
  }) {
    return this.db
      .insertInto('process_cluster')
      .values({ ...row, translations: JSON.stringify(row.translations) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async updateClusterTranslations(id: string, translations: ClusterTranslations) {
    return this.db
      .updateTable('process_cluster')
      .set({ translations: JSON.stringify(translations) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async listProposals(processId: string) {
    return this.db
      .selectFrom('process_proposal')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('code')
      .execute();
  }
  async findProposal(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_proposal').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async findProposalByCode(processId: string, code: string) {
    return this.db
      .selectFrom('process_proposal')
      .selectAll()
      .where('process_id', '=', processId)
      .where('code', '=', code)
      .executeTakeFirst();
  }
  async insertProposal(row: Omit<ProposalRow, 'created_at'>) {
    return this.db.insertInto('process_proposal').values(row).returningAll().executeTakeFirstOrThrow();
  }
  async setProposalStatus(id: string, status: string) {
    await this.db.updateTable('process_proposal').set({ status }).where('id', '=', id).execute();
  }

  /** Versions of the given proposals, oldest first. */
  async versions(proposalIds: string[]) {
    if (proposalIds.length === 0) return [];
    return this.db
      .selectFrom('process_proposal_version')
      .selectAll()
      .where('proposal_id', 'in', proposalIds)
      .orderBy('proposal_id')
      .orderBy('number')
      .execute();
  }
  async findVersion(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_proposal_version').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async versionsByIds(allIds: string[]) {
    const ids = allIds.filter(isUuid);
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('process_proposal_version')
      .innerJoin('process_proposal', 'process_proposal.id', 'process_proposal_version.proposal_id')
      .selectAll('process_proposal_version')
      .select(['process_proposal.code', 'process_proposal.process_id'])
      .where('process_proposal_version.id', 'in', ids)
      .execute();
  }
  async insertVersion(
    row: { id: string; proposal_id: string; number: number; note: string | null; created_by: string | null },
    texts: Omit<ProposalTextRow, 'version_id'>[],
  ) {
    const version = await this.db
      .insertInto('process_proposal_version')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (texts.length > 0)
      await this.db
        .insertInto('process_proposal_text')
        .values(texts.map((t) => ({ ...t, version_id: row.id })))
        .execute();
    return version;
  }
  async texts(versionIds: string[]) {
    if (versionIds.length === 0) return [];
    return this.db
      .selectFrom('process_proposal_text')
      .selectAll()
      .where('version_id', 'in', versionIds)
      .execute();
  }

  async lineage(processId: string) {
    return this.db
      .selectFrom('process_lineage')
      .innerJoin('process_proposal', 'process_proposal.id', 'process_lineage.child_id')
      .selectAll('process_lineage')
      .where('process_proposal.process_id', '=', processId)
      .execute();
  }
  async insertLineage(rows: { parent_id: string; child_id: string; kind: string }[]) {
    if (rows.length > 0) await this.db.insertInto('process_lineage').values(rows).execute();
  }

  async amendments(proposalId: string) {
    return this.db
      .selectFrom('process_amendment')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('proposed_at')
      .execute();
  }
  async findAmendment(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_amendment').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async insertAmendment(
    row: Omit<AmendmentRow, 'proposed_at' | 'handled_at' | 'handling' | 'result_version_id'>,
  ) {
    return this.db.insertInto('process_amendment').values(row).returningAll().executeTakeFirstOrThrow();
  }
  async handleAmendment(
    id: string,
    set: { status: string; handling: string; result_version_id: string | null; handled_at: Date },
  ) {
    return this.db
      .updateTable('process_amendment')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', 'proposed')
      .returningAll()
      .executeTakeFirst();
  }

  async insertEndorsement(row: Insertable<EndorsementRow>) {
    return this.db.insertInto('process_endorsement').values(row).returningAll().executeTakeFirstOrThrow();
  }
  /** Inserts many endorsement records, in chunks of 1,000 rows per statement. */
  async insertEndorsements(rows: Insertable<EndorsementRow>[]) {
    for (let i = 0; i < rows.length; i += 1000)
      await this.db
        .insertInto('process_endorsement')
        .values(rows.slice(i, i + 1000))
        .execute();
  }
  /** Only what the endorsement state needs, for summaries of many versions. */
  async positionRecords(versionIds: string[]) {
    if (versionIds.length === 0) return [];
    return this.db
      .selectFrom('process_endorsement')
      .select(['proposal_version_id', 'country_iso3', 'kind', 'expressed_at', 'seq'])
      .where('proposal_version_id', 'in', versionIds)
      .execute();
  }
  /** Endorsement records of a process (or of some versions), in recording order. */
  async endorsements(filter: { processId?: string; versionIds?: string[] }) {
    let q = this.db
      .selectFrom('process_endorsement')
      .innerJoin(
        'process_proposal_version',
        'process_proposal_version.id',
        'process_endorsement.proposal_version_id',
      )
      .innerJoin('process_proposal', 'process_proposal.id', 'process_proposal_version.proposal_id')
      .selectAll('process_endorsement')
      .select(['process_proposal.code', 'process_proposal_version.number as version_number']);
    if (filter.processId) q = q.where('process_proposal.process_id', '=', filter.processId);
    if (filter.versionIds)
      q = q.where(
        'process_endorsement.proposal_version_id',
        'in',
        filter.versionIds.length ? filter.versionIds : ['00000000-0000-0000-0000-000000000000'],
      );
    return q.orderBy('process_endorsement.seq').execute();
  }
}
