import { type Actor, authorize, decodeText, LANGUAGES, newId, ValidationError } from '@strata/core';
import { CSP2_CREDIT, type FailureRecord, parseCsp2Failures } from '../domain/csp2.ts';
import { KNOWLEDGE_GAP_DESCRIPTION, KNOWLEDGE_GAP_TOPICS, seedRequirements } from '../domain/gistm.ts';
import type { TailingsWork } from '../repository/index.ts';
import type {
  GapTranslations,
  KnowledgeGap,
  Resource,
  ResourceTranslations,
} from '../repository/knowledge-repository.ts';
import { STARTER_RESOURCES } from './starter-resources.ts';

export { STARTER_RESOURCES };

export interface ResourceInput {
  title: string;
  kind: string;
  url?: string | null;
  summary: string;
  language?: string;
  topics: string[];
  /** The summary in other UN languages, each flagged official (the source's own text) or not. */
  translations?: ResourceTranslations;
}

const UN_LANGUAGES = new Set<string>(LANGUAGES);

/**
 * A seeded topic's other languages: the report's French title (official) and Strata's renderings, each
 * with the describing sentence in that language (Strata's wording).
 */
function seededGapTranslations(t: (typeof KNOWLEDGE_GAP_TOPICS)[number]): GapTranslations {
  const forms: [keyof typeof KNOWLEDGE_GAP_DESCRIPTION, string, boolean][] = [
    ['fr', t.fr, true],
    ...Object.entries(t.renderings).map(
      ([lang, title]) => [lang, title, false] as [keyof typeof KNOWLEDGE_GAP_DESCRIPTION, string, boolean],
    ),
  ];
  return Object.fromEntries(
    forms.map(([lang, title, official]) => [
      lang,
      { title, official, description: KNOWLEDGE_GAP_DESCRIPTION[lang](title) },
    ]),
  );
}

/** The starter entries' summaries in the other languages: Strata's own renderings, so unofficial. */
const starterTranslations = (r: (typeof STARTER_RESOURCES)[number]): ResourceTranslations =>
  Object.fromEntries(
    Object.entries(r.translations).map(([lang, summary]) => [lang, { summary, official: false }]),
  );

export interface GapInput {
  topic: string;
  title: string;
  description: string;
  resourceIds: string[];
}

/** The institute's knowledge: resources library, knowledge-gap register, historical failures, seeding. */
export class KnowledgeService {
  constructor(private readonly work: TailingsWork) {}

  resources(): Promise<Resource[]> {
    return this.work.read.knowledge.resources();
  }

  /** Adds a resource to the library (secretariat). */
  async createResource(actor: Actor | null, input: ResourceInput): Promise<Resource> {
    authorize(actor, 'tailings.resource.create');
    const language = input.language ?? 'en';
    const translations = input.translations ?? {};
    const issues = Object.entries(translations).flatMap(([lang, t]) =>
      !UN_LANGUAGES.has(lang)
        ? [{ path: `translations.${lang}`, message: 'not one of the six UN languages' }]
        : lang === language
          ? [{ path: `translations.${lang}`, message: 'the summary itself is in this language' }]
          : t.summary.trim() === ''
            ? [{ path: `translations.${lang}.summary`, message: 'empty' }]
            : [],
    );
    if (issues.length > 0) throw new ValidationError('The translations are not valid.', issues);
    const resource: Resource = {
      id: newId(),
      title: input.title,
      kind: input.kind,
      url: input.url ?? null,
      summary: input.summary,
      language,
      topics: input.topics,
      translations,
    };
    await this.work.run(async ({ knowledge }, tx) => {
      await knowledge.insertResource(resource);
      await tx.audit({
        actor,
        action: 'tailings.resource.create',
        entity: 'tailings_resource',
        entityId: resource.id,
        before: null,
        after: input,
      });
    });
    return { ...input, ...resource };
  }

  gaps(): Promise<KnowledgeGap[]> {
    return this.work.read.knowledge.gaps();
  }

