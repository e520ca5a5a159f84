import { decodeTextDetected, delimiterName, parseDelimited, sniffDelimiter } from '@strata/core';
import { BR_CLASS_DERIVATION, deriveBrazilClass } from './br-class.ts';
import { dmsIsCanonical } from './dms.ts';
import {
  emptyFacility,
  type FacilityProvenance,
  type FacilityRecord,
  type HeaderReport,
  normalizeLabel,
  type ParsedBatch,
  parseYesNo,
  type RejectedRow,
} from './facility.ts';
import {
  applyFieldKeeping,
  invalidFieldReports,
  MAPPABLE_FIELDS,
  type MappableField,
  parseDateText,
  validateRecord,
} from './fields.ts';

/** Provenance of the September 2021 export of Brazil's mining-dam register. */
export const SIGBM_PROVENANCE: FacilityProvenance = {
  source: 'ANM — Sistema Integrado de Gestão de Barragens de Mineração (SIGBM), public export',
  sourceUrl: 'https://dados.gov.br/dados/conjuntos-dados/barragens-de-mineracao',
  licence: 'Brazilian open government data (Decreto 8.777/2016, dados.gov.br)',
  retrieved: '2021-09-08',
  method: 'imported: sigbm',
};

const NON_MAPPABLE_KEYS = [
  'hemisphere',
  'cri',
  'damClass',
  'emergencyLevel',
  'dceDate',
  'pae',
  'populationPresence',
  'taxId',
  'structureType',
] as const;
type SigbmKey = MappableField | (typeof NON_MAPPABLE_KEYS)[number];

/**
 * SIGBM columns the parser reads, by header text (matched case- and accent-insensitively, so a later
 * export with renamed case, accents, order or added columns still imports). Aliases cover the names used
 * by other exports of the same register.
 */
const SIGBM_COLUMNS: readonly { key: SigbmKey; headers: string[] }[] = [
  { key: 'sourceId', headers: ['ID', 'ID Barragem', 'Código'] },
  { key: 'name', headers: ['Nome', 'Nome da Barragem', 'Barragem'] },
  { key: 'operator', headers: ['Empreendedor', 'Nome do Empreendedor'] },
  { key: 'taxId', headers: ['CPF_CNPJ', 'CPF/CNPJ', 'CNPJ'] },
  { key: 'region', headers: ['UF'] },
  { key: 'municipality', headers: ['Município'] },
  { key: 'lat', headers: ['Latitude'] },
  { key: 'lon', headers: ['Longitude'] },
  { key: 'hemisphere', headers: ['Posicionamento'] },
  { key: 'cri', headers: ['Categoria de Risco - CRI', 'Categoria de Risco', 'CRI'] },
  { key: 'classification', headers: ['Dano Potencial Associado - DPA', 'Dano Potencial Associado', 'DPA'] },
  { key: 'damClass', headers: ['Classe'] },
  { key: 'emergencyLevel', headers: ['Nível de Emergência'] },
  { key: 'structureType', headers: ['Tipo de Barragem de Mineração'] },
  { key: 'status', headers: ['Situação Operacional'] },
  { key: 'commodity', headers: ['Minério principal presente no reservatório'] },
  { key: 'cyanide', headers: ['A Barragem armazena rejeitos/residuos que contenham Cianeto'] },
  { key: 'heightM', headers: ['Altura máxima atual (m)', 'Altura Atual (m)'] },
  { key: 'raiseMethod', headers: ['Método construtivo da barragem', 'Método Construtivo'] },
  { key: 'volumeM3', headers: ['Volume atual do Reservatório (m³)', 'Volume Atual (m³)'] },
  {
    key: 'downstreamPopulation',
    headers: ['Número de pessoas possivelmente afetadas a jusante em caso de rompimento da barragem'],
  },
  { key: 'populationPresence', headers: ['Existência de população a jusante'] },
  { key: 'pae', headers: ['PAE - Plano de Ação Emergencial (quando exigido pelo órgão fiscalizador)'] },
  { key: 'dceDate', headers: ['Data da Finalização da DCE'] },
];

