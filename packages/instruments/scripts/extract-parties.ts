/**
 * Builds the bundled parties lists (data/parties-*.csv, in the import template's columns) from the shared
 * data folder: the IEA Database memberships (to about October 2020) and the UNFCCC parties list (2024).
 * Run again when either source is refreshed:  npx tsx packages/instruments/scripts/extract-parties.ts
 *
 * Party = a membership record with a ratification (or other consent) date or an entry-into-force date.
 * The IEA data do not say which kind of consent (ratification, accession, …), so `consent_kind` stays
 * empty for those rows rather than guessed; the UNFCCC list states it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, parseDelimited, sharedDataFile, toCsv } from '@strata/core';
import { readSheet } from 'read-excel-file/node';
import { PARTIES_TEMPLATE } from '../src/domain/parties.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** IEA Database treaty ids (`mitch_id`) of the binding instruments of the catalogue. */
const IEA_TREATIES: Record<string, string> = {
  '4971': 'minamata-convention',
  '3042': 'basel-convention',
  '3289': 'rotterdam-convention',
  '3341': 'stockholm-convention',
  '3128': 'convention-on-biological-diversity',
  '5046': 'paris-agreement',
  '3288': 'aarhus-convention',
  '8808': 'escazu-agreement',
  '3679': 'ilo-c176',
  '2793': 'ramsar-convention',
  '2813': 'london-convention',
};
const IEA_SOURCE =
  'International Environmental Agreements Database (R. Mitchell et al.), memberships via the manyenviron R package (data to about October 2020)';
const IEA_URL = 'https://iea.uoregon.edu/';
/** The export's data end "around October 2020" (shared data README): month precision, no day. */
const IEA_LIST_DATE = '2020-10';

/** IEA country names that differ from the ISO English short names. */
const ALIASES: Record<string, string> = {
  'European Union': 'EUU',
  'Cook Islands': 'COK',
  Niue: 'NIU',
  Bolivia: 'BOL',
  'Cape Verde': 'CPV',
  China: 'CHN',
  'Congo, Democratic Republic of': 'COD',
  'Congo, Republic of the': 'COG',
  "Cote d'Ivoire": 'CIV',
  'Czech Republic': 'CZE',
  Gambia: 'GMB',
  Iran: 'IRN',
  "Korea, Democratic People's Republic": 'PRK',
  'Korea, Republic of': 'KOR',
  Laos: 'LAO',
  Micronesia: 'FSM',
  Moldova: 'MDA',
  Netherlands: 'NLD',
  Syria: 'SYR',
  Tanzania: 'TZA',
  Turkey: 'TUR',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Venezuela: 'VEN',
};

const byName = new Map(COUNTRIES.map((c) => [c.name.en.toLowerCase(), c.iso3]));
const normal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const byNormal = new Map(COUNTRIES.map((c) => [normal(c.name.en), c.iso3]));

function iso3Of(name: string): string | null {
  return ALIASES[name] ?? byName.get(name.toLowerCase()) ?? byNormal.get(normal(name)) ?? null;
}

/** Excel serial day (1900 date system, as stored in the IEA export) or Date → YYYY-MM-DD. */
function dateOf(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const serial = typeof value === 'number' ? value : Number(value);
  // 364880 (year 2898) is the export's placeholder for "not in force".
  if (!value || !Number.isFinite(serial) || serial > 100000) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

async function ieaRows(): Promise<string[][]> {
  const file = sharedDataFile('instruments/ieadb-memberships-2020.xlsx');
  if (!file) throw new Error('../shared/data/instruments/ieadb-memberships-2020.xlsx is missing.');
  const sheet = await readSheet(await readFile(file));
  const [header, ...rows] = sheet;
  const col = (name: string) => header.indexOf(name);
  const unknown = new Set<string>();
  const out: string[][] = [];
  for (const r of rows) {
    const slug = IEA_TREATIES[String(r[col('mitch_id')])];
    if (!slug) continue;
    const consent = dateOf(r[col('crat')]);
    const inForce = dateOf(r[col('ceif3')]);
    const signature = dateOf(r[col('csig')]);
    if (!consent && !inForce && !signature) continue;
    const iso3 = iso3Of(String(r[col('country')]));
    if (!iso3) {
      unknown.add(String(r[col('country')]));
      continue;
    }
    out.push([
      slug,
      iso3,
      '',
      consent ?? '',
      signature ?? '',
      inForce ?? '',
      IEA_SOURCE,
      IEA_URL,
      IEA_LIST_DATE,
    ]);
  }
  if (unknown.size > 0)
    console.warn(`IEA names without an ISO code (left out): ${[...unknown].sort().join(', ')}`);
  return out;
}

async function unfcccRows(): Promise<string[][]> {
  const file = sharedDataFile('instruments/unfccc-parties.csv');
  if (!file) throw new Error('../shared/data/instruments/unfccc-parties.csv is missing.');
  const [header, ...rows] = parseDelimited(await readFile(file, 'utf8'));
  const at = (fields: string[], name: string) => fields[header.fields.indexOf(name)] ?? '';
  return rows.map(({ fields }) => [
    'unfccc',
    at(fields, 'Code') === 'EU' ? 'EUU' : at(fields, 'Code'),
    at(fields, 'Kind').toLowerCase(),
    at(fields, 'Ratification-Acceptance-Accession-Approval-Succession'),
    at(fields, 'Signature'),
    '',
    'UNFCCC parties list (openclimatedata/countrygroups, CC0)',
    'https://github.com/openclimatedata/countrygroups',
    '2024', // the list is dated by year only
  ]);
}

const [iea, unfccc] = await Promise.all([ieaRows(), unfcccRows()]);
await writeFile(path.join(here, '../data/parties-ieadb-2020.csv'), toCsv(PARTIES_TEMPLATE, iea));
await writeFile(path.join(here, '../data/parties-unfccc-2024.csv'), toCsv(PARTIES_TEMPLATE, unfccc));
console.log(`${iea.length} IEA rows, ${unfccc.length} UNFCCC rows written.`);
