import { type GistmClass, normalizeLabel, type SourceClassification } from './facility.ts';

/** How sure a crosswalk is that the source class means the GISTM class it maps to. */
export type CrosswalkConfidence = 'high' | 'medium' | 'low';

/** A derived GISTM-equivalent consequence class. The source rating stays verbatim beside it. */
export interface GistmEquivalent {
  gistmClass: GistmClass;
  confidence: CrosswalkConfidence;
  /** The source's system and rating, exactly as given. */
  source: SourceClassification;
  /** Why this mapping: the crosswalk row and its reference, in one English sentence. */
  basis: string;
  /**
   * The parts of the basis, for a reader in another language: the crosswalk's system key and name, its
   * row's note code and English note, and its reference (cited as published).
   */
  crosswalk: { system: string; name: string; noteCode: string; note: string; reference: string };
}

interface CrosswalkRow {
  /** Normalised source labels (see normalizeLabel). */
  labels: string[];
  gistmClass: GistmClass;
  confidence: CrosswalkConfidence;
  /** Names the note for translation; rows with the same note share it. */
  code: string;
  note: string;
}

export interface Crosswalk {
  system: string;
  name: string;
  reference: string;
  rows: CrosswalkRow[];
}

/**
 * CDA and GISTM share the five class names, but GISTM Annex 2's Table 1 is not CDA's Table 2-1: it adds
 * numeric population-at-risk bands and a health, social and cultural column, so the same name may not be
 * reached on the same criteria.
 */
const CDA_NOTE =
  'same class name; GISTM Annex 2 Table 1 adds population-at-risk bands and a health, social and cultural column to CDA Table 2-1, so the criteria differ';

/**
 * ANCOLD's categories come from a matrix of population at risk against severity of damage and loss
 * (ANCOLD 2012, Table 2), so a category does not stand for one population band.
 */
const ANCOLD_MATRIX =
  'ANCOLD combines population at risk with severity of damage and loss (2012, Table 2), so the category is not a population band';

/**
 * Brazil's DPA is a points score over several criteria: a class does not by itself say who lives
 * downstream.
 */
const DPA_SCORE =
  'DPA is a points score over several criteria; the class alone does not say who lives downstream';

/**
 * The documented crosswalks. GISTM Annex 2's consequence table (Low, Significant, High, Very High, Extreme)
 * was adapted from the Canadian Dam Association's but adds criteria; the others differ in their classes
 * and criteria, so their rows carry a lower confidence.
 */