/**
 * The other columns of the 2021 export: recognised, kept verbatim in `extra` (they describe back-up dams,
 * CRI sub-criteria and design values that the facility model has no item for).
 */
const SIGBM_KNOWN_EXTRA = [
  'Necessita de PAEBM',
  'Inserido na PNSB',
  'Status da DCE Atual',
  'A Barragem de Mineração possui outra estrutura de mineração interna selante de reservatório',
  'Quantidade Diques Internos',
  'Quantidade Diques Selantes',
  'A barragem de mineração possui Back Up Dam',
  'Esta Back Up Dam está operando pós rompimento da barragem de mineração',
  'Nome da Back Up Dam',
  'UF (Back Up Dam)',
  'Município (Back Up Dam)',
  'Situação operacional da Back Up Dam',
  'Desde (Back Up Dam)',
  'Vida útil prevista da Back Up Dam (Anos)',
  'Previsão de término de construção da Back Up Dam',
  'A Back Up Dam está dentro da Área do Processo ANM ou da Área de Servidão',
  'Processos associados (Back Up Dam)',
  'Posicionamento (Back Up Dam)',
  'Latitude (Back Up Dam)',
  'Longitude (Back Up Dam)',
  'Altura Máxima do projeto da Back Up Dam (m)',
  'Comprimento da Crista do projeto da Back Up Dam (m)',
  'Volume do projeto da Back Up Dam (m³)',
  'Descarga Máxima do vertedouro da Dack Up Dam (m³/seg)',
  'Existe documento que ateste a segurança estrutural e a capacidade para contenção de rejeitos da Back Up Dam com ART',
  'Existe manual de operação da Back Up Dam',
  'A Back up Dam passou por auditoria de terceira parte',
  'A Back Up Dam garante a redução da área da mancha de inundação à jusante',
  'Tipo de Back Up Dam quanto ao material de construção',
  'Tipo de fundação da Back Up Dam',
  'Vazão de projeto da Back Up Dam',
  'Método construtivo da Back Up Dam',
  'Tipo de auscultação da Back Up Dam',
  // "Desde" is the date the current operational status began, not the start year.
  'Desde',
  'Vida útil prevista da Barragem (anos)',
  'Estrutura com o Objetivo de Contenção',
  'A Barragem de Mineração está dentro da Área do Processo ANM ou da Área de Servidão',
  'Barragem de mineração é alimentado por usina',
  'Usinas',
  'Processo de beneficiamento',
  'Produtos químicos utilizados',
  'Teor (%) do minério principal inserido no rejeito',
  'Outras substâncias minerais presentes no reservatório',
  'Altura máxima do projeto licenciado (m)',
  'Comprimento da crista do projeto (m)',
  'Comprimento atual da crista (m)',
  'Descarga máxima do vertedouro (m³/seg)',
  'Área do reservatório (m²)',
  'Tipo de barragem quanto ao material de construção',
  'Tipo de fundação',
  'Vazão de projeto',
  'Tipo de alteamento',
  'Tipo de auscultação',
  'A Barragem de Mineração possui Manta Impermeabilizante',
  'Data da última Vistoria de Inspeção Regular',
  'Confiabilidade das estruturas extravasora',
  'Percolação',
  'Deformações e recalque',
  'Deteriorização dos taludes / paramentos',
  'Documentação de projeto',
  'Estrutura organizacional e qualificação técnica dos profissionais na equipe de Segurança da Barragem',
  'Manuais de Procedimentos para Inspeções de Segurança e Monitoramento',
  'As cópias físicas do PAEBM foram entregues para as Prefeituras e Defesas Civis municipais e estaduais',
  'Relatórios de inspeção e monitoramento da instrumentação e de Análise de Segurança',
  'Volume de projeto licenciado do Reservatório (m³)',
  'Impacto ambiental',
  'Impacto sócio-econômico',
  'Motivo de Envio',
  'RT/Declaração',
  'RT/Empreendimento',
].map(normalizeLabel);

