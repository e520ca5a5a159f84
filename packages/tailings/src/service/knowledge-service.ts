import { type Actor, authorize, decodeText, newId, ValidationError } from '@strata/core';
import { CSP2_CREDIT, type FailureRecord, parseCsp2Failures } from '../domain/csp2.ts';
import { KNOWLEDGE_GAP_TOPICS, seedRequirements } from '../domain/gistm.ts';
import type { TailingsWork } from '../repository/index.ts';
import type { KnowledgeGap, Resource } from '../repository/knowledge-repository.ts';

export interface ResourceInput {
  title: string;
  kind: string;
  url?: string | null;
  summary: string;
  language?: string;
  topics: string[];
}

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
    const resource: Resource = {
      id: newId(),
      title: input.title,
      kind: input.kind,
      url: input.url ?? null,
      summary: input.summary,
      language: input.language ?? 'en',
      topics: input.topics,
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
        if (!titles.has(r.title)) await knowledge.insertResource({ id: newId(), language: 'en', ...r });
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
            translations: { fr: { title: t.fr, official: true } },
          });
        }
      }
      // Registers seeded before the report's French wording was kept get it now.
      for (const t of KNOWLEDGE_GAP_TOPICS)
        await knowledge.fillGapTranslations(t.id, { fr: { title: t.fr, official: true } });
    });
  }
}

/**
 * A starter library of public references (titles and publishers; no content copied), each checked on its
 * publisher's page. The report on resolution 5/12 (§§28–30) names the Global Tailings Review, the Global
 * Tailings Portal, the Global Tailings Management Institute and the knowledge-gaps report.
 */
export const STARTER_RESOURCES: {
  title: string;
  kind: string;
  url: string;
  summary: string;
  topics: string[];
}[] = [
  {
    title: 'Global Industry Standard on Tailings Management (GISTM)',
    kind: 'standard',
    url: 'https://globaltailingsreview.org/global-industry-standard/',
    summary:
      'ICMM, UNEP and PRI (2020): 15 principles and 77 requirements for the safe management of tailings facilities.',
    topics: ['safer-management'],
  },
  {
    title: 'Towards Zero Harm: A Compendium of Papers (Global Tailings Review)',
    kind: 'report',
    url: 'https://globaltailingsreview.org/compendium/',
    summary: 'Background papers prepared for the Global Tailings Review (2020).',
    topics: ['safer-management', 'reducing-tailings'],
  },
  {
    title: 'Mine Tailings Storage: Safety Is No Accident (UNEP / GRID-Arendal Rapid Response Assessment)',
    kind: 'report',
    url: 'https://www.grida.no/publications/383',
    summary: 'UNEP and GRID-Arendal (2017): recommendations on tailings dam safety.',
    topics: ['safer-management', 'natech'],
  },
  {
    title: 'Global Tailings Review',
    kind: 'initiative',
    url: 'https://globaltailingsreview.org/about/governance/',
    summary:
      'Co-convened by ICMM, UNEP and PRI after the Brumadinho failure of 25 January 2019; chaired by Bruno Oberle, it produced the GISTM, published in August 2020.',
    topics: ['safer-management'],
  },
  {
    title: 'Global Tailings Portal',
    kind: 'database',
    url: 'https://tailing.grida.no/about',
    summary:
      'A free, searchable database of tailings dams disclosed by mining companies at investors’ request, launched in January 2020; built and hosted by GRID-Arendal with the Investor Mining and Tailings Safety Initiative and UNEP’s support.',
    topics: ['safer-management'],
  },
  {
    title: 'Global Tailings Management Institute (GTMI)',
    kind: 'institution',
    url: 'https://thegtmi.org/',
    summary:
      'Founded by ICMM, UNEP and PRI and launched in Johannesburg on 21 January 2025, it oversees the implementation of and conformance with the GISTM, including independent audit and certification.',
    topics: ['safer-management'],
  },
  {
    title: 'Sound Tailings Management in Artisanal and Small-Scale Gold Mining: Technical Document',
    kind: 'guide',
    url: 'https://www.planetgold.org/sound-tailings-management-artisanal-and-small-scale-gold-mining-technical-document',
    summary:
      'planetGOLD: available knowledge on managing mercury-containing tailings from artisanal and small-scale gold mining, with recommendations along the mining life cycle; submitted to the fourth meeting of the Conference of the Parties to the Minamata Convention as an information document.',
    topics: ['safer-management', 'reducing-tailings'],
  },
  {
    title: 'Global Acid Rock Drainage (GARD) Guide',
    kind: 'guide',
    url: 'http://www.gardguide.com',
    summary: 'INAP (2009): prediction, prevention and management of acid rock drainage and metal leaching.',
    topics: ['safer-management', 'reducing-tailings'],
  },
  {
    title: 'ICOLD Bulletin 121: Tailings Dams — Risk of Dangerous Occurrences',
    kind: 'report',
    url: 'https://www.icold-cigb.org',
    summary: 'ICOLD and UNEP (2001): lessons from 221 tailings dam incidents.',
    topics: ['safer-management', 'natech'],
  },
  {
    title: 'Sendai Framework for Disaster Risk Reduction 2015–2030 (Natech)',
    kind: 'framework',
    url: 'https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030',
    summary: 'UNDRR framework covering technological hazards triggered by natural hazards.',
    topics: ['natech', 'climate-change'],
  },
  {
    title: 'Knowledge gaps on mine tailings (information document UNEP/EA.6/INF/8)',
    kind: 'report',
    url: '',
    summary:
      'Named in the report on UNEA resolution 5/12 as the information document for the sixth session of the UN Environment Assembly; the document link has not been verified, so none is given.',
    topics: ['safer-management'],
  },
];
