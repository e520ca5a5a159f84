import { LANGUAGES, type Language } from '@strata/core';
import type { Executor } from '@strata/db';
import { type RawBuilder, sql } from 'kysely';
import type { SearchDocument, SearchHit, SearchQuery } from '../domain/model.ts';
import { bandSalt, lexiconWords, textBands } from '../domain/signature.ts';
import type { ItemKind } from '../domain/vocabulary.ts';
import { indexableText, SEARCH_CONFIG, unsegmentSnippet } from '../domain/words.ts';
import './tables.ts';

interface SearchRowOut {
  item_kind: string;
  item_id: string;
  language: string;
  title: string;
  snippet: string;
  rank: number;
}

/** A PostgreSQL `integer[]` literal, bound as text and cast. */
const intArray = (xs: readonly number[]) => sql`${`{${xs.join(',')}}`}::integer[]`;

/** ts_headline options: matching words between <mark> tags, two short fragments. */
const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxWords=28, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "';
const cfg = (language: Language) => sql.lit(SEARCH_CONFIG[language]);

/**
 * Full-text search over every item kind in six languages, the same SQL on PGlite and PostgreSQL: each
 * document is indexed with its language's configuration (Chinese pre-split into words), queried with
 * `websearch_to_tsquery` in that configuration (one partial GIN index per language), ranked with
 * `ts_rank_cd` and excerpted with `ts_headline`; when that finds fewer than asked, the indexed words that
 * resemble the query's by pg_trgm similarity are searched in turn (misspellings, other forms of a word).
 */
export class SearchRepository {
  constructor(private readonly db: Executor) {}

  /** Adds or replaces the searchable text of one item in one language. */
  async upsert(doc: SearchDocument): Promise<void> {
    await this.upsertMany([doc]);
  }

