import { type FieldIssue, parseDelimited } from '@strata/core';
import {
  ENDORSEMENT_KINDS,
  ENDORSEMENT_VENUES,
  type EndorsementKind,
  type EndorsementVenue,
} from './endorsement-state.ts';

/** The header of an endorsement import file, in this order. */
export const ENDORSEMENT_CSV_HEADER = [
  'proposal',
  'version',
  'country_iso3',
  'kind',
  'venue',
  'expressed_at',
  'note',
] as const;

/** One row of an endorsement import file; `versionNumber` null means the current version. */
export interface EndorsementImportRow {
  line: number;
  proposalCode: string;
  versionNumber: number | null;
  countryIso3: string;
  kind: EndorsementKind;
  venue: EndorsementVenue;
  expressedAt: string;
  note: string | null;
}

/**
 * Parses an endorsement import CSV (RFC 4180 quoting) with the header
 * `proposal,version,country_iso3,kind,venue,expressed_at,note`. Every bad line is reported with its
 * number (`path: 'line 3'`); good rows are returned either way, for the caller to refuse the whole file.
 *
 * @example parseEndorsementCsv('proposal,version,country_iso3,kind,venue,expressed_at,note\nP-1,,SEN,support,plenary,2023-09-07,\n')
 */
export function parseEndorsementCsv(text: string): { rows: EndorsementImportRow[]; issues: FieldIssue[] } {
  const [head, ...records] = parseDelimited(text);
  const header = (head?.fields ?? []).map((h) => h.trim().toLowerCase());
  if (ENDORSEMENT_CSV_HEADER.some((h, i) => header[i] !== h))
    return {
      rows: [],
      issues: [{ path: 'line 1', message: `the header must be ${ENDORSEMENT_CSV_HEADER.join(',')}` }],
    };
  const rows: EndorsementImportRow[] = [];
  const issues: FieldIssue[] = [];
  for (const { line, fields } of records) {
    const [proposal = '', version = '', iso3 = '', kind = '', venue = '', expressed = ''] = fields.map((c) =>
      c.trim(),
    );
    // An unquoted comma in the last column splits it: the note is the rest of the line.
    const note = fields.slice(6).join(',').trim() || null;
    const problems: string[] = [];
    if (!proposal) problems.push('proposal is empty');
    if (version && !/^\d+$/.test(version)) problems.push(`version "${version}" is not a whole number`);
    if (!/^[A-Za-z]{3}$/.test(iso3)) problems.push(`country_iso3 "${iso3}" is not a 3-letter code`);
    if (!(ENDORSEMENT_KINDS as readonly string[]).includes(kind))
      problems.push(`kind "${kind}" is not one of ${ENDORSEMENT_KINDS.join(', ')}`);
    if (!(ENDORSEMENT_VENUES as readonly string[]).includes(venue))
      problems.push(`venue "${venue}" is not one of ${ENDORSEMENT_VENUES.join(', ')}`);
    if (!expressed || Number.isNaN(Date.parse(expressed)))
      problems.push(`expressed_at "${expressed}" is not a date`);
    if (problems.length) {
      issues.push({ path: `line ${line}`, message: problems.join('; ') });
      continue;
    }
    rows.push({
      line,
      proposalCode: proposal,
      versionNumber: version ? Number(version) : null,
      countryIso3: iso3.toUpperCase(),
      kind: kind as EndorsementKind,
      venue: venue as EndorsementVenue,
      expressedAt: expressed,
      note,
    });
  }
  return { rows, issues };
}
