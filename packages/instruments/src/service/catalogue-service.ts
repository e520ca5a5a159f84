import { type Actor, authorize, ConflictError, NotFoundError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type {
  CatalogueFilter,
  Instrument,
  InstrumentFacts,
  InstrumentLink,
  InstrumentVersion,
  LinkedInstrument,
  Organisation,
} from '../domain/instrument.ts';
import { isBindingKind } from '../domain/vocabulary.ts';
import type { InstrumentsRepos, PartyList } from '../repository/index.ts';
import type { MatrixSnapshot } from './snapshot.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

/** An instrument with what its page shows besides the facts. */
export interface InstrumentDetail extends Instrument {
  binding: boolean;
  versions: InstrumentVersion[];
  links: InstrumentLink[];
  partyList: PartyList | null;
}

/** Options of the catalogue: how to check a link's target in another module (through its service). */
export interface CatalogueOptions {
  /** Whether a process-hub proposal (or cluster) exists; given by the server from the process service. */
  linkTargetExists?: (kind: InstrumentLink['targetKind'], ref: string) => Promise<boolean>;
}

/** The catalogue of instruments: public reads, secretariat writes (facts, versions, links, publication). */
export class CatalogueService {
  constructor(
    private readonly work: UnitOfWork<InstrumentsRepos>,
    private readonly snapshot: MatrixSnapshot,
    private readonly options: CatalogueOptions = {},
  ) {}

  /** Published instruments matching every given filter; unpublished ones only for the secretariat. */
  list(filter: CatalogueFilter, actor: Actor | null = null): Promise<Instrument[]> {
    const includeUnpublished = actor?.role === 'secretariat' && !!filter.includeUnpublished;
    return this.work.read.catalogue.list({ ...filter, includeUnpublished });
  }

  async get(slug: string, actor: Actor | null = null): Promise<InstrumentDetail> {
    const instrument = await this.work.read.catalogue.find(slug);
    if (!instrument || (!instrument.published && actor?.role !== 'secretariat'))
      throw new NotFoundError(`Instrument ${slug}`);
    const [versions, links, lists] = await Promise.all([
      this.work.read.catalogue.versions(slug),
      this.work.read.catalogue.links({ slug }),
      this.work.read.parties.lists(),
    ]);
    return {
      ...instrument,
      binding: isBindingKind(instrument.kind),
      versions,
      links,
      partyList: lists.find((l) => l.instrumentSlug === slug) ?? null,
    };
  }

  organisations(): Promise<Organisation[]> {
    return this.work.read.catalogue.organisations();
  }

  async create(
    actor: Actor | null,
    slug: string,
    facts: InstrumentFacts,
    options: { published?: boolean; demo?: boolean } = {},
  ): Promise<Instrument> {
    authorize(actor, 'instruments.instrument.create');
    if (!SLUG.test(slug))
      throw new ValidationError('Bad slug.', [
        { path: 'slug', message: 'Lower-case letters, digits and hyphens.' },
      ]);
    await this.work.run(async (repos, tx) => {
      if (await repos.catalogue.find(slug)) throw new ConflictError(`Instrument ${slug} already exists.`);
      await repos.catalogue.insert(slug, facts, {
        published: options.published ?? false,
        demo: options.demo ?? false,
      });
      if (facts.currentVersion)
        await repos.catalogue.addVersion(slug, facts.currentVersion, facts.versionDate, 'first recorded');
      await tx.audit({
        actor,
        action: 'instruments.instrument.create',
        entity: 'instruments_instrument',
        entityId: slug,
        before: null,
        after: facts,
      });
      tx.afterCommit(() => this.snapshot.invalidate([slug]));
    });
    return (await this.work.read.catalogue.find(slug)) as Instrument;
  }

  /** Replaces an instrument's facts; a new `currentVersion` is recorded in its versions. */
  async updateFacts(actor: Actor | null, slug: string, facts: InstrumentFacts): Promise<Instrument> {
    authorize(actor, 'instruments.instrument.update');
    await this.work.run(async (repos, tx) => {
      const before = await repos.catalogue.find(slug);
      if (!before) throw new NotFoundError(`Instrument ${slug}`);
      await repos.catalogue.updateFacts(slug, facts);
      if (facts.currentVersion && facts.currentVersion !== before.currentVersion)
        await repos.catalogue.addVersion(slug, facts.currentVersion, facts.versionDate, null);
      await tx.audit({
        actor,
        action: 'instruments.instrument.update',
        entity: 'instruments_instrument',
        entityId: slug,
        before,
        after: facts,
      });
      tx.afterCommit(() => this.snapshot.invalidate([slug]));
    });
    return (await this.work.read.catalogue.find(slug)) as Instrument;
  }

  async setPublished(actor: Actor | null, slug: string, published: boolean): Promise<Instrument> {
    authorize(actor, 'instruments.instrument.publish');
    await this.work.run(async (repos, tx) => {
      const before = await repos.catalogue.find(slug);
      if (!before) throw new NotFoundError(`Instrument ${slug}`);
      await repos.catalogue.setPublished(slug, published);
      await tx.audit({
        actor,
        action: 'instruments.instrument.publish',
        entity: 'instruments_instrument',
        entityId: slug,
        before: { published: before.published },
        after: { published },
      });
      tx.afterCommit(() => this.snapshot.invalidate([slug]));
    });
    return (await this.work.read.catalogue.find(slug)) as Instrument;
  }

  /**
   * Seeds the catalogue: adds the instruments not yet present (published) and the organisations behind
   * them. A system write (no actor), audited once. Returns how many instruments were added.
   */
  async seedCatalogue(
    entries: Readonly<Record<string, InstrumentFacts>>,
    organisations: readonly Organisation[],
    options: { demo?: boolean } = {},
  ): Promise<number> {
    return this.work.run(async (repos, tx) => {
      const existing = new Set((await repos.catalogue.kinds()).map((k) => k.slug));
      const added = Object.keys(entries).filter((slug) => !existing.has(slug));
      for (const o of organisations) await repos.catalogue.upsertOrganisation(o);
      for (const slug of added) {
        const facts = entries[slug];
        await repos.catalogue.insert(slug, facts, { published: true, demo: options.demo ?? false });
        if (facts.currentVersion)
          await repos.catalogue.addVersion(slug, facts.currentVersion, facts.versionDate, 'seed');
      }
      if (added.length > 0) {
        await tx.audit({
          actor: null,
          action: 'seed.instruments.catalogue',
          entity: 'instruments_instrument',
          entityId: 'seed',
          before: null,
          after: { added },
        });
        tx.afterCommit(() => this.snapshot.invalidate());
      }
      return added.length;
    });
  }

  /** Seeds links (a system write, audited once); existing links are kept. Returns how many were added. */
  /**
   * Removes seeded links (their note starts with `notePrefix`) of one target kind that point elsewhere than
   * `keepRefs`: demo links whose demo proposals were removed or replaced.
   */
  async pruneSeededLinks(
    targetKind: string,
    notePrefix: string,
    keepRefs: readonly string[],
  ): Promise<number> {
    return this.work.run(async (repos, tx) => {
      const removed = await repos.catalogue.removeLinks(targetKind, notePrefix, keepRefs);
      if (removed > 0)
        await tx.audit({
          actor: null,
          action: 'seed.instruments.links.prune',
          entity: 'instruments_link',
          entityId: 'seed',
          before: { removed },
          after: null,
        });
      return removed;
    });
  }

  async seedLinks(links: readonly InstrumentLink[]): Promise<number> {
    return this.work.run(async (repos, tx) => {
      let added = 0;
      for (const link of links) if (await repos.catalogue.addLink(link)) added++;
      if (added > 0)
        await tx.audit({
          actor: null,
          action: 'seed.instruments.links',
          entity: 'instruments_link',
          entityId: 'seed',
          before: null,
          after: { added },
        });
      return added;
    });
  }

  /** Links an instrument to a proposal, cluster, GISTM requirement or practice elsewhere in Strata. */
  async addLink(actor: Actor | null, link: InstrumentLink): Promise<InstrumentLink> {
    authorize(actor, 'instruments.link.create');
    if (
      this.options.linkTargetExists &&
      !(await this.options.linkTargetExists(link.targetKind, link.targetRef))
    )
      throw new NotFoundError(`${link.targetKind} ${link.targetRef}`);
    await this.work.run(async (repos, tx) => {
      if (!(await repos.catalogue.find(link.instrumentSlug)))
        throw new NotFoundError(`Instrument ${link.instrumentSlug}`);
      if (!(await repos.catalogue.addLink(link))) return;
      await tx.audit({
        actor,
        action: 'instruments.link.create',
        entity: 'instruments_link',
        entityId: `${link.instrumentSlug}:${link.targetKind}:${link.targetRef}`,
        before: null,
        after: link,
      });
    });
    return link;
  }

  /**
   * The published instruments linked to one target (e.g. a proposal's page lists them), each link with
   * its instrument's titles and kind.
   */
  async links(filter: {
    targetKind?: string;
    targetRef?: string;
    slug?: string;
  }): Promise<LinkedInstrument[]> {
    const links = await this.work.read.catalogue.links(filter);
    const slugs = [...new Set(links.map((l) => l.instrumentSlug))];
    const found = await Promise.all(slugs.map((slug) => this.work.read.catalogue.find(slug)));
    const bySlug = new Map(found.filter((i) => i?.published).map((i) => [i?.slug, i as Instrument]));
    return links.flatMap((l) => {
      const i = bySlug.get(l.instrumentSlug);
      return i ? [{ ...l, title: i.title, shortTitle: i.shortTitle, kind: i.kind, titles: i.titles }] : [];
    });
  }
}
