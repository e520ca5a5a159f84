/**
 * The governance tracker: what is known, with its source, about how a country governs sand extraction.
 * Pure: the fields, the checks an entry must pass, the completeness share and the UNEP checklist.
 */

/**
 * The tracker's fields, one row of the country table each. The four bans are separate fields so that a
 * country with an export ban and nothing known on beaches scores what is known, not what is banned.
 */
export const GOVERNANCE_FIELDS = [
  'legal-framework',
  'permitting-authority',
  'ban-beach',
  'ban-river',
  'ban-marine',
  'ban-export',
  'monitoring',
  'responsible-body',
] as const;
export type GovernanceField = (typeof GOVERNANCE_FIELDS)[number];

/** Whether the instrument applies today, was lifted or replaced, or applies in part. */
export const GOVERNANCE_STATUSES = ['in-force', 'lifted', 'partial'] as const;
export type GovernanceStatus = (typeof GOVERNANCE_STATUSES)[number];

/**
 * Recommendations of UNEP (2022) "Sand and Sustainability: 10 strategic recommendations to avert a
 * crisis" that the sources read for this tracker name. The report itself could not be read here: the
 * key and the wording come from UNEP's report page and its coverage (cited per item in `source`), so the
 * list holds the recommendations those pages name, not all ten titles verbatim.
 */
export const UNEP_RECOMMENDATIONS = [
  {
    key: 'strategic-resource',
    title: 'Recognise sand as a strategic resource',
    source: 'https://www.quarrymagazine.com/2022/04/28/new-un-report-tackles-sand-shortage/',
  },
  {
    key: 'legal-frameworks',
    title: 'New institutional and legal structures to govern sand',
    source: 'https://www.quarrymagazine.com/2022/04/28/new-un-report-tackles-sand-shortage/',
  },
  {
    key: 'monitoring',
    title: 'Better monitoring of sand extraction and use',
    source:
      'https://www.genevaenvironmentnetwork.org/events/launch-of-the-marine-sand-watch-monitoring-marine-sand-extraction-wrf23-lab/',
  },
  {
    key: 'marine-standard',
    title: 'An international standard on sand extraction in the marine environment',
    source:
      'https://www.nationalheraldindia.com/environment/sand-is-worlds-second-most-exploited-resource-un-report',
  },
  {
    key: 'ban-beach',
    title: 'Ban extraction of sand from beaches (the active beach-nearshore sand system)',
    source:
      'https://www.nationalheraldindia.com/environment/sand-is-worlds-second-most-exploited-resource-un-report',
  },
  {
    key: 'value',
    title: 'Price sand to reflect its social and environmental value',
    source:
      'https://www.nationalheraldindia.com/environment/sand-is-worlds-second-most-exploited-resource-un-report',
  },
  {
    key: 'source-responsibly',
    title: 'Source sand responsibly',
    source: 'https://www.quarrymagazine.com/2022/04/28/new-un-report-tackles-sand-shortage/',
  },
  {
    key: 'alternatives',
    title: 'Use alternatives: crushed rock, recycled construction and demolition material (circular economy)',
    source: 'https://www.quarrymagazine.com/2022/04/28/new-un-report-tackles-sand-shortage/',
  },
] as const;
export type RecommendationKey = (typeof UNEP_RECOMMENDATIONS)[number]['key'];

/** The UNEP report the checklist follows (its page, read for this tracker). */
export const UNEP_2022_REPORT = {
  title: 'Sand and Sustainability: 10 strategic recommendations to avert a crisis',
  publisher: 'United Nations Environment Programme',
  year: 2022,
  url: 'https://unep.org/resources/report/sand-and-sustainability-10-strategic-recommendations-avert-crisis',
} as const;

/** One sourced fact about a country's sand governance. */
export interface GovernanceEntry {
  id: string;
  iso3: string;
  field: GovernanceField;
  /** What the instrument says, in a sentence or two. */
  summary: string;
  /** Where and to what it applies (a province, sea sand only, …); null when national and general. */
  scope: string | null;
  status: GovernanceStatus;
  instrument: string;
  /** The instrument's date, ISO (YYYY, YYYY-MM or YYYY-MM-DD), as precise as the source says. */
  instrumentDate: string | null;
  /** The body that issued or applies it. */
  body: string | null;
  sourceUrl: string;
  sourceTitle: string;
  /** The day the source was read. */
  retrieved: string;
  /** The UNEP recommendations this entry is evidence for. */
  recommendations: RecommendationKey[];
}

export interface FieldIssue {
  path: string;
  message: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with an entry (empty when it may be stored). Every entry cites a web source. */
export function governanceEntryIssues(e: Omit<GovernanceEntry, 'id'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!/^[A-Z]{3}$/.test(e.iso3)) issues.push({ path: 'iso3', message: 'ISO alpha-3 code' });
  if (!(GOVERNANCE_FIELDS as readonly string[]).includes(e.field)) {
    issues.push({ path: 'field', message: `one of ${GOVERNANCE_FIELDS.join(', ')}` });
  }
  if (!(GOVERNANCE_STATUSES as readonly string[]).includes(e.status)) {
    issues.push({ path: 'status', message: `one of ${GOVERNANCE_STATUSES.join(', ')}` });
  }
  if (e.summary.trim().length === 0) issues.push({ path: 'summary', message: 'say what the source says' });
  if (e.instrument.trim().length === 0) issues.push({ path: 'instrument', message: 'name the instrument' });
  if (!/^https?:\/\/\S+$/.test(e.sourceUrl))
    issues.push({ path: 'sourceUrl', message: 'an http(s) address' });
  if (e.sourceTitle.trim().length === 0) issues.push({ path: 'sourceTitle', message: 'the source’s title' });
  if (!DAY.test(e.retrieved)) issues.push({ path: 'retrieved', message: 'YYYY-MM-DD' });
  if (e.instrumentDate !== null && !DATE.test(e.instrumentDate)) {
    issues.push({ path: 'instrumentDate', message: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  }
  const known = new Set<string>(UNEP_RECOMMENDATIONS.map((r) => r.key));
  for (const [k, r] of e.recommendations.entries()) {
    if (!known.has(r)) issues.push({ path: `recommendations.${k}`, message: 'unknown recommendation' });
  }
  return issues;
}

/**
 * How much is known about a country: the share of tracker fields with at least one sourced entry
 * (0–1), with the fields known and missing. It says nothing about how good the policy is.
 */
export function governanceCompleteness(entries: readonly Pick<GovernanceEntry, 'field'>[]) {
  const known = GOVERNANCE_FIELDS.filter((f) => entries.some((e) => e.field === f));
  return {
    known: known.length,
    total: GOVERNANCE_FIELDS.length,
    share: known.length / GOVERNANCE_FIELDS.length,
    missing: GOVERNANCE_FIELDS.filter((f) => !known.includes(f)),
  };
}

/** The checklist of a country: each recommendation with the entries that are evidence for it. */
export function recommendationChecklist(entries: readonly GovernanceEntry[]) {
  return UNEP_RECOMMENDATIONS.map((r) => {
    const evidence = entries.filter((e) => e.recommendations.includes(r.key));
    return {
      key: r.key,
      title: r.title,
      source: r.source,
      evidence: evidence.map((e) => ({ entryId: e.id, instrument: e.instrument, url: e.sourceUrl })),
    };
  });
}
