import { type Actor, can, isLanguage, type Language, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { SearchHit } from '../domain/model.ts';
import { ITEM_KINDS, type ItemKind, isOneOf } from '../domain/vocabulary.ts';
import type { ExchangeRepos, ProposalCatalogue } from './ports.ts';

export interface SearchInput {
  q: string;
  kinds?: string[];
  languages?: string[];
  stage?: string;
  theme?: string;
  country?: string;
  limit?: number;
}

/** Search across threads, cases, needs, offers, proposals and documents, in six languages. */
export class SearchService {
  constructor(
    private readonly work: UnitOfWork<ExchangeRepos>,
    private readonly proposals: ProposalCatalogue,
  ) {}

  async search(actor: Actor | null, input: SearchInput): Promise<SearchHit[]> {
    const q = input.q.trim();
    if (q.length < 2 || q.length > 200)
      throw new ValidationError('The query is 2 to 200 characters.', [
        { path: 'q', message: '2–200 characters' },
      ]);
    const kinds = (input.kinds ?? []).filter((k): k is ItemKind => isOneOf(ITEM_KINDS, k));
    const languages = (input.languages ?? []).filter((l): l is Language => isLanguage(l));
    return this.work.read.search.search({
      text: q,
      kinds,
      languages,
      stage: input.stage,
      theme: input.theme,
      countryIso3: input.country,
      includeMembersOnly: can(actor, 'exchange.space.read_members'),
      limit: Math.min(Math.max(input.limit ?? 20, 1), 100),
    });
  }

  /** Gives items indexed by an earlier version their duplicate-check bands and lexicon words. */
  async backfillIndex(): Promise<number> {
    return this.work.run((repos) => repos.search.backfill());
  }

  /** Indexes the process hub's proposals (every language version) so the search finds them too. */
  async indexProposals(): Promise<number> {
    const proposals = await this.proposals.list();
    let n = 0;
    await this.work.run(async (repos) => {
      for (const p of proposals) {
        for (const t of p.texts) {
          await repos.search.upsert({
            kind: 'proposal',
            itemId: p.id,
            language: t.language,
            title: `${p.code} ${t.title}`,
            body: t.body,
            membersOnly: false,
            stage: null,
            theme: null,
            countryIso3: null,
          });
          n += 1;
        }
      }
    });
    return n;
  }
}
