import { type FieldIssue, parseDelimited, sniffDelimiter } from '@strata/core/browser';
import { CONSENT_KINDS, type ConsentKind } from './vocabulary.ts';

/** A State's (or regional organisation's) participation in one binding instrument. */
export interface Participation {
  /** The instrument's slug, e.g. `minamata-convention`. */
  instrument: string;
  countryIso3: string;
  /** Kind of consent, when the list states it; null when the source does not say. */
  consentKind: ConsentKind | null;
  /** Date of the instrument of ratification, accession, …; null for a signatory only. */
  consentDate: string | null;
  signatureDate: string | null;
  /** Date the instrument entered into force for this party, when known. */
  entryIntoForce: string | null;
  /** The list this record comes from, its address and the date it was checked. */
  source: string;
  sourceUrl: string | null;
  listDate: string;
}

/**
 * Parties that are not UN Member or observer States but may consent to treaties: the European Union
 * (regional economic integration organisation; code EUU, as in the UNFCCC list) and two States in free
 * association with New Zealand (ISO 3166-1 codes).
 */
export const NON_UN_PARTIES: Readonly<Record<string, string>> = {
  EUU: 'European Union',
  COK: 'Cook Islands',
  NIU: 'Niue',
};

/**
 * The columns of the parties CSV template (docs/instruments.md), in order. `consent_date` empty means
 * signature only; dates are ISO 8601 (YYYY-MM-DD).
 */
export const PARTIES_TEMPLATE = [
  'instrument',
  'country_iso3',
  'consent_kind',
  'consent_date',
  'signature_date',
  'entry_into_force',
  'source',
  'source_url',
  'list_date',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A list may be dated by year or month only, as its publisher dates it (e.g. "2024", "2020-10"). */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The outcome of reading a parties CSV: every row, or every problem with its line. */
export type PartiesParse = { ok: true; rows: Participation[] } | { ok: false; issues: FieldIssue[] };

/**
 * Reads a parties CSV (comma, semicolon or tab; header row required, in any column order) against the
 * template. `knownInstruments` are the slugs of binding instruments in the catalogue; `isParty` says whether
 * a code names a State or organisation that can be a party. All-or-nothing: one
 * bad row makes the whole file rejected, with every problem listed as `line N, column c`.
 */
export function parsePartiesCsv(
  text: string,
  knownInstruments: ReadonlySet<string>,
  isParty: (code: string) => boolean,
): PartiesParse {
  const records = parseDelimited(text, sniffDelimiter(text));
  const issues: FieldIssue[] = [];
  if (records.length === 0) return { ok: false, issues: [{ path: 'line 1', message: 'The file is empty.' }] };
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const missing = PARTIES_TEMPLATE.filter((c) => !header.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      issues: [{ path: 'line 1', message: `Missing column(s): ${missing.join(', ')}.` }],
    };
  const at = (fields: string[], column: (typeof PARTIES_TEMPLATE)[number]) =>
    (fields[header.indexOf(column)] ?? '').trim();
  const rows: Participation[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records.slice(1)) {
    const problem = (column: string, message: string) =>
      issues.push({ path: `line ${line}, column ${column}`, message });
    const instrument = at(fields, 'instrument');
    const iso3 = at(fields, 'country_iso3').toUpperCase();
    const kind = at(fields, 'consent_kind').toLowerCase();
    if (!knownInstruments.has(instrument))
      problem('instrument', `"${instrument}" is not a binding instrument of the catalogue.`);
    if (!isParty(iso3)) problem('country_iso3', `"${iso3}" is not a known State or party code.`);
    if (kind && !(CONSENT_KINDS as readonly string[]).includes(kind))
      problem('consent_kind', `"${kind}" is not one of ${CONSENT_KINDS.join(', ')}.`);
    for (const column of ['consent_date', 'signature_date', 'entry_into_force'] as const) {
      const value = at(fields, column);
      if (value && !validDate(value)) problem(column, `"${value}" is not a date (YYYY-MM-DD).`);
    }
    const listDate = at(fields, 'list_date');
    if (listDate && !validDate(listDate) && !PARTIAL_DATE.test(listDate))
      problem('list_date', `"${listDate}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).`);
    if (!at(fields, 'list_date')) problem('list_date', 'The date the list was checked is required.');
    if (!at(fields, 'source')) problem('source', 'The source of the list is required.');
    if (kind && !at(fields, 'consent_date')) problem('consent_date', 'A kind of consent needs its date.');
    if (!at(fields, 'consent_date') && !at(fields, 'signature_date') && !at(fields, 'entry_into_force'))
      problem(
        'consent_date',
        'Give the date of consent, of entry into force or, for a signatory only, of signature.',
      );
    const key = `${instrument}|${iso3}`;
    const first = seen.get(key);
    if (first !== undefined)
      problem('country_iso3', `${iso3} is listed twice for ${instrument} (first on line ${first}).`);
    else seen.set(key, line);
    rows.push({
      instrument,
      countryIso3: iso3,
      consentKind: kind ? (kind as ConsentKind) : null,
      consentDate: at(fields, 'consent_date') || null,
      signatureDate: at(fields, 'signature_date') || null,
      entryIntoForce: at(fields, 'entry_into_force') || null,
      source: at(fields, 'source'),
      sourceUrl: at(fields, 'source_url') || null,
      listDate: at(fields, 'list_date'),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/**
 * Whether a participation binds its party: it has consented, or the instrument is in force for it (some
 * lists give only the entry-into-force date). Signature alone does not bind.
 */
export function isBound(p: Pick<Participation, 'consentDate' | 'entryIntoForce'>): boolean {
  return p.consentDate !== null || p.entryIntoForce !== null;
}