export const CROSSWALKS: readonly Crosswalk[] = [
  {
    system: 'gistm',
    name: 'GISTM consequence classification',
    reference: 'GISTM (2020), Annex 2, Table 1',
    rows: [
      { labels: ['low'], gistmClass: 'low', confidence: 'high', code: 'sameClass', note: 'same class' },
      {
        labels: ['significant'],
        gistmClass: 'significant',
        confidence: 'high',
        code: 'sameClass',
        note: 'same class',
      },
      { labels: ['high'], gistmClass: 'high', confidence: 'high', code: 'sameClass', note: 'same class' },
      {
        labels: ['very high'],
        gistmClass: 'very_high',
        confidence: 'high',
        code: 'sameClass',
        note: 'same class',
      },
      {
        labels: ['extreme'],
        gistmClass: 'extreme',
        confidence: 'high',
        code: 'sameClass',
        note: 'same class',
      },
    ],
  },
  {
    system: 'cda',
    name: 'Canadian Dam Association dam classification',
    reference: 'CDA Dam Safety Guidelines 2007 (rev. 2013), Table 2-1; GISTM Annex 2 is adapted from it',
    rows: [
      { labels: ['low'], gistmClass: 'low', confidence: 'medium', code: 'cdaCriteria', note: CDA_NOTE },
      {
        labels: ['significant'],
        gistmClass: 'significant',
        confidence: 'medium',
        code: 'cdaCriteria',
        note: CDA_NOTE,
      },
      { labels: ['high'], gistmClass: 'high', confidence: 'medium', code: 'cdaCriteria', note: CDA_NOTE },
      {
        labels: ['very high'],
        gistmClass: 'very_high',
        confidence: 'medium',
        code: 'cdaCriteria',
        note: CDA_NOTE,
      },
      {
        labels: ['extreme'],
        gistmClass: 'extreme',
        confidence: 'medium',
        code: 'cdaCriteria',
        note: CDA_NOTE,
      },
    ],
  },
  {
    system: 'ancold',
    name: 'ANCOLD consequence categories',
    reference:
      'ANCOLD Guidelines on the Consequence Categories for Dams (2012), Table 2; ANCOLD tailings guidelines (2019)',
    rows: [
      {
        labels: ['very low'],
        gistmClass: 'low',
        confidence: 'medium',
        code: 'ancoldVeryLow',
        note: 'ANCOLD has one class below GISTM Low; both mean no loss of life expected',
      },
      {
        labels: ['low'],
        gistmClass: 'low',
        confidence: 'medium',
        code: 'ancoldLow',
        note: `Low; ${ANCOLD_MATRIX}`,
      },
      {
        labels: ['significant'],
        gistmClass: 'significant',
        confidence: 'low',
        code: 'ancoldSignificant',
        note: `Significant; ${ANCOLD_MATRIX}`,
      },
      {
        labels: ['high c', 'highc'],
        gistmClass: 'high',
        confidence: 'low',
        code: 'ancoldHighC',
        note: `High C, the lowest of the three High categories; ${ANCOLD_MATRIX}`,
      },
      {
        labels: ['high b', 'highb'],
        gistmClass: 'very_high',
        confidence: 'low',
        code: 'ancoldHighB',
        note: `High B; ${ANCOLD_MATRIX}; GISTM also weighs potential loss of life`,
      },
      {
        labels: ['high a', 'higha'],
        gistmClass: 'very_high',
        confidence: 'low',
        code: 'ancoldHighA',
        note: `High A, the highest High category, may be GISTM Extreme; ${ANCOLD_MATRIX}`,
      },
      {
        labels: ['high'],
        gistmClass: 'high',
        confidence: 'low',
        code: 'ancoldHigh',
        note: 'High without sub-class: at least High',
      },
      {
        labels: ['extreme'],
        gistmClass: 'extreme',
        confidence: 'medium',
        code: 'sameName',
        note: 'same name',
      },
    ],
  },
  {
    system: 'us_nid',
    name: 'US National Inventory of Dams hazard potential',
    reference:
      'FEMA P-333, Federal Guidelines for Dam Safety: Hazard Potential Classification Systems for Dams (2004)',
    rows: [
      {
        labels: ['low'],
        gistmClass: 'low',
        confidence: 'medium',
        code: 'nidLow',
        note: 'no probable loss of life',
      },
      {
        labels: ['significant'],
        gistmClass: 'significant',
        confidence: 'medium',
        code: 'nidSignificant',
        note: 'no probable loss of life, economic/environmental losses',
      },
      {
        labels: ['high'],
        gistmClass: 'high',
        confidence: 'low',
        code: 'nidHigh',
        note: 'probable loss of one or more lives: at least GISTM High; NID has no higher class',
      },
    ],
  },
  {
    system: 'br_dpa',
    name: 'Brazil: associated potential damage (Dano Potencial Associado, DPA)',
    reference:
      'Lei 12.334/2010 (PNSB) and ANM Resolução 95/2022 (formerly Portaria DNPM 70.389/2017), Annex: DPA matrix',
    rows: [
      {
        labels: ['baixa', 'baixo', 'low'],
        gistmClass: 'low',
        confidence: 'medium',
        code: 'dpaLow',
        note: `DPA Baixo; ${DPA_SCORE}`,
      },
      {
        labels: ['media', 'medio', 'medium'],
        gistmClass: 'significant',
        confidence: 'low',
        code: 'dpaMedium',
        note: `DPA Médio; ${DPA_SCORE}`,
      },
      {
        labels: ['alta', 'alto', 'high'],
        gistmClass: 'high',
        confidence: 'low',
        code: 'dpaHigh',
        note: `DPA Alto, may be GISTM High, Very High or Extreme; ${DPA_SCORE}`,
      },
    ],
  },
];

const SYSTEM_ALIASES: Record<string, string> = {
  gistm: 'gistm',
  cda: 'cda',
  'canadian dam association': 'cda',
  ancold: 'ancold',
  'us nid': 'us_nid',
  nid: 'us_nid',
  us_nid: 'us_nid',
  fema: 'us_nid',
  'br dpa': 'br_dpa',
  dpa: 'br_dpa',
  'dano potencial associado': 'br_dpa',
  'dano potencial associado dpa': 'br_dpa',
};

/** Normalises a classification system's name to a crosswalk key, or null when no crosswalk exists. */
export function crosswalkSystem(system: string): string | null {
  const t = normalizeLabel(system);
  return SYSTEM_ALIASES[t] ?? SYSTEM_ALIASES[t.replace(/ /g, '_')] ?? null;
}

/**
 * Derives the GISTM-equivalent consequence class of a source classification through the documented
 * crosswalk for its system. Returns null when no crosswalk covers the system or the rating ("Não se
 * aplica", a system with no documented table); the caller keeps the raw rating either way.
 *
 * @example crosswalkToGistm({ system: 'ancold', raw: 'High C' }) // { gistmClass: 'high', confidence: 'low', … }
 */
export function crosswalkToGistm(classification: SourceClassification | null): GistmEquivalent | null {
  if (!classification) return null;
  const key = crosswalkSystem(classification.system);
  const table = CROSSWALKS.find((c) => c.system === key);
  if (!table) return null;
  const label = normalizeLabel(classification.raw)
    .replace(/ consequence( category)?$/, '')
    .replace(/ hazard( potential)?$/, '');
  const row = table.rows.find((r) => r.labels.includes(label));
  if (!row) return null;
  return {
    gistmClass: row.gistmClass,
    confidence: row.confidence,
    source: { system: classification.system, raw: classification.raw },
    basis: `${table.name}: "${classification.raw}" → ${row.gistmClass} (${row.note}). ${table.reference}`,
    crosswalk: {
      system: table.system,
      name: table.name,
      noteCode: row.code,
      note: row.note,
      reference: table.reference,
    },
  };
}