/**
 * Recognised columns whose values are kept verbatim in `extra` (unknown columns always are). The others
 * (back-up dam details, CRI sub-criteria, long impact descriptions) stay in the source file: keeping all
 * 94 columns made each record 4 KB instead of under 2 KB and the import three times slower.
 */
const SIGBM_KEPT_EXTRA = new Set(
  [
    'Inserido na PNSB',
    'Necessita de PAEBM',
    'Status da DCE Atual',
    'Desde',
    'Estrutura com o Objetivo de Contenção',
    'Processo de beneficiamento',
    'Produtos químicos utilizados',
    'Outras substâncias minerais presentes no reservatório',
    'Altura máxima do projeto licenciado (m)',
    'Volume de projeto licenciado do Reservatório (m³)',
    'Tipo de barragem quanto ao material de construção',
    'A barragem de mineração possui Back Up Dam',
  ].map(normalizeLabel),
);

const BY_HEADER = new Map<string, SigbmKey>();
for (const col of SIGBM_COLUMNS) for (const h of col.headers) BY_HEADER.set(normalizeLabel(h), col.key);
const REQUIRED: SigbmKey[] = ['sourceId', 'name', 'lat', 'lon'];

/** The keys a SIGBM column may be mapped to: the model's mappable fields and SIGBM's own ratings. */
export const SIGBM_KEYS: readonly string[] = [...MAPPABLE_FIELDS, ...NON_MAPPABLE_KEYS];

export interface SigbmOptions {
  provenance?: FacilityProvenance;
  /** `;`, `,` or tab; sniffed from the header line when absent. */
  delimiter?: string;
  /**
   * More header names, key → header (e.g. `{ "crestElevationM": "cota da crista (m)" }`): for exports whose
   * column names the built-in list does not know. They take precedence over the built-in names.
   */
  columns?: Partial<Record<string, string>>;
}

/**
 * Parses a SIGBM export into facility records. The delimiter (`;` in the 2021 export, `,` in later ones, or
 * tab) is sniffed from the header line unless given. Columns are found by header name, case- and
 * accent-insensitively (the built-in names, then `options.columns`); headers the parser does not know are
 * reported in `unknownColumns` and kept verbatim in each record's `extra`. A row is rejected (with its line
 * and the reason) only when it cannot be identified or placed: no id, no name, an unreadable coordinate, a
 * duplicate id or a broken row. Any other unreadable value leaves its field empty, flagged in the record's
 * `invalidFields` with the raw text, and listed in the batch's `invalidFields`. Without a `Classe` column
 * the class is derived from CRI × DPA ({@link deriveBrazilClass}) and marked as derived.
 *
 * @example parseSigbm(new TextDecoder('latin1').decode(bytes))
 */
