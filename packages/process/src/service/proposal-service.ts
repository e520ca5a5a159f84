import {
  type Actor,
  authorize,
  ConflictError,
  type FieldIssue,
  findCountry,
  isLanguage,
  LANGUAGES,
  type Language,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import { summariseEndorsements } from '../domain/consensus.ts';
import { currentPositions, type EndorsementKind } from '../domain/endorsement-state.ts';
import { lineageOf, mergeEdges, splitEdges } from '../domain/lineage.ts';
import { type DiffPart, diffStats, diffWords } from '../domain/text-diff.ts';
import type { ProcessRepositories, ProcessWork } from '../repository/repositories.ts';
import type { ClusterTranslations } from '../repository/tables.ts';
import { processIdOf } from './process-id.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function checkTexts(texts: ProposalText[], path = 'texts'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (texts.length === 0) issues.push({ path, message: 'at least one language' });
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (!isLanguage(t.language))
      issues.push({ path: `${path}.${i}.language`, message: LANGUAGES.join(', ') });
    if (seen.has(t.language)) issues.push({ path: `${path}.${i}.language`, message: 'given twice' });
    seen.add(t.language);
    if (!t.title.trim()) issues.push({ path: `${path}.${i}.title`, message: 'required' });
    if (!t.body.trim()) issues.push({ path: `${path}.${i}.body`, message: 'required' });
  });
  if (texts.length > 0 && !texts.some((t) => t.official))
    issues.push({ path, message: 'at least one language version must be official' });
  return issues;
}

import {
  type AmendmentView,
  type NewProposalInput,
  ORIGIN_KINDS,
  type OriginKind,
  type ProposalDetail,
  type ProposalText,
  type ProposalView,
  type VersionView,
} from './proposal-views.ts';

