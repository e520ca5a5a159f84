import { type CsvColumn, toCsvColumns, UTF8_BOM } from '@strata/core';
import type { Instrument } from '../domain/instrument.ts';
import type { Participation } from '../domain/parties.ts';
import { PARTIES_TEMPLATE } from '../domain/parties.ts';
import type { StoredCell } from '../repository/index.ts';

const list = (values: readonly string[]) => values.join('; ');
const sourceOf = (i: Instrument, fact: string) => {
  const s = i.sources[fact];
  return s ? `${s.title}${s.url ? ` <${s.url}>` : ''} (consulted ${s.consulted})` : null;
};

const CATALOGUE: CsvColumn<Instrument>[] = [
  { key: 'slug', header: 'id', value: (i) => i.slug },
  { key: 'title', header: 'title', value: (i) => i.title },
  { key: 'shortTitle', header: 'short_title', value: (i) => i.shortTitle },
  { key: 'kind', header: 'kind', value: (i) => i.kind },
  { key: 'issuers', header: 'issuers', value: (i) => list(i.issuers) },
  { key: 'adoptionYear', header: 'adoption_year', value: (i) => i.adoptionYear },
  { key: 'entryIntoForce', header: 'entry_into_force', value: (i) => i.entryIntoForce },
  { key: 'currentVersion', header: 'current_version', value: (i) => i.currentVersion },
  { key: 'versionDate', header: 'version_date', value: (i) => i.versionDate },
  { key: 'languages', header: 'official_languages', value: (i) => list(i.languages) },
  { key: 'commodities', header: 'commodities', value: (i) => list(i.commodities) },
  { key: 'stages', header: 'stages', value: (i) => list(i.stages) },
  { key: 'geography', header: 'geography', value: (i) => i.geography },
  { key: 'assurance', header: 'assurance', value: (i) => i.assurance },
  { key: 'status', header: 'status', value: (i) => i.status },
  { key: 'url', header: 'url', value: (i) => i.url },
  {
    key: 'sources',
    header: 'sources',
    value: (i) =>
      Object.keys(i.sources)
        .map((fact) => `${fact}: ${sourceOf(i, fact)}`)
        .join(' | '),
  },
];

/** The catalogue as CSV, one instrument per row, each fact's source in the last column. */
export function catalogueCsv(instruments: Iterable<Instrument>): string {
  return UTF8_BOM + toCsvColumns(CATALOGUE, instruments);
}

const MATRIX: CsvColumn<StoredCell>[] = [
  { key: 'instrument', header: 'instrument', value: (c) => c.instrumentId },
  { key: 'issue', header: 'issue', value: (c) => c.issue },
  { key: 'stage', header: 'stage', value: (c) => c.stage },
  { key: 'grade', header: 'grade', value: (c) => c.grade },
  { key: 'clause', header: 'clause', value: (c) => c.clause },
  { key: 'source', header: 'source', value: (c) => c.source },
  { key: 'status', header: 'status', value: (c) => c.status },
];

/** The matrix in long form: instrument, issue, stage, grade, clause, source, status. */
export function matrixCsv(cells: Iterable<StoredCell>): string {
  return UTF8_BOM + toCsvColumns(MATRIX, cells);
}

const PARTY_VALUES: Record<(typeof PARTIES_TEMPLATE)[number], (p: Participation) => string | null> = {
  instrument: (p) => p.instrument,
  country_iso3: (p) => p.countryIso3,
  consent_kind: (p) => p.consentKind,
  consent_date: (p) => p.consentDate,
  signature_date: (p) => p.signatureDate,
  entry_into_force: (p) => p.entryIntoForce,
  source: (p) => p.source,
  source_url: (p) => p.sourceUrl,
  list_date: (p) => p.listDate,
};

/** Parties lists as CSV in the import template's columns, so a download can be edited and imported back. */
export function partiesCsv(parties: Iterable<Participation>): string {
  return (
    UTF8_BOM +
    toCsvColumns(
      PARTIES_TEMPLATE.map((key) => ({ key, header: key, value: PARTY_VALUES[key] })),
      parties,
    )
  );
}