export function parseSigbm(text: string, options: SigbmOptions = {}): ParsedBatch {
  const provenance = options.provenance ?? SIGBM_PROVENANCE;
  const rows = parseDelimited(text, options.delimiter ?? sniffDelimiter(text));
  const header = rows[0];
  const out: ParsedBatch = {
    records: [],
    rejected: [],
    unknownColumns: [],
    missingColumns: [],
    invalidFields: [],
  };
  if (!header) return { ...out, missingColumns: REQUIRED as string[] };
  const known = new Set(SIGBM_KNOWN_EXTRA);
  const byHeader = new Map(BY_HEADER);
  for (const [key, h] of Object.entries(options.columns ?? {}))
    if (h) byHeader.set(normalizeLabel(h), key as SigbmKey);
  const report: HeaderReport = { matched: [], unmatched: [], missing: [], ambiguous: [] };
  const used = new Map<SigbmKey, string>();
  const columns = header.fields.map((h) => {
    const norm = normalizeLabel(h);
    let key = byHeader.get(norm) ?? null;
    const first = key ? used.get(key) : undefined;
    if (key && first !== undefined) {
      // Two columns for one field: the first is read, the other kept verbatim; both are reported.
      const entry = report.ambiguous.find((a) => a.field === key);
      if (entry) entry.headers.push(h);
      else report.ambiguous.push({ field: key, headers: [first, h], used: first });
      key = null;
    } else if (key) used.set(key, h);
    const unknown = !key && !known.has(norm);
    if (unknown) out.unknownColumns.push(h);
    return { header: h, key, unknown, kept: SIGBM_KEPT_EXTRA.has(norm) };
  });
  const present = new Set(columns.map((c) => c.key));
  out.missingColumns = SIGBM_COLUMNS.filter((c) => !present.has(c.key)).map((c) => c.headers[0] ?? c.key);
  report.matched = [...used].map(([field, h]) => ({ field, header: h }));
  report.unmatched = [...out.unknownColumns];
  report.missing = [...out.missingColumns];
  out.headers = report;
  if (REQUIRED.some((k) => !present.has(k))) return out;

  const seen = new Set<string>();
  for (const row of rows.slice(1)) {
    const reject = (reason: string, id: string | null = null) =>
      out.rejected.push({ line: row.line, sourceId: id, reason } satisfies RejectedRow);
    if (row.fields.length !== columns.length) {
      reject(`has ${row.fields.length} fields, the header has ${columns.length}`);
      continue;
    }
    const record = emptyFacility('sigbm', '', '', 'BRA', provenance);
    record.classification = { system: 'br_dpa', raw: '' };
    const values = new Map<SigbmKey, string>();
    let error: string | null = null;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i];
      const value = row.fields[i] ?? '';
      if (!col) continue;
      if (!col.key) {
        if ((col.unknown || col.kept) && keepExtra(value)) record.extra[col.header] = value;
        continue;
      }
      values.set(col.key, value);
    }
    for (const [key, value] of values) {
      if (isMappable(key)) {
        error = applyFieldKeeping(record, key, value, used.get(key) ?? key);
        if (error) break;
      }
    }
    const id = values.get('sourceId')?.trim() || null;
    if (error) {
      reject(error, id);
      continue;
    }
    finishSigbmRecord(record, values, present.has('damClass'));
    const invalid = validateRecord(record);
    if (invalid) {
      reject(invalid, id);
      continue;
    }
    if (seen.has(record.sourceId)) {
      reject(`duplicate ID ${record.sourceId} (first occurrence kept)`, id);
      continue;
    }
    seen.add(record.sourceId);
    out.records.push({ line: row.line, record });
    out.invalidFields?.push(...invalidFieldReports(row.line, record, used));
  }
  return out;
}

/**
 * Checks a SIGBM mapping file, `{ "columns": { key: header } }` (keys: the model's mappable fields or
 * SIGBM's own: cri, damClass, emergencyLevel, …). Returns the columns, or the problems found.
 */
export function validateSigbmColumns(value: unknown): {
  columns: Record<string, string> | null;
  problems: string[];
} {
  const columns = (value as { columns?: unknown } | null)?.columns;
  if (typeof columns !== 'object' || columns === null)
    return { columns: null, problems: ['"columns" is required'] };
  const problems: string[] = [];
  for (const [key, header] of Object.entries(columns)) {
    if (!SIGBM_KEYS.includes(key))
      problems.push(`columns: unknown key "${key}" (one of ${SIGBM_KEYS.join(', ')})`);
    if (typeof header !== 'string' || header.trim() === '')
      problems.push(`columns.${key} must be a column header`);
  }
  return { columns: problems.length === 0 ? (columns as Record<string, string>) : null, problems };
}

/**
 * Reads a SIGBM export from its bytes: detects the encoding (UTF-8 with or without BOM, else Windows-1252 /
 * Latin-1) and the delimiter, and says what it found in `detected`.
 */
export function parseSigbmFile(bytes: Uint8Array, options: SigbmOptions = {}): ParsedBatch {
  const { text, encoding } = decodeTextDetected(bytes);
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  return {
    ...parseSigbm(text, { ...options, delimiter }),
    detected: { encoding, delimiter: delimiterName(delimiter) },
  };
}

