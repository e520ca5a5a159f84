import {
  type Actor,
  authorize,
  ConflictError,
  can,
  type FieldIssue,
  findCountry,
  isLanguage,
  LANGUAGES,
  type Language,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { CaseContact, CaseVersion, GoodPracticeCase } from '../domain/model.ts';
import { caseDocument } from '../domain/search-documents.ts';
import { isOneOf, STAGES, type Stage, THEMES, type Theme } from '../domain/vocabulary.ts';
import type { DuplicateReport, DuplicateService } from './duplicate-service.ts';
import type { ExchangeRepos } from './ports.ts';

export interface CaseTexts {
  title: string;
  problem: string;
  actions: string;
  results: string;
  costs?: string;
  replicability?: string;
  contacts?: CaseContact[];
  documents?: { title: string; url: string }[];
}
export interface NewCaseInput extends CaseTexts {
  countryIso3: string;
  stage: Stage;
  theme: Theme;
  language: Language;
  demo?: boolean;
}

function checkTexts(t: CaseTexts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of ['title', 'problem', 'actions', 'results'] as const) {
    if (!t[key]?.trim()) issues.push({ path: key, message: 'required' });
    else if (t[key].length > 20000) issues.push({ path: key, message: 'at most 20000 characters' });
  }
  (t.documents ?? []).forEach((d, i) => {
    if (!/^https?:\/\//.test(d.url))
      issues.push({ path: `documents.${i}.url`, message: 'an http(s) address' });
  });
  return issues;
}

/**
 * The good-practice library: a country's focal point records a case (saved as a draft, with versions),
 * submits it; the secretariat publishes or returns it. The public reads published cases, without contacts.
 */
export class LibraryService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly duplicates: DuplicateService,
    private readonly now: () => Date,
  ) {}

  /** Hides what the actor may not see: contacts from all but focal points and the secretariat. */
  private present(actor: Actor | null, c: GoodPracticeCase): GoodPracticeCase {
    if (can(actor, 'exchange.case.read_contacts')) return c;
    const { contacts: _hidden, ...current } = c.current;
    return { ...c, current };
  }
  private mayReadUnpublished(actor: Actor | null, c: GoodPracticeCase) {
    return can(actor, 'exchange.case.read_unpublished', { countryIso3: c.countryIso3 });
  }

  /** Published cases for everyone, plus a focal point's own country's drafts (all drafts for the secretariat). */
  async list(
    actor: Actor | null,
    filter: { countryIso3?: string; theme?: string; stage?: string; status?: string } = {},
  ) {
    const rows = await this.work.read.library.list({
      countryIso3: filter.countryIso3,
      theme: filter.theme,
      stage: filter.stage,
      status: filter.status as GoodPracticeCase['status'] | undefined,
    });
    return rows
      .filter((c) => c.status === 'published' || this.mayReadUnpublished(actor, c))
      .map((c) => this.present(actor, c));
  }

  async get(actor: Actor | null, id: string) {
    const c = await this.work.read.library.find(id);
    if (!c || (c.status !== 'published' && !this.mayReadUnpublished(actor, c)))
      throw new NotFoundError(`Case ${id}`);
    const versions = await this.work.read.library.versions(id);
    const withContacts = can(actor, 'exchange.case.read_contacts');
    return {
      ...this.present(actor, c),
      mergedFrom: await this.work.read.library.mergedFrom(id),
      versions: versions.map((v) => {
        if (withContacts) return v;
        const { contacts: _hidden, ...rest } = v;
        return rest;
      }),
    };
  }

  async create(
    actor: Actor | null,
    input: NewCaseInput,
  ): Promise<{ case: GoodPracticeCase; duplicates: DuplicateReport }> {
    authorize(actor, 'exchange.case.create', { countryIso3: input.countryIso3 });
    const issues = checkTexts(input);
    if (!findCountry(input.countryIso3))
      issues.push({ path: 'countryIso3', message: 'an ISO 3166 alpha-3 code' });
    if (!isOneOf(STAGES, input.stage)) issues.push({ path: 'stage', message: STAGES.join(', ') });
    if (!isOneOf(THEMES, input.theme)) issues.push({ path: 'theme', message: THEMES.join(', ') });
    if (!isLanguage(input.language)) issues.push({ path: 'language', message: LANGUAGES.join(', ') });
    if (issues.length) throw new ValidationError('The case is not valid.', issues);
    const at = this.now().toISOString();
    const c: GoodPracticeCase = {
      id: newId(),
      countryIso3: input.countryIso3,
      stage: input.stage,
      theme: input.theme,
      language: input.language,
      status: 'draft',
      reviewNote: null,
      createdBy: actor.userId,
      mergedInto: null,
      demo: input.demo ?? false,
      createdAt: at,
      updatedAt: at,
      current: this.version(1, input, at),
    };
    return this.work.run(async (repos, tx) => {
      const duplicates = await this.duplicates.check({ ...caseDocument(c), kind: 'case' }, repos);
      await repos.library.insert(c, actor.userId);
      await tx.audit({
        actor,
        action: 'exchange.case.create',
        entity: 'exchange_case',
        entityId: c.id,
        before: null,
        after: c,
      });
      return { case: c, duplicates };
    });
  }

  private version(number: number, t: CaseTexts, at: string): CaseVersion {
    return {
      number,
      title: t.title.trim(),
      problem: t.problem.trim(),
      actions: t.actions.trim(),
      results: t.results.trim(),
      costs: t.costs?.trim() ?? '',
      replicability: t.replicability?.trim() ?? '',
      contacts: t.contacts ?? [],
      documents: t.documents ?? [],
      createdAt: at,
    };
  }

  /** Adds a version; a published case goes back to review (the published text stays until then). */
  async addVersion(actor: Actor | null, id: string, texts: CaseTexts) {
    const before = await this.work.read.library.find(id);
    if (!before) throw new NotFoundError(`Case ${id}`);
    authorize(actor, 'exchange.case.version', { countryIso3: before.countryIso3 });
    const issues = checkTexts(texts);
    if (issues.length) throw new ValidationError('The case is not valid.', issues);
    return this.work.run(async (repos, tx) => {
      await repos.library.addVersion(
        id,
        this.version(before.current.number + 1, texts, this.now().toISOString()),
        actor.userId,
      );
      if (before.status !== 'draft') await repos.library.setStatus(id, 'submitted', null);
      const after = (await repos.library.find(id)) as GoodPracticeCase;
      await tx.audit({
        actor,
        action: 'exchange.case.version',
        entity: 'exchange_case',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** The country submits its draft for review. */
  async submit(actor: Actor | null, id: string) {
    const before = await this.work.read.library.find(id);
    if (!before) throw new NotFoundError(`Case ${id}`);
    authorize(actor, 'exchange.case.version', { countryIso3: before.countryIso3 });
    if (before.status !== 'draft' && before.status !== 'returned')
      throw new ConflictError(`The case is ${before.status}.`);
    return this.setStatus(actor, before, 'submitted', null, 'exchange.case.version');
  }

  /** The secretariat publishes a submitted case or returns it with a note. */
  async review(
    actor: Actor | null,
    id: string,
    input: { decision: 'published' | 'returned'; note?: string | null },
  ) {
    authorize(actor, 'exchange.case.review');
    const before = await this.work.read.library.find(id);
    if (!before) throw new NotFoundError(`Case ${id}`);
    if (before.status !== 'submitted')
      throw new ConflictError(`Only a submitted case is reviewed; this one is ${before.status}.`);
    if (input.decision === 'returned' && !input.note?.trim())
      throw new ValidationError('Returning a case needs a note.', [{ path: 'note', message: 'required' }]);
    return this.setStatus(actor, before, input.decision, input.note?.trim() || null, 'exchange.case.review');
  }

  private setStatus(
    actor: Actor,
    before: GoodPracticeCase,
    status: GoodPracticeCase['status'],
    note: string | null,
    action: string,
  ) {
    return this.work.run(async (repos, tx) => {
      await repos.library.setStatus(before.id, status, note);
      const after = (await repos.library.find(before.id)) as GoodPracticeCase;
      await repos.search.upsert(caseDocument(after));
      await tx.audit({ actor, action, entity: 'exchange_case', entityId: before.id, before, after });
      return after;
    });
  }

  /**
   * Merges a duplicate case into another (secretariat). Both histories stay: the duplicate keeps its
   * versions and review notes under its id, marked merged into the kept case, which lists it in
   * `mergedFrom`; the duplicate leaves the library and the search, and its files move to the kept case.
   */
  async merge(actor: Actor | null, duplicateId: string, intoId: string) {
    authorize(actor, 'exchange.duplicate.merge');
    if (duplicateId === intoId)
      throw new ValidationError('An item cannot be merged into itself.', [
        { path: 'intoId', message: 'another item' },
      ]);
    return this.work.run(async (repos, tx) => {
      const [dup, into] = await Promise.all([repos.library.find(duplicateId), repos.library.find(intoId)]);
      if (!dup || !into) throw new NotFoundError(`Case ${dup ? intoId : duplicateId}`);
      if (dup.mergedInto !== null || into.mergedInto !== null)
        throw new ConflictError('A case already merged into another cannot be merged again.');
      await repos.library.markMerged(duplicateId, intoId);
      await repos.attachments.moveOwner('case', duplicateId, intoId);
      await repos.search.remove('case', duplicateId);
      await tx.audit({
        actor,
        action: 'exchange.duplicate.merge',
        entity: 'exchange_case',
        entityId: duplicateId,
        before: dup,
        after: { ...dup, mergedInto: intoId },
      });
      return { merged: duplicateId, into: intoId };
    });
  }
}
