import type { Language } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import { compareForDuplicate, type DuplicateExplanation, featuresOfWords } from '../domain/duplicates.ts';
import type { Need, SearchDocument } from '../domain/model.ts';
import type { ItemKind } from '../domain/vocabulary.ts';
import { wordsOf } from '../domain/words.ts';
import type { ExchangeRepos } from './ports.ts';

/** An item about to be saved, as the duplicate check sees it. */
export interface DraftItem {
  kind: Exclude<ItemKind, 'proposal' | 'document'>;
  language: Language;
  title: string;
  body: string;
  stage: string | null;
  theme: string | null;
  countryIso3: string | null;
}

export interface NearDuplicate {
  kind: ItemKind;
  itemId: string;
  title: string;
  explanation: DuplicateExplanation;
}

export interface DuplicateReport {
  duplicates: NearDuplicate[];
  /** For a need: needs of the same country, theme and kind already served by a match. */
  servedNeeds: Need[];
}

/**
 * How many candidates are explained, those sharing the most MinHash bands with the draft first: a
 * reworded duplicate shares several of the 32 bands (6.6 expected at Jaccard 0.59), an unrelated text
 * on the same theme rarely more than one.
 */
const CANDIDATES = 10;

/** The filing dimensions the duplicate score compares, as `name:value`. */
export function dimensionsOf(item: Pick<SearchDocument, 'stage' | 'theme' | 'countryIso3'>): string[] {
  return [
    item.stage ? `stage:${item.stage}` : null,
    item.theme ? `theme:${item.theme}` : null,
    item.countryIso3 ? `country:${item.countryIso3}` : null,
  ].filter((d): d is string => d !== null);
}

/**
 * Before an offer, case, need or thread is saved: the near-duplicates already there (candidates sharing
 * MinHash bands with it in the search index, each explained by the domain's text and dimension comparison) and, for a need,
 * the needs already served.
 */
export class DuplicateService {
  constructor(private readonly work: UnitOfWork<ExchangeRepos>) {}

  async check(draft: DraftItem, repos: ExchangeRepos = this.work.read): Promise<DuplicateReport> {
    const text = `${draft.title}\n${draft.body}`;
    const candidates = await repos.search.similarTo(draft.kind, draft.language, text, CANDIDATES);
    const words = wordsOf(text, draft.language);
    const features = featuresOfWords(words, draft.language);
    const mine = { language: draft.language, text, dimensions: dimensionsOf(draft) };
    const duplicates = candidates
      .map((c) => ({
        kind: c.kind,
        itemId: c.itemId,
        title: c.title,
        explanation: compareForDuplicate(
          mine,
          { language: c.language, text: `${c.title}\n${c.body}`, dimensions: dimensionsOf(c) },
          features,
          words,
        ),
      }))
      .filter((d) => d.explanation.duplicate)
      .sort((a, b) => b.explanation.score - a.explanation.score);
    const servedNeeds =
      draft.kind === 'need' && draft.countryIso3 && draft.theme
        ? await repos.board.listNeeds({
            countryIso3: draft.countryIso3,
            theme: draft.theme,
            status: 'served',
          })
        : [];
    return { duplicates, servedNeeds };
  }
}
