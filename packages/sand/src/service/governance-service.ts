import { type Actor, authorize, findCountry, NotFoundError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import {
  type GovernanceEntry,
  governanceCompleteness,
  governanceEntryIssues,
  recommendationChecklist,
} from '../domain/governance.ts';
import { type DredgingCountryPanel, marineLayerView } from '../domain/marine.ts';
import type { GovernanceRepository } from '../repository/governance-repository.ts';

/** The governance tracker's repositories on one unit of work. */
export type GovernanceWork = UnitOfWork<{ governance: GovernanceRepository }>;

const nameOf = (iso3: string) =>
  findCountry(iso3)?.name ?? { ar: iso3, en: iso3, es: iso3, fr: iso3, ru: iso3, zh: iso3 };

/**
 * The governance tracker: sourced entries per country, the completeness share (how much is known, not
 * how good the policy is) and the UNEP checklist. Reads are public; writes are the secretariat's, audited.
 */
export class GovernanceService {
  constructor(private readonly work: GovernanceWork) {}

  /** Every entry (the CSV download), or one country's. */
  async entries(iso3?: string): Promise<GovernanceEntry[]> {
    return this.work.read.governance.entries(iso3?.toUpperCase());
  }

  /** One country: its entries, completeness and checklist (empty, 0 %, when nothing is known). */
  async country(iso3: string) {
    const code = iso3.toUpperCase();
    if (!findCountry(code)) throw new NotFoundError(`Country ${iso3}`);
    const entries = await this.work.read.governance.entries(code);
    return {
      iso3: code,
      name: nameOf(code),
      completeness: governanceCompleteness(entries),
      entries,
      checklist: recommendationChecklist(entries),
    };
  }

  /** The countries with at least one entry, with their completeness, most known first. */
  async list() {
    const byCountry = new Map<string, GovernanceEntry[]>();
    for (const e of await this.work.read.governance.entries()) {
      byCountry.set(e.iso3, [...(byCountry.get(e.iso3) ?? []), e]);
    }
    return [...byCountry]
      .map(([iso3, entries]) => ({
        iso3,
        name: nameOf(iso3),
        completeness: governanceCompleteness(entries),
        entries: entries.length,
        fields: [...new Set(entries.map((e) => e.field))],
      }))
      .sort((a, b) => b.completeness.share - a.completeness.share || a.iso3.localeCompare(b.iso3));
  }

  /** Records or replaces an entry (secretariat). Every entry must cite its source. */
  async save(actor: Actor | null, entry: GovernanceEntry): Promise<GovernanceEntry> {
    authorize(actor, 'sand.governance.edit', { countryIso3: entry.iso3 });
    const e = { ...entry, iso3: entry.iso3.toUpperCase() };
    const issues = governanceEntryIssues(e);
    if (!findCountry(e.iso3)) issues.push({ path: 'iso3', message: 'unknown country' });
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(e.id))
      issues.push({ path: 'id', message: 'lowercase letters, digits, -' });
    if (issues.length > 0) throw new ValidationError('The governance entry is not valid.', issues);
    await this.work.run(async ({ governance }, tx) => {
      const before = await governance.entry(e.id);
      await governance.upsert(e);
      await tx.audit({
        actor,
        action: 'sand.governance.edit',
        entity: 'sand_governance_entry',
        entityId: e.id,
        before: before ? { ...before } : null,
        after: { ...e },
      });
    });
    return e;
  }

  /** Removes an entry (secretariat). */
  async remove(actor: Actor | null, id: string): Promise<void> {
    authorize(actor, 'sand.governance.edit');
    await this.work.run(async ({ governance }, tx) => {
      const before = await governance.entry(id);
      if (!before) throw new NotFoundError(`Governance entry ${id}`);
      await governance.delete(id);
      await tx.audit({
        actor,
        action: 'sand.governance.edit',
        entity: 'sand_governance_entry',
        entityId: id,
        before: { ...before },
        after: null,
      });
    });
  }

  /**
   * Adds the bundled entries that are not there yet (start-up seed): an entry the secretariat edited
   * keeps its edit. Refuses the whole file when one entry lacks its source.
   */
  async seed(entries: readonly GovernanceEntry[]): Promise<number> {
    const issues = entries.flatMap((e, k) =>
      governanceEntryIssues(e).map((i) => ({ path: `entries.${k}.${i.path}`, message: i.message })),
    );
    if (issues.length > 0) throw new ValidationError('The governance seed file is not valid.', issues);
    return this.work.run(async ({ governance }, tx) => {
      const added = await governance.insertMissing(entries);
      if (added > 0) {
        await tx.audit({
          actor: null,
          action: 'seed.sand.governance',
          entity: 'sand_governance_entry',
          entityId: 'seed',
          before: null,
          after: { added },
        });
      }
      return added;
    });
  }
}

/** Reads a country's panel from the dredging watch (its service), or null when it has no dataset. */
export type DredgingPanelReader = (iso3: string) => Promise<DredgingCountryPanel | null>;

/** The marine layer of a country profile, read through the dredging watch's service. */
export class MarineLayerService {
  constructor(private readonly panel: DredgingPanelReader) {}

  async country(iso3: string) {
    const code = iso3.toUpperCase();
    if (!findCountry(code)) throw new NotFoundError(`Country ${iso3}`);
    return marineLayerView(code, await this.panel(code));
  }
}
