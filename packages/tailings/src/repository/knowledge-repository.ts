import type { Executor } from '@strata/db';
import { sql } from 'kysely';
import type { FailureRecord } from '../domain/csp2.ts';

/** A best-practice or training resource of the library. */
export interface Resource {
  id: string;
  title: string;
  kind: string;
  url: string | null;
  summary: string;
  language: string;
  topics: string[];
  /** The summary in other languages, each flagged official (the source's own text) or not. */
  translations: ResourceTranslations;
}

/** A resource summary in another language. */
export type ResourceTranslations = Record<string, { summary: string; official: boolean }>;

/** A knowledge gap or research topic, linked to resources. */
/**
 * A title in another language, flagged official when it is the source's own text; with the description in
 * that language where the library has one (Strata's wording, never official).
 */
export type GapTranslations = Record<string, { title: string; official: boolean; description?: string }>;

export interface KnowledgeGap {
  id: string;
  topic: string;
  /** The title in English: the secretariat's, or Strata's unofficial rendering of a seeded topic. */
  title: string;
  description: string;
  status: string;
  resourceIds: string[];
  translations: GapTranslations;
}

/** Rows per insert of the failures list. */
const CHUNK = 1000;

/** The resources library, the knowledge-gap register and the historical failures list. */
export class KnowledgeRepository {
  constructor(private readonly db: Executor) {}

  async insertResource(r: Resource): Promise<void> {
    await this.db
      .insertInto('tailings_resource')
      .values({ ...r, topics: JSON.stringify(r.topics), translations: JSON.stringify(r.translations) })
      .execute();
  }

  /** Gives the resource of this title, when it has no translations yet, these ones (older databases). */
  async fillResourceTranslations(title: string, translations: ResourceTranslations): Promise<void> {
    await this.db
      .updateTable('tailings_resource')
      .set({ translations: JSON.stringify(translations) })
      .where('title', '=', title)
      .where(sql<boolean>`translations = '{}'::jsonb`)
      .execute();
  }

  /** The library, by title. */
  async resources(): Promise<Resource[]> {
    const rows = await this.db.selectFrom('tailings_resource').selectAll().orderBy('title').execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      url: r.url,
      summary: r.summary,
      language: r.language,
      topics: r.topics,
      translations: r.translations,
    }));
  }

  async countResources(): Promise<number> {
    const r = await this.db
      .selectFrom('tailings_resource')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async insertGap(g: KnowledgeGap): Promise<void> {
    await this.db
      .insertInto('tailings_knowledge_gap')
      .values({
        id: g.id,
        topic: g.topic,
        title: g.title,
        description: g.description,
        status: g.status,
        resource_ids: JSON.stringify(g.resourceIds),
        translations: JSON.stringify(g.translations),
      })
      .execute();
  }

  /**
   * Brings a seeded topic's translations up to these ones (older databases): only the gap still holding
   * the seeded English title, so a gap the secretariat added on the same topic keeps its own.
   */
  async refreshSeededGapTranslations(
    topic: string,
    seededTitle: string,
    translations: GapTranslations,
  ): Promise<void> {
    await this.db
      .updateTable('tailings_knowledge_gap')
      .set({ translations: JSON.stringify(translations) })
      .where('title', '=', seededTitle)
      .where('topic', '=', topic)
      .where(sql<boolean>`translations <> ${JSON.stringify(translations)}::jsonb`)
      .execute();
  }

  /** The register, by topic and title. */
  async gaps(): Promise<KnowledgeGap[]> {
    const rows = await this.db
      .selectFrom('tailings_knowledge_gap')
      .selectAll()
      .orderBy('topic')
      .orderBy('title')
      .execute();
    return rows.map((g) => ({
      id: g.id,
      topic: g.topic,
      title: g.title,
      description: g.description,
      status: g.status,
      resourceIds: g.resource_ids,
      translations: g.translations,
    }));
  }

  async countGaps(): Promise<number> {
    const r = await this.db
      .selectFrom('tailings_knowledge_gap')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Inserts or updates failures by source id; says how many were new. */
  async upsertFailures(rows: FailureRecord[]): Promise<{ created: number; updated: number }> {
    const existing = new Set(
      (await this.db.selectFrom('tailings_failure').select('source_id').execute()).map((r) => r.source_id),
    );
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await this.db
        .insertInto('tailings_failure')
        .values(
          chunk.map((r) => ({
            source_id: r.sourceId,
            year: r.year,
            country_iso3: r.countryIso3,
            raise_method: r.raiseMethod,
            cause: r.cause,
            data: JSON.stringify(r),
          })),
        )
        .onConflict((oc) =>
          oc.column('source_id').doUpdateSet((eb) => ({
            year: eb.ref('excluded.year'),
            country_iso3: eb.ref('excluded.country_iso3'),
            raise_method: eb.ref('excluded.raise_method'),
            cause: eb.ref('excluded.cause'),
            data: eb.ref('excluded.data'),
          })),
        )
        .execute();
    }
    const created = rows.filter((r) => !existing.has(r.sourceId)).length;
    return { created, updated: rows.length - created };
  }

  /** The failures, newest first. */
  async failures(): Promise<FailureRecord[]> {
    const rows = await this.db
      .selectFrom('tailings_failure')
      .select('data')
      .orderBy('year', 'desc')
      .execute();
    return rows.map((r) => r.data);
  }
}
