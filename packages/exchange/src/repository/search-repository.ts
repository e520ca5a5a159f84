import { LANGUAGES, type Language } from '@strata/core';
import type { Executor } from '@strata/db';
import { type RawBuilder, sql } from 'kysely';
import type { SearchDocument, SearchHit, SearchQuery } from '../domain/model.ts';
import type { ItemKind } from '../domain/vocabulary.ts';
import { indexableText, SEARCH_CONFIG, unsegmentSnippet } from '../domain/words.ts';
import './tables.ts';

/** ts_headline options: matching words between <mark> tags, two short fragments. */
const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxWords=28, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "';
const cfg = (language: Language) => sql.lit(SEARCH_CONFIG[language]);

/**
 * Full-text search over every item kind in six languages, the same SQL on PGlite and PostgreSQL: each
 * document is indexed with its language's configuration (Chinese pre-split into words), queried with
 * `websearch_to_tsquery` in that configuration, ranked with `ts_rank_cd` and excerpted with `ts_headline`;
 * when that finds fewer than asked, pg_trgm word similarity fills up (misspellings, partial words).
 */
export class SearchRepository {
  constructor(private readonly db: Executor) {}

  /** Adds or replaces the searchable text of one item in one language. */
  async upsert(doc: SearchDocument): Promise<void> {
    await this.upsertMany([doc]);
  }

  /** Adds or replaces many documents, 500 to a statement (reindexing, imports, the benchmark). */
  async upsertMany(docs: readonly SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += 500) {
      const rows = docs.slice(i, i + 500).map((doc) => {
        const title = indexableText(doc.title, doc.language);
        const body = indexableText(doc.body, doc.language);
        const c = cfg(doc.language);
        return sql`(${doc.kind}, ${doc.itemId}, ${doc.language}, ${doc.title}, ${doc.body}, ${doc.membersOnly}, ${doc.stage},
          ${doc.theme}, ${doc.countryIso3}, ${`${title}\n${body}`},
          setweight(to_tsvector(${c}, ${title}), 'A') || setweight(to_tsvector(${c}, ${body}), 'B'), now())`;
      });
      await sql`
        insert into exchange_search (item_kind, item_id, language, title, body, members_only, stage, theme, country_iso3, indexed, tsv, updated_at)
        values ${sql.join(rows)}
        on conflict (item_kind, item_id, language) do update set
          title = excluded.title, body = excluded.body, members_only = excluded.members_only, stage = excluded.stage,
          theme = excluded.theme, country_iso3 = excluded.country_iso3, indexed = excluded.indexed, tsv = excluded.tsv,
          updated_at = now()`.execute(this.db);
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
   * Items of one kind and language whose text is close by trigram similarity (pg_trgm `%`, threshold
   * 0.3 by default): the candidates the duplicate check then explains one by one.
   */
  async similarTo(
    kind: ItemKind,
    language: Language,
    text: string,
    limit: number,
  ): Promise<SearchDocument[]> {
    const indexed = indexableText(text, language);
    const rows = await sql<{
      item_id: string;
      title: string;
      body: string;
      members_only: boolean;
      stage: string | null;
      theme: string | null;
      country_iso3: string | null;
    }>`
      select s.item_id, s.title, s.body, s.members_only, s.stage, s.theme, s.country_iso3
      from exchange_search s
      where s.item_kind = ${kind} and s.language = ${language} and s.indexed % ${indexed}
      order by similarity(s.indexed, ${indexed}) desc, s.item_id
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
    const queryIn = (l: Language) => sql`websearch_to_tsquery(${cfg(l)}, ${indexableText(q.text, l)})`;
    const matches = sql.join(
      languages.map((l) => sql`(s.language = ${l} and s.tsv @@ ${queryIn(l)})`),
      sql` or `,
    );
    const queryOfRow = sql`case s.language ${sql.join(
      languages.map((l) => sql`when ${l} then ${queryIn(l)}`),
      sql` `,
    )} end`;
    const configOfRow = sql`case s.language ${sql.join(
      languages.map((l) => sql`when ${l} then ${cfg(l)}::regconfig`),
      sql` `,
    )} end`;
    const fulltext = await sql<{
      item_kind: string;
      item_id: string;
      language: string;
      title: string;
      snippet: string;
      rank: number;
    }>`
      with top as (
        select s.item_kind, s.item_id, s.language, s.title, s.indexed, ts_rank_cd(s.tsv, ${queryOfRow}) as rank
        from exchange_search s
        where (${matches}) ${filters}
        order by rank desc, s.item_id
        limit ${q.limit}
      )
      select s.item_kind, s.item_id, s.language, s.title, s.rank,
        ts_headline(${configOfRow}, s.indexed, ${queryOfRow}, ${HEADLINE}) as snippet
      from top s
      order by s.rank desc, s.item_id`.execute(this.db);
    const hits: SearchHit[] = fulltext.rows.map((r) => this.hit(r, 'fulltext'));
    if (hits.length >= q.limit) return hits;
    const found = new Set(hits.map((h) => `${h.kind}/${h.itemId}/${h.language}`));
    const trigram = await this.trigram(q, languages, filters, q.limit - hits.length + found.size);
    for (const h of trigram) {
      if (hits.length >= q.limit) break;
      if (!found.has(`${h.kind}/${h.itemId}/${h.language}`)) hits.push(h);
    }
    return hits;
  }

  private async trigram(q: SearchQuery, languages: Language[], filters: RawBuilder<unknown>, limit: number) {
    // The query is split like the documents (Chinese into words) so trigrams line up. `<%` keeps
    // documents whose best-matching extent has a word similarity of at least pg_trgm's default, 0.6.
    const texts = [...new Set(languages.map((l) => indexableText(q.text, l)))];
    const results: SearchHit[] = [];
    for (const text of texts) {
      const rows = await sql<{
        item_kind: string;
        item_id: string;
        language: string;
        title: string;
        snippet: string;
        rank: number;
      }>`
        select s.item_kind, s.item_id, s.language, s.title, left(s.indexed, 200) as snippet,
          word_similarity(${text}, s.indexed) as rank
        from exchange_search s
        where ${text} <% s.indexed
          and s.language in (${sql.join(languages)}) ${filters}
        order by rank desc, s.item_id
        limit ${limit}`.execute(this.db);
      results.push(...rows.rows.map((r) => this.hit(r, 'trigram')));
    }
    return results.sort((a, b) => b.rank - a.rank);
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

  private hit(
    r: { item_kind: string; item_id: string; language: string; title: string; snippet: string; rank: number },
    method: SearchHit['method'],
  ): SearchHit {
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