const NON_MAPPABLE = new Set<SigbmKey>(NON_MAPPABLE_KEYS);
function isMappable(key: SigbmKey): key is MappableField {
  return !NON_MAPPABLE.has(key);
}

/** The SIGBM-specific readings: hemisphere, Brazil's other ratings, emergency level, DCE, PAE. */
function finishSigbmRecord(
  record: FacilityRecord,
  values: Map<SigbmKey, string>,
  hasClassColumn: boolean,
): void {
  // "Posicionamento" says the hemisphere; some rows north of the equator carry no sign at all.
  const hemisphere = normalizeLabel(values.get('hemisphere') ?? '');
  if (record.lat !== null && hemisphere.startsWith('sul') && record.lat > 0) record.lat = -record.lat;
  if (record.lon !== null && record.lon > 0) record.lon = -record.lon; // Brazil lies west of Greenwich
  const latRaw = values.get('lat') ?? '';
  const lonRaw = values.get('lon') ?? '';
  if (!dmsIsCanonical(latRaw) || !dmsIsCanonical(lonRaw)) {
    record.extra['Strata: coordinate warning'] =
      `minutes or seconds ≥ 60 in the source (${latRaw}, ${lonRaw}); read as written`;
  }
  for (const [key, system] of [
    ['cri', 'br_cri'],
    ['damClass', 'br_class'],
  ] as const) {
    const raw = values.get(key)?.trim();
    if (raw) record.otherRatings.push({ system, raw });
  }
  if (!hasClassColumn) deriveClass(record, values.get('cri') ?? '', values.get('classification') ?? '');
  const emergency = values.get('emergencyLevel')?.trim();
  if (emergency) {
    const level = /(\d)/.exec(emergency)?.[1];
    record.stabilityConcerns = level !== undefined;
    record.stabilityConcernsNote = emergency;
  }
  const dce = parseDateText(values.get('dceDate') ?? '');
  // The DCE (Declaração de Condição de Estabilidade) is signed by an external engineer: the nearest
  // SIGBM item to "last independent review".
  if (dce) record.lastIndependentReview = dce;
  const pae = values.get('pae')?.trim();
  if (pae && !/nao se aplica/.test(normalizeLabel(pae))) record.emergencyPreparednessSummary = pae;
  const structure = values.get('structureType')?.trim();
  if (structure && /^cava/.test(normalizeLabel(structure)) && record.raiseMethod === 'unknown') {
    record.raiseMethod = 'in_pit';
    record.raiseMethodRaw = structure;
  }
  const presence = values.get('populationPresence')?.trim();
  // Only the category word ("Existente", "Frequente"…): the rest is the register's fixed definition.
  if (presence) record.extra['Existência de população a jusante'] = presence.replace(/\s*\(.*$/, '');
  const taxId = values.get('taxId')?.trim();
  if (taxId) record.ids.cnpj = taxId;
  if (values.get('cyanide') && parseYesNo(values.get('cyanide') ?? '') === null)
    record.toxicity.cyanide = null;
}

/** Without a `Classe` column: the class from CRI × DPA, marked as derived, or the reason there is none. */
function deriveClass(record: FacilityRecord, cri: string, dpa: string): void {
  if (cri.trim() === '' && dpa.trim() === '') return;
  const derived = deriveBrazilClass(cri, dpa);
  if (derived.class) {
    record.otherRatings.push({ system: 'br_class', raw: derived.class, derivedBy: BR_CLASS_DERIVATION });
  } else if (derived.reason && !(isNotApplicable(cri) && isNotApplicable(dpa))) {
    // "Não se aplica" on both axes is the register's own answer (the dam is outside the national policy).
    record.extra['Strata: class'] = derived.reason;
  }
}

function isNotApplicable(raw: string): boolean {
  return /^nao se aplica/.test(normalizeLabel(raw));
}

/** Extra fields worth keeping: not blank, not "-", not "não se aplica…" (not applicable). */
function keepExtra(value: string): boolean {
  const t = value.trim();
  return t !== '' && t !== '-' && !/^N[ãa]o se aplica/i.test(t);
}