  /**
   * Adds or replaces many documents, 500 to a statement (reindexing, imports, the benchmark), with their
   * MinHash bands (duplicate candidates) and their words in the lexicon (the trigram fallback).
   */
  async upsertMany(docs: readonly SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += 500) {
      const chunk = docs.slice(i, i + 500);
      const rows = chunk.map((doc) => {
        const title = indexableText(doc.title, doc.language);
        const body = indexableText(doc.body, doc.language);
        const c = cfg(doc.language);
        return sql`(${doc.kind}, ${doc.itemId}, ${doc.language}, ${doc.title}, ${doc.body}, ${doc.membersOnly}, ${doc.stage},
          ${doc.theme}, ${doc.countryIso3}, ${`${title}\n${body}`},
          setweight(to_tsvector(${c}, ${title}), 'A') || setweight(to_tsvector(${c}, ${body}), 'B'),
          ${intArray(textBands(`${doc.title}\n${doc.body}`, doc.language, bandSalt(doc.kind, doc.language)))}, now())`;
      });
      await sql`
        insert into exchange_search (item_kind, item_id, language, title, body, members_only, stage, theme, country_iso3, indexed, tsv, bands, updated_at)
        values ${sql.join(rows)}
        on conflict (item_kind, item_id, language) do update set
          title = excluded.title, body = excluded.body, members_only = excluded.members_only, stage = excluded.stage,
          theme = excluded.theme, country_iso3 = excluded.country_iso3, indexed = excluded.indexed, tsv = excluded.tsv,
          bands = excluded.bands, updated_at = now()`.execute(this.db);
      await this.addWords(chunk);
    }
  }

  /** Adds the words of documents to the lexicon (words are never taken out: a stale word finds nothing). */
  private async addWords(
    docs: readonly Pick<SearchDocument, 'language' | 'title' | 'body'>[],
  ): Promise<void> {
    const words = new Set<string>();
    for (const doc of docs)
      for (const w of lexiconWords(`${doc.title}\n${doc.body}`, doc.language))
        words.add(`${doc.language}\t${w}`);
    const all = [...words];
    for (let i = 0; i < all.length; i += 2000) {
      const values = all.slice(i, i + 2000).map((lw) => {
        const [language, word] = lw.split('\t') as [string, string];
        return { language, word };
      });
      await this.db
        .insertInto('exchange_search_word')
        .values(values)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /**
   * Gives documents indexed before the bands and the lexicon existed their bands and words, 500 at a time;
   * returns how many it updated (0 once done, a cheap indexed check).
   */
  async backfill(): Promise<number> {
    let n = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('exchange_search')
        .select(['item_kind', 'item_id', 'language', 'title', 'body'])
        .where('bands', 'is', null)
        .limit(500)
        .execute();
      if (rows.length === 0) return n;
      for (const r of rows) {
        const language = r.language as Language;
        await sql`update exchange_search set bands = ${intArray(textBands(`${r.title}\n${r.body}`, language, bandSalt(r.item_kind, language)))}
          where item_kind = ${r.item_kind} and item_id = ${r.item_id} and language = ${r.language}`.execute(
          this.db,
        );
      }
      await this.addWords(rows.map((r) => ({ ...r, language: r.language as Language })));
      n += rows.length;
    }
  }

  async remove(kind: ItemKind, itemId: string): Promise<void> {
    await this.db
      .deleteFrom('exchange_search')
      .where('item_kind', '=', kind)
      .where('item_id', '=', itemId)
      .execute();
  }

  /**
   * Items of one kind and language that share at least one MinHash band with the text, most shared bands
   * first: the candidates the duplicate check then explains one by one. The bands' GIN index alone picks
   * the rows (a materialised step, so the planner does not scan every item of the kind and language
   * instead).
   */
  async similarTo(
    kind: ItemKind,
    language: Language,
    text: string,
    limit: number,
  ): Promise<SearchDocument[]> {
    const bands = textBands(text, language, bandSalt(kind, language));
    if (bands.length === 0) return [];
    const rows = await sql<{
      item_id: string;
      title: string;
      body: string;
      members_only: boolean;
      stage: string | null;
      theme: string | null;
      country_iso3: string | null;
    }>`
      with banded as materialized (
        select s.item_kind, s.language, s.item_id, s.bands, s.title, s.body, s.members_only, s.stage, s.theme,
          s.country_iso3
        from exchange_search s
        where s.bands && ${intArray(bands)}
      )
      select b.item_id, b.title, b.body, b.members_only, b.stage, b.theme, b.country_iso3
      from banded b
      where b.item_kind = ${kind} and b.language = ${language}
      order by (select count(*) from unnest(b.bands) x where x = any(${intArray(bands)})) desc, b.item_id
      limit ${limit}`.execute(this.db);
    return rows.rows.map((r) => ({
      kind,
      itemId: r.item_id,
      language,
      title: r.title,
      body: r.body,
      membersOnly: r.members_only,
      stage: r.stage,
      theme: r.theme,
      countryIso3: r.country_iso3,
    }));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('exchange_search')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const languages = q.languages?.length ? q.languages : [...LANGUAGES];
    const filters = this.filters(q);
    const texts = new Map(languages.map((l) => [l, indexableText(q.text, l)]));
    const hits = await this.fulltext(texts, filters, q.limit, 'fulltext');
    if (hits.length >= q.limit) return hits;
    const fallback = await this.similarWords(q.text, languages);
    if (fallback.size === 0) return hits;
    const found = new Set(hits.map((h) => `${h.kind}/${h.itemId}/${h.language}`));
    const more = await this.fulltext(fallback, filters, q.limit + found.size, 'trigram');
    for (const h of more) {
      if (hits.length >= q.limit) break;
      if (!found.has(`${h.kind}/${h.itemId}/${h.language}`)) hits.push(h);
    }
    return hits;
  }

  /**
   * Ranked full-text matches: one branch per language, each answered by that language's partial GIN
   * index and cut to the limit before the union; excerpts are built for the final rows only.
   */
  private async fulltext(
    texts: Map<Language, string>,
    filters: RawBuilder<unknown>,
    limit: number,
    method: SearchHit['method'],
  ): Promise<SearchHit[]> {
    const queryIn = (l: Language) => sql`websearch_to_tsquery(${cfg(l)}, ${texts.get(l) ?? ''})`;
    const branches = [...texts.keys()].map(
      (
        l,
      ) => sql`(select s.item_kind, s.item_id, s.language, s.title, s.indexed, ts_rank_cd(s.tsv, ${queryIn(l)}) as rank
        from exchange_search s
        where s.language = ${sql.lit(l)} and s.tsv @@ ${queryIn(l)} ${filters}
        order by rank desc, s.item_id
        limit ${limit})`,
    );
    const byLanguage = (f: (l: Language) => RawBuilder<unknown>) =>
      sql`case s.language ${sql.join(
        [...texts.keys()].map((l) => sql`when ${sql.lit(l)} then ${f(l)}`),
        sql` `,
      )} end`;
    const rows = await sql<SearchRowOut>`
      with top as (select * from (${sql.join(branches, sql` union all `)}) u order by rank desc, item_id limit ${limit})
      select s.item_kind, s.item_id, s.language, s.title, s.rank,
        ts_headline(${byLanguage((l) => sql`${cfg(l)}::regconfig`)}, s.indexed, ${byLanguage(queryIn)}, ${HEADLINE}) as snippet
      from top s
      order by s.rank desc, s.item_id`.execute(this.db);
    return rows.rows.map((r) => this.hit(r, method));
  }

  /**
   * The trigram fallback: lexicon words of the searched languages that resemble the query's words
   * (pg_trgm `<%`: word similarity ≥ 0.6, so a misspelling or the start of a word; GIN-indexed on the
   * short words rather than on whole texts), the
   * closest five per query word, as an `or` query per language.
   */
  private async similarWords(text: string, languages: Language[]): Promise<Map<Language, string>> {
    const queryWords = new Set(languages.flatMap((l) => lexiconWords(text, l)));
    const found = new Map<Language, Set<string>>();
    for (const w of [...queryWords].slice(0, 6)) {
      const rows = await sql<{ language: string; word: string }>`
        select language, word from exchange_search_word
        where language in (${sql.join(languages)}) and ${w} <% word
        order by word_similarity(${w}, word) desc, word
        limit 5`.execute(this.db);
      for (const r of rows.rows) {
        const l = r.language as Language;
        found.set(l, (found.get(l) ?? new Set()).add(r.word));
      }
    }
    // websearch syntax: "or" between words; quotes keep a word that is itself "or" a word.
    return new Map([...found].map(([l, ws]) => [l, [...ws].map((w) => `"${w}"`).join(' or ')]));
  }

  private filters(q: SearchQuery): RawBuilder<unknown> {
    const parts: RawBuilder<unknown>[] = [];
    if (!q.includeMembersOnly) parts.push(sql`and not s.members_only`);
    if (q.kinds?.length) parts.push(sql`and s.item_kind in (${sql.join(q.kinds)})`);
    if (q.stage) parts.push(sql`and s.stage = ${q.stage}`);
    if (q.theme) parts.push(sql`and s.theme = ${q.theme}`);
    if (q.countryIso3) parts.push(sql`and s.country_iso3 = ${q.countryIso3}`);
    return parts.length ? sql.join(parts, sql` `) : sql``;
  }

  private hit(r: SearchRowOut, method: SearchHit['method']): SearchHit {
    const language = r.language as Language;
    const snippet = r.snippet.replace(/\n/g, ' ');
    return {
      kind: r.item_kind as ItemKind,
      itemId: r.item_id,
      language,
      title: r.title,
      snippet: language === 'zh' ? unsegmentSnippet(snippet) : snippet,
      rank: Number(r.rank),
      method,
    };
  }
}
