import { type Actor, authorize, findCountry, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import { NON_UN_PARTIES, type Participation, parsePartiesCsv } from '../domain/parties.ts';
import type { InstrumentsRepos, PartyList } from '../repository/index.ts';

/** Whether `code` names a UN Member or observer State, or one of the other parties to treaties. */
export function isPartyCode(code: string): boolean {
  return code in NON_UN_PARTIES || findCountry(code)?.iso3 === code;
}

/** Parties to binding instruments: public reads; the secretariat imports lists (CSV template). */
export class PartyService {
  constructor(private readonly work: UnitOfWork<InstrumentsRepos>) {}

  list(filter: { slug?: string; country?: string }): Promise<Participation[]> {
    return this.work.read.parties.list(filter);
  }

  /** Each parties list with its source and the date it was last checked. */
  lists(): Promise<PartyList[]> {
    return this.work.read.parties.lists();
  }

  /**
   * Imports a parties CSV (template in docs/instruments.md). All-or-nothing: any bad row rejects the file
   * with every problem and its line; otherwise each instrument's list in the file replaces the stored one,
   * in one transaction, audited.
   */
  async importCsv(actor: Actor | null, text: string): Promise<{ instruments: string[]; rows: number }> {
    authorize(actor, 'instruments.party.import');
    return this.replaceFromCsv(actor, text, 'instruments.party.import');
  }

  /**
   * Imports a parties list as the system (the seed, or the `strata` command run by whoever operates the
   * machine), audited under `auditAction`, e.g. `seed.instruments.parties` or `cli.instruments.parties`.
   */
  importAsSystem(text: string, auditAction: string): Promise<{ instruments: string[]; rows: number }> {
    return this.replaceFromCsv(null, text, auditAction);
  }

  private async replaceFromCsv(
    actor: Actor | null,
    text: string,
    action: string,
  ): Promise<{ instruments: string[]; rows: number }> {
    const binding = (await this.work.read.catalogue.kinds())
      .filter((k) => k.kind === 'binding_treaty')
      .map((k) => k.slug);
    const parsed = parsePartiesCsv(text, new Set(binding), isPartyCode);
    if (!parsed.ok)
      throw new ValidationError(
        `The parties file has ${parsed.issues.length} problem(s); nothing was imported.`,
        parsed.issues,
      );
    const instruments = [...new Set(parsed.rows.map((r) => r.instrument))].sort();
    await this.work.run(async (repos, tx) => {
      await repos.parties.replaceLists(parsed.rows);
      await tx.audit({
        actor,
        action,
        entity: 'instruments_party_list',
        entityId: instruments.length === 1 ? instruments[0] : `${instruments.length} lists`,
        before: null,
        after: { instruments, rows: parsed.rows.length },
      });
    });
    return { instruments, rows: parsed.rows.length };
  }
}