  /** Adds a knowledge gap to the register (secretariat). */
  async createGap(actor: Actor | null, input: GapInput): Promise<KnowledgeGap> {
    authorize(actor, 'tailings.gap.create');
    if (!KNOWLEDGE_GAP_TOPICS.some((t) => t.id === input.topic)) {
      throw new ValidationError('Unknown topic.', [
        { path: 'topic', message: `one of ${KNOWLEDGE_GAP_TOPICS.map((t) => t.id).join(', ')}` },
      ]);
    }
    const gap: KnowledgeGap = { id: newId(), ...input, status: 'open', translations: {} };
    await this.work.run(async ({ knowledge }, tx) => {
      await knowledge.insertGap(gap);
      await tx.audit({
        actor,
        action: 'tailings.gap.create',
        entity: 'tailings_knowledge_gap',
        entityId: gap.id,
        before: null,
        after: input,
      });
    });
    return gap;
  }

  /** Imports a user-supplied copy of the CSP2 failures list (it has no licence and is never bundled). */
  async importFailures(actor: Actor | null, bytes: Uint8Array, options: { system?: boolean } = {}) {
    if (!options.system) authorize(actor, 'tailings.failure.import');
    const { records, rejected } = parseCsp2Failures(decodeText(bytes));
    const counts = await this.work.run(async ({ knowledge }, tx) => {
      const c = await knowledge.upsertFailures(records);
      await tx.audit({
        actor,
        action: options.system ? 'system.tailings.import_failures' : 'tailings.failure.import',
        entity: 'tailings_failure',
        entityId: 'csp2',
        before: null,
        after: c,
      });
      return c;
    });
    return { ...counts, rejected };
  }

  /** The failures with aggregates by raise method and cause, for the knowledge page. */
  async failures() {
    const items = await this.work.read.knowledge.failures();
    const tally = (key: (f: FailureRecord) => string | null) => {
      const m = new Map<string, number>();
      for (const f of items) {
        const k = key(f) ?? 'unknown';
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
    };
    return {
      credit: CSP2_CREDIT,
      total: items.length,
      byRaiseMethod: tally((f) => f.raiseMethod),
      byCause: tally((f) => f.cause),
      byDecade: tally((f) => `${Math.floor(f.year / 10) * 10}s`),
      byCountry: tally((f) => f.countryIso3),
      releaseRunout: items.flatMap((f) =>
        f.releaseM3 !== null && f.runoutKm !== null
          ? [{ year: f.year, location: f.location, releaseM3: f.releaseM3, runoutKm: f.runoutKm }]
          : [],
      ),
      items,
    };
  }

  /** Seeds the GISTM requirement list, the knowledge-gap topics and a starter resources library (once). */
  async seedReference(): Promise<void> {
    await this.work.run(async ({ oversight, knowledge }) => {
      await oversight.seedRequirements(seedRequirements());
      // Entries added to the starter library in later versions reach existing databases too.
      const titles = new Set((await knowledge.resources()).map((r) => r.title));
      for (const r of STARTER_RESOURCES)
        if (!titles.has(r.title))
          await knowledge.insertResource({
            id: newId(),
            language: 'en',
            ...r,
            translations: starterTranslations(r),
          });
      // Libraries seeded before the summaries had other languages get them now.
      for (const r of STARTER_RESOURCES)
        await knowledge.fillResourceTranslations(r.title, starterTranslations(r));
      if ((await knowledge.countGaps()) === 0) {
        const resources = await knowledge.resources();
        for (const t of KNOWLEDGE_GAP_TOPICS) {
          await knowledge.insertGap({
            id: newId(),
            topic: t.id,
            title: t.title,
            description: `Research topic named in the report on UNEA resolution 5/12: ${t.title.toLowerCase()}.`,
            status: 'open',
            resourceIds: resources.filter((r) => r.topics.includes(t.id)).map((r) => r.id),
            translations: seededGapTranslations(t),
          });
        }
      }
      // Registers seeded before these forms were kept get them now.
      for (const t of KNOWLEDGE_GAP_TOPICS)
        await knowledge.refreshSeededGapTranslations(t.id, t.title, seededGapTranslations(t));
    });
  }
}