/** Proposals with versions, amendments, merges and splits, each listed with its endorsement summary. */
export class ProposalService {
  constructor(
    private readonly work: ProcessWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listClusters(processIdOrSlug: string) {
    const rows = await this.work.read.proposals.listClusters(
      await processIdOf(this.work.read.processes, processIdOrSlug),
    );
    return rows.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      position: c.position,
      translations: c.translations,
    }));
  }

  /** Sets a cluster's name in other languages (replaces the previous set), with an audit row. */
  async setClusterTranslations(
    actor: Actor | null,
    processIdOrSlug: string,
    code: string,
    translations: ClusterTranslations,
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.proposal.create');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const before = (await this.work.read.proposals.listClusters(processId)).find((c) => c.code === code);
    if (!before) throw new NotFoundError(`Cluster ${code}`);
    return this.work.run(async (repos, tx) => {
      const after = await repos.proposals.updateClusterTranslations(before.id, translations);
      const entity = { entity: 'process_cluster', entityId: before.id };
      await tx.audit({ actor: actor ?? null, action: 'process.proposal.create', ...entity, before, after });
      return after;
    });
  }

  async createCluster(
    actor: Actor | null,
    processIdOrSlug: string,
    input: { code: string; name: string; position: number; translations?: ClusterTranslations },
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.proposal.create');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    return this.work.run(async (repos, tx) => {
      const row = await repos.proposals.insertCluster({
        id: newId(),
        process_id: processId,
        ...input,
        translations: input.translations ?? {},
      });
      await tx.audit({
        actor: actor ?? null,
        action: 'process.proposal.create',
        entity: 'process_cluster',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  /** All proposals of a process with their current version and endorsement summary. */
  async listProposals(
    processIdOrSlug: string,
    filter: { status?: string; clusterCode?: string } = {},
  ): Promise<ProposalView[]> {
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const [rows, clusters] = await Promise.all([
      this.work.read.proposals.listProposals(processId),
      this.work.read.proposals.listClusters(processId),
    ]);
    const clusterCode = new Map(clusters.map((c) => [c.id, c.code]));
    const selected = rows.filter(
      (r) =>
        (!filter.status || r.status === filter.status) &&
        (!filter.clusterCode || clusterCode.get(r.cluster_id ?? '') === filter.clusterCode),
    );
    const versions = await this.work.read.proposals.versions(selected.map((r) => r.id));
    const latest = new Map<string, (typeof versions)[number]>();
    for (const v of versions) latest.set(v.proposal_id, v);
    const latestIds = [...latest.values()].map((v) => v.id);
    const [texts, records] = await Promise.all([
      this.work.read.proposals.texts(latestIds),
      this.work.read.proposals.positionRecords(latestIds),
    ]);
    const positions = currentPositions(
      records.map((r) => ({
        proposalVersionId: r.proposal_version_id,
        countryIso3: r.country_iso3.trim(),
        kind: r.kind as EndorsementKind,
        expressedAt: iso(r.expressed_at) as string,
        sequence: Number(r.seq),
      })),
    );
    return selected.flatMap((r) => {
      const v = latest.get(r.id);
      if (!v) return [];
      return [
        {
          id: r.id,
          processId: r.process_id,
          code: r.code,
          clusterId: r.cluster_id,
          clusterCode: r.cluster_id ? (clusterCode.get(r.cluster_id) ?? null) : null,
          originKind: r.origin_kind as OriginKind,
          originMeetingId: r.origin_meeting_id,
          originSubmissionId: r.origin_submission_id,
          status: r.status as ProposalView['status'],
          demo: r.demo,
          currentVersion: this.presentVersion(v, texts),
          endorsements: summariseEndorsements(positions.filter((p) => p.proposalVersionId === v.id)),
        },
      ];
    });
  }

  private presentVersion(
    v: { id: string; number: number; note: string | null; created_at: Date },
    texts: { version_id: string; language: string; title: string; body: string; official: boolean }[],
  ): VersionView {
    return {
      id: v.id,
      number: v.number,
      note: v.note,
      createdAt: iso(v.created_at) as string,
      texts: texts
        .filter((t) => t.version_id === v.id)
        .sort((a, b) => LANGUAGES.indexOf(a.language as Language) - LANGUAGES.indexOf(b.language as Language))
        .map((t) => ({
          language: t.language as Language,
          title: t.title,
          body: t.body,
          official: t.official,
        })),
    };
  }

  /** One proposal with every version, its lineage and its amendments. */
  async getProposal(id: string): Promise<ProposalDetail> {
    const row = await this.work.read.proposals.findProposal(id);
    if (!row) throw new NotFoundError(`Proposal ${id}`);
    const view = (await this.listProposals(row.process_id)).find((p) => p.id === id);
    if (!view) throw new NotFoundError(`Proposal ${id}`);
    const versions = await this.work.read.proposals.versions([id]);
    const texts = await this.work.read.proposals.texts(versions.map((v) => v.id));
    const edges = (await this.work.read.proposals.lineage(row.process_id)).map((e) => ({
      parentId: e.parent_id,
      childId: e.child_id,
      kind: e.kind as 'merge' | 'split',
    }));
    const lineage = lineageOf(id, edges);
    const related = new Set([id, ...lineage.ancestors, ...lineage.descendants]);
    return {
      ...view,
      versions: versions.map((v) => this.presentVersion(v, texts)),
      lineage: { ...lineage, edges: edges.filter((e) => related.has(e.parentId) && related.has(e.childId)) },
      amendments: (await this.work.read.proposals.amendments(id)).map((a) => ({
        id: a.id,
        versionId: a.version_id,
        countryIso3: a.country_iso3.trim(),
        language: a.language,
        proposedBody: a.proposed_body,
        rationale: a.rationale,
        status: a.status as AmendmentView['status'],
        handling: a.handling,
        resultVersionId: a.result_version_id,
        onBehalf: a.on_behalf,
        proposedAt: iso(a.proposed_at) as string,
        handledAt: iso(a.handled_at),
      })),
    };
  }

  async createProposal(
    actor: Actor | null,
    processIdOrSlug: string,
    input: NewProposalInput,
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.proposal.create');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const issues = checkTexts(input.texts);
    if (!/^[A-Za-z0-9._-]{1,30}$/.test(input.code))
      issues.push({ path: 'code', message: 'letters, digits, . _ - (≤ 30)' });
    if (!ORIGIN_KINDS.includes(input.originKind))
      issues.push({ path: 'originKind', message: ORIGIN_KINDS.join(', ') });
    const cluster = input.clusterCode
      ? (await this.work.read.proposals.listClusters(processId)).find((c) => c.code === input.clusterCode)
      : undefined;
    if (input.clusterCode && !cluster)
      issues.push({ path: 'clusterCode', message: 'no such cluster in this process' });
    if (input.originMeetingId) {
      const m = await this.work.read.processes.findMeeting(input.originMeetingId);
      if (m?.process_id !== processId)
        issues.push({ path: 'originMeetingId', message: 'no such meeting in this process' });
    }
    if (
      input.originSubmissionId &&
      !(await this.work.read.processes.findSubmission(input.originSubmissionId))
    )
      issues.push({ path: 'originSubmissionId', message: 'no such submission' });
    if (issues.length) throw new ValidationError('The proposal is not valid.', issues);
    if (await this.work.read.proposals.findProposalByCode(processId, input.code))
      throw new ConflictError(`Proposal ${input.code} exists already.`);
    const id = await this.work.run(async (repos, tx) => {
      const row = await this.insertProposalWithVersion(
        repos,
        actor,
        processId,
        { ...input, clusterId: cluster?.id ?? null },
        input.note ?? 'created',
      );
      await tx.audit({
        actor: actor ?? null,
        action: 'process.proposal.create',
        entity: 'process_proposal',
        entityId: row.id,
        before: null,
        after: { ...row, texts: input.texts },
      });
      return row.id;
    });
    return this.getProposal(id);
  }

  private async insertProposalWithVersion(
    repos: ProcessRepositories,
    actor: Actor | null,
    processId: string,
    input: NewProposalInput & { clusterId: string | null },
    note: string,
  ) {
    const row = await repos.proposals.insertProposal({
      id: newId(),
      process_id: processId,
      code: input.code,
      cluster_id: input.clusterId,
      origin_kind: input.originKind,
      origin_meeting_id: input.originMeetingId ?? null,
      origin_submission_id: input.originSubmissionId ?? null,
      status: 'active',
      demo: input.demo ?? false,
    });
    await repos.proposals.insertVersion(
      { id: newId(), proposal_id: row.id, number: 1, note, created_by: actor?.userId ?? null },
      input.texts,
    );
    return row;
  }

  /**
   * Finds proposal versions by proposal code and version number (null: the current version), for imports
   * that name versions the way people do. Each reference gets its version id, or the reason it has none.
   */
  async resolveVersions(
    processIdOrSlug: string,
    refs: readonly { proposalCode: string; versionNumber: number | null }[],
  ): Promise<({ versionId: string } | { problem: string })[]> {
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const codes = new Set(refs.map((r) => r.proposalCode));
    const proposals = (await this.work.read.proposals.listProposals(processId)).filter((p) =>
      codes.has(p.code),
    );
    const byCode = new Map(proposals.map((p) => [p.code, p.id]));
    // Oldest first per proposal: the last one is the current version.
    const versions = await this.work.read.proposals.versions(proposals.map((p) => p.id));
    return refs.map((r) => {
      const proposalId = byCode.get(r.proposalCode);
      if (!proposalId) return { problem: `no proposal ${r.proposalCode} in ${processIdOrSlug}` };
      const own = versions.filter((v) => v.proposal_id === proposalId);
      const v = r.versionNumber === null ? own.at(-1) : own.find((x) => x.number === r.versionNumber);
      return v ? { versionId: v.id } : { problem: `${r.proposalCode} has no version ${r.versionNumber}` };
    });
  }

  /** Adds a new version (the co-chairs streamlining or refining the text). */
  async addVersion(
    actor: Actor | null,
    proposalId: string,
    input: { texts: ProposalText[]; note?: string | null },
    options: { system?: boolean } = {},
  ) {
    if (!options.system) authorize(actor, 'process.proposal.version');
    const issues = checkTexts(input.texts);
    if (issues.length) throw new ValidationError('The version is not valid.', issues);
    const p = await this.work.read.proposals.findProposal(proposalId);
    if (!p) throw new NotFoundError(`Proposal ${proposalId}`);
    if (p.status !== 'active')
      throw new ConflictError(`The proposal is ${p.status}; only an active one gets new versions.`);
    const versions = await this.work.read.proposals.versions([proposalId]);
    await this.work.run(async (repos, tx) => {
      const v = await repos.proposals.insertVersion(
        {
          id: newId(),
          proposal_id: proposalId,
          number: versions.length + 1,
          note: input.note ?? null,
          created_by: actor?.userId ?? null,
        },
        input.texts,
      );
      await tx.audit({
        actor: actor ?? null,
        action: 'process.proposal.version',
        entity: 'process_proposal_version',
        entityId: v.id,
        before: null,
        after: { ...v, texts: input.texts },
      });
    });
    return this.getProposal(proposalId);
  }

  /** A readable word-level diff between two versions of a proposal, in one language. */
  async diff(proposalId: string, fromNumber: number, toNumber: number, language: Language) {
    const versions = await this.work.read.proposals.versions([proposalId]);
    const from = versions.find((v) => v.number === fromNumber);
    const to = versions.find((v) => v.number === toNumber);
    if (!from || !to)
      throw new NotFoundError(`Version ${!from ? fromNumber : toNumber} of proposal ${proposalId}`);
    const texts = await this.work.read.proposals.texts([from.id, to.id]);
    const a = texts.find((t) => t.version_id === from.id && t.language === language);
    const b = texts.find((t) => t.version_id === to.id && t.language === language);
    if (!a || !b) throw new NotFoundError(`The ${language} text of both versions`);
    const title: DiffPart[] = diffWords(a.title, b.title);
    const body: DiffPart[] = diffWords(a.body, b.body);
    return { from: fromNumber, to: toNumber, language, title, body, stats: diffStats(body) };
  }

  /** A state proposes an amendment to the current version (its focal point, or the secretariat for it). */
  async proposeAmendment(
    actor: Actor | null,
    proposalId: string,
    input: { countryIso3: string; language: Language; proposedBody: string; rationale?: string | null },
  ) {
    const country = findCountry(input.countryIso3);
    if (!country)
      throw new ValidationError('Unknown country.', [
        { path: 'countryIso3', message: 'not a UN State code' },
      ]);
    authorize(actor, 'process.amendment.propose', { countryIso3: country.iso3 });
    const p = await this.getProposal(proposalId);
    if (p.status !== 'active') throw new ConflictError(`The proposal is ${p.status}.`);
    if (!isLanguage(input.language))
      throw new ValidationError('Unknown language.', [{ path: 'language', message: LANGUAGES.join(', ') }]);
    if (!input.proposedBody.trim())
      throw new ValidationError('The amended text is empty.', [
        { path: 'proposedBody', message: 'required' },
      ]);
    if (!p.currentVersion.texts.some((t) => t.language === input.language))
      throw new ValidationError('The current version has no text in that language.', [
        { path: 'language', message: 'no such text' },
      ]);
    return this.work.run(async (repos, tx) => {
      const row = await repos.proposals.insertAmendment({
        id: newId(),
        proposal_id: proposalId,
        version_id: p.currentVersion.id,
        country_iso3: country.iso3,
        language: input.language,
        proposed_body: input.proposedBody,
        rationale: input.rationale ?? null,
        status: 'proposed',
        proposed_by: actor.userId,
        on_behalf: actor.role === 'secretariat',
      });
      await tx.audit({
        actor,
        action: 'process.amendment.propose',
        entity: 'process_amendment',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row.id;
    });
  }

  /**
   * The co-chairs record their handling of an amendment and accept or reject it. Accepting merges it into
   * a new version: the amended language gets the proposed text (official), other languages are carried
   * over and marked unofficial until re-translated.
   */
  async handleAmendment(
    actor: Actor | null,
    amendmentId: string,
    input: { decision: 'accepted' | 'rejected'; handling: string },
  ) {
    authorize(actor, 'process.amendment.handle');
    const a = await this.work.read.proposals.findAmendment(amendmentId);
    if (!a) throw new NotFoundError(`Amendment ${amendmentId}`);
    if (a.status !== 'proposed') throw new ConflictError(`The amendment is ${a.status} already.`);
    if (!input.handling.trim())
      throw new ValidationError('Say how the amendment was handled.', [
        { path: 'handling', message: 'required' },
      ]);
    const p = await this.getProposal(a.proposal_id);
    if (input.decision === 'accepted' && p.currentVersion.id !== a.version_id)
      throw new ConflictError(
        'The proposal has a newer version than the one amended; propose the amendment again on it.',
      );
    await this.work.run(async (repos, tx) => {
      let resultVersionId: string | null = null;
      if (input.decision === 'accepted') {
        const texts = p.currentVersion.texts.map((t) =>
          t.language === a.language
            ? { ...t, body: a.proposed_body, official: true }
            : { ...t, official: false },
        );
        const v = await repos.proposals.insertVersion(
          {
            id: newId(),
            proposal_id: a.proposal_id,
            number: p.versions.length + 1,
            note: `amendment by ${a.country_iso3.trim()} accepted: ${input.handling.trim()}`,
            created_by: actor.userId,
          },
          texts,
        );
        resultVersionId = v.id;
      }
      const after = await repos.proposals.handleAmendment(amendmentId, {
        status: input.decision,
        handling: input.handling.trim(),
        result_version_id: resultVersionId,
        handled_at: this.now(),
      });
      if (!after) throw new ConflictError('The amendment was handled meanwhile.');
      await tx.audit({
        actor,
        action: 'process.amendment.handle',
        entity: 'process_amendment',
        entityId: amendmentId,
        before: a,
        after,
      });
    });
    return this.getProposal(a.proposal_id);
  }

  /** Merges two or more active proposals into a new one; the parents become `merged`, lineage kept. */
  async merge(
    actor: Actor | null,
    processIdOrSlug: string,
    input: { parentIds: string[] } & Omit<NewProposalInput, 'originKind'>,
  ) {
    authorize(actor, 'process.proposal.merge');
    const processId = await processIdOf(this.work.read.processes, processIdOrSlug);
    const parents = await Promise.all(input.parentIds.map((id) => this.work.read.proposals.findProposal(id)));
    for (const [i, p] of parents.entries()) {
      if (!p || p.process_id !== processId) throw new NotFoundError(`Proposal ${input.parentIds[i]}`);
      if (p.status !== 'active')
        throw new ConflictError(`Proposal ${p.code} is ${p.status}; only active proposals merge.`);
    }
    const issues = checkTexts(input.texts);
    if (issues.length) throw new ValidationError('The merged proposal is not valid.', issues);
    const cluster = input.clusterCode
      ? (await this.work.read.proposals.listClusters(processId)).find((c) => c.code === input.clusterCode)
      : undefined;
    if (await this.work.read.proposals.findProposalByCode(processId, input.code))
      throw new ConflictError(`Proposal ${input.code} exists already.`);
    const id = await this.work.run(async (repos, tx) => {
      const child = await this.insertProposalWithVersion(
        repos,
        actor,
        processId,
        { ...input, originKind: 'merge', clusterId: cluster?.id ?? parents[0]?.cluster_id ?? null },
        `merged from ${parents.map((p) => p?.code).join(', ')}`,
      );
      let edges: ReturnType<typeof mergeEdges>;
      try {
        edges = mergeEdges(input.parentIds, child.id);
      } catch (e) {
        throw new ValidationError((e as Error).message, [
          { path: 'parentIds', message: (e as Error).message },
        ]);
      }
      await repos.proposals.insertLineage(
        edges.map((e) => ({ parent_id: e.parentId, child_id: e.childId, kind: e.kind })),
      );
      for (const p of input.parentIds) await repos.proposals.setProposalStatus(p, 'merged');
      await tx.audit({
        actor,
        action: 'process.proposal.merge',
        entity: 'process_proposal',
        entityId: child.id,
        before: parents,
        after: { ...child, texts: input.texts },
      });
      return child.id;
    });
    return this.getProposal(id);
  }

  /** Splits an active proposal into two or more new ones; the parent becomes `split`, lineage kept. */
  async split(actor: Actor | null, proposalId: string, children: Omit<NewProposalInput, 'originKind'>[]) {
    authorize(actor, 'process.proposal.split');
    const parent = await this.work.read.proposals.findProposal(proposalId);
    if (!parent) throw new NotFoundError(`Proposal ${proposalId}`);
    if (parent.status !== 'active') throw new ConflictError(`Proposal ${parent.code} is ${parent.status}.`);
    if (children.length < 2)
      throw new ValidationError('A split needs at least two resulting proposals.', [
        { path: 'children', message: 'two or more' },
      ]);
    const issues = children.flatMap((c, i) => checkTexts(c.texts, `children.${i}.texts`));
    if (issues.length) throw new ValidationError('The split is not valid.', issues);
    for (const c of children)
      if (await this.work.read.proposals.findProposalByCode(parent.process_id, c.code))
        throw new ConflictError(`Proposal ${c.code} exists already.`);
    const clusters = await this.work.read.proposals.listClusters(parent.process_id);
    const ids = await this.work.run(async (repos, tx) => {
      const made: string[] = [];
      for (const c of children) {
        const cluster = c.clusterCode ? clusters.find((x) => x.code === c.clusterCode) : undefined;
        const row = await this.insertProposalWithVersion(
          repos,
          actor,
          parent.process_id,
          { ...c, originKind: 'split', clusterId: cluster?.id ?? parent.cluster_id },
          `split from ${parent.code}`,
        );
        made.push(row.id);
      }
      const edges = splitEdges(proposalId, made);
      await repos.proposals.insertLineage(
        edges.map((e) => ({ parent_id: e.parentId, child_id: e.childId, kind: e.kind })),
      );
      await repos.proposals.setProposalStatus(proposalId, 'split');
      await tx.audit({
        actor,
        action: 'process.proposal.split',
        entity: 'process_proposal',
        entityId: proposalId,
        before: parent,
        after: { children: made },
      });
      return made;
    });
    return Promise.all(ids.map((id) => this.getProposal(id)));
  }
}
