import type { Grade, Issue, Stage } from '../domain/vocabulary.ts';

/** One graded cell as read from the text: issue, stage, grade, and the clause it rests on. */
export type SeedCell = readonly [Issue, Stage, Grade, string];

/** A graded column: where it was read, and the cells it addresses (every other cell: not addressed). */
export interface SeedColumn {
  source: string;
  cells: readonly SeedCell[];
}

const TEXTS = '(English text, Netherlands treaty database via statengeneraal/laws-markdown)';

/**
 * The matrix columns graded from the instruments' own texts. Grading rule (docs/instruments.md):
 * `requirement` where the text obliges ("shall") the Party or the operator on that issue at that stage;
 * `mentioned` where it names the issue without an obligation (or only "endeavour", "as appropriate"
 * without a duty to act); `verified_requirement` only where the text requires independent
 * verification of that requirement (third-party audit, independent review). All grades are
 * `provisional` until a reviewer confirms them.
 */
export const SEED_MATRIX: Record<string, SeedColumn> = {
  'minamata-convention': {
    source: `Minamata Convention on Mercury ${TEXTS}`,
    cells: [
      [
        'chemicals_mercury',
        'extraction',
        'requirement',
        'Art. 3(3)–(4): no new primary mercury mining; existing mining only up to fifteen years',
      ],
      [
        'chemicals_mercury',
        'processing',
        'requirement',
        'Art. 7 and Annex C: artisanal and small-scale gold mining, national action plan where more than insignificant',
      ],
      [
        'chemicals_mercury',
        'smelting_refining',
        'requirement',
        'Art. 8 and Annex D: emissions from smelting and roasting of non-ferrous metals (lead, zinc, copper, industrial gold)',
      ],
      [
        'air',
        'smelting_refining',
        'requirement',
        'Art. 8 and Annex D: control of mercury emissions to air from non-ferrous metal smelting',
      ],
      [
        'water',
        'smelting_refining',
        'requirement',
        'Art. 9: control of releases to land and water from relevant point sources',
      ],
      [
        'chemicals_mercury',
        'manufacturing',
        'requirement',
        'Art. 4 (mercury-added products) and Art. 5 (manufacturing processes using mercury)',
      ],
      [
        'chemicals_mercury',
        'use',
        'requirement',
        'Art. 4 and Annex A: phase-out of listed mercury-added products',
      ],
      [
        'chemicals_mercury',
        'collection_recycling',
        'requirement',
        'Art. 11: environmentally sound management of mercury wastes; recovery only for allowed uses',
      ],
      [
        'waste_tailings',
        'extraction',
        'mentioned',
        'Art. 11(2): mining wastes excluded, except from primary mercury mining, unless above thresholds',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'mentioned',
        'Art. 12: Parties shall endeavour to develop strategies for contaminated sites',
      ],
      ['transparency_disclosure', 'use', 'mentioned', 'Art. 18: public information, awareness and education'],
      [
        'community_rights',
        'processing',
        'mentioned',
        'Annex C para. 1(h): stakeholder participation in ASGM national action plans',
      ],
    ],
  },
  'basel-convention': {
    source: `Basel Convention ${TEXTS}`,
    cells: [
      [
        'waste_tailings',
        'processing',
        'requirement',
        'Art. 4(2)(a)–(b): minimise generation of hazardous wastes; adequate disposal facilities',
      ],
      [
        'waste_tailings',
        'smelting_refining',
        'requirement',
        'Art. 4(2)(a)–(b) and Annex I (wastes with metal constituents)',
      ],
      [
        'waste_tailings',
        'collection_recycling',
        'requirement',
        'Art. 4(2)(d)–(e) and Art. 6: transboundary movements only with prior written consent',
      ],
      [
        'circularity_recycling',
        'collection_recycling',
        'requirement',
        'Art. 6 and Annex IV B: recovery operations under the prior informed consent procedure',
      ],
      [
        'chemicals_mercury',
        'collection_recycling',
        'requirement',
        'Art. 4 with Annex I Y29 (mercury; mercury compounds)',
      ],
      [
        'transparency_disclosure',
        'collection_recycling',
        'mentioned',
        'Art. 13: transmission of information between Parties and to the Secretariat',
      ],
      [
        'supply_chain_due_diligence',
        'collection_recycling',
        'mentioned',
        'Art. 6(9): movement document signed by each person taking charge of the wastes',
      ],
    ],
  },
  'stockholm-convention': {
    source: `Stockholm Convention ${TEXTS}`,
    cells: [
      [
        'chemicals_mercury',
        'manufacturing',
        'requirement',
        'Art. 3: eliminate or restrict production and use of chemicals in Annexes A and B',
      ],
      ['chemicals_mercury', 'use', 'requirement', 'Art. 3(1)–(2): elimination or restriction of use'],
      [
        'chemicals_mercury',
        'smelting_refining',
        'requirement',
        'Art. 5 and Annex C Part II: unintentional POPs from thermal processes in the metallurgical industry',
      ],
      [
        'air',
        'smelting_refining',
        'requirement',
        'Art. 5(d) and Annex C: best available techniques for new sources (e.g. secondary copper, sinter plants)',
      ],
      [
        'chemicals_mercury',
        'collection_recycling',
        'requirement',
        'Art. 5 and Annex C Part II: secondary copper, aluminium and zinc production',
      ],
      [
        'waste_tailings',
        'collection_recycling',
        'requirement',
        'Art. 6: stockpiles and wastes disposed of in an environmentally sound manner',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'mentioned',
        'Art. 6(1)(e): endeavour to identify contaminated sites',
      ],
    ],
  },
  'rotterdam-convention': {
    source: `Rotterdam Convention ${TEXTS}`,
    cells: [
      [
        'chemicals_mercury',
        'manufacturing',
        'requirement',
        'Art. 10 and 11: import responses and export obligations for Annex III chemicals',
      ],
      [
        'chemicals_mercury',
        'use',
        'requirement',
        'Art. 5 and 10: notification of banned or severely restricted chemicals; import decisions',
      ],
      [
        'transparency_disclosure',
        'manufacturing',
        'requirement',
        'Art. 13: labelling and safety data sheets for exported chemicals',
      ],
      [
        'supply_chain_due_diligence',
        'use',
        'mentioned',
        'Art. 12: export notification to the importing Party',
      ],
    ],
  },
  'convention-on-biological-diversity': {
    source: `Convention on Biological Diversity ${TEXTS}`,
    cells: [
      [
        'biodiversity_land',
        'exploration',
        'requirement',
        'Art. 14(1)(a): environmental impact assessment of projects likely to harm biodiversity (as far as possible and as appropriate)',
      ],
      ['biodiversity_land', 'extraction', 'requirement', 'Art. 8 (in-situ conservation) and Art. 14(1)(a)'],
      [
        'biodiversity_land',
        'processing',
        'mentioned',
        'Art. 7(c): identify processes likely to have significant adverse impacts',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'requirement',
        'Art. 8(f): rehabilitate and restore degraded ecosystems (as far as possible and as appropriate)',
      ],
      [
        'community_rights',
        'extraction',
        'mentioned',
        'Art. 8(j): knowledge, innovations and practices of indigenous and local communities',
      ],
      [
        'transparency_disclosure',
        'exploration',
        'mentioned',
        'Art. 14(1)(a): public participation in impact assessment, where appropriate',
      ],
    ],
  },
  'aarhus-convention': {
    source: `Aarhus Convention ${TEXTS}`,
    cells: [
      [
        'community_rights',
        'extraction',
        'requirement',
        'Art. 6 and Annex I para. 16: public participation for quarries and opencast mining over 25 ha',
      ],
      [
        'community_rights',
        'processing',
        'requirement',
        'Art. 6 and Annex I para. 2: installations for the processing of ferrous metals',
      ],
      [
        'community_rights',
        'smelting_refining',
        'requirement',
        'Art. 6 and Annex I para. 2: smelting of non-ferrous metals',
      ],
      [
        'transparency_disclosure',
        'extraction',
        'requirement',
        'Art. 4 (access to environmental information on request) and Art. 5',
      ],
      [
        'transparency_disclosure',
        'smelting_refining',
        'requirement',
        'Art. 5(9): pollution inventories or registers',
      ],
      ['transparency_disclosure', 'processing', 'requirement', 'Art. 4 and Art. 5'],
    ],
  },
  'london-protocol': {
    source: `1996 Protocol to the London Convention ${TEXTS}`,
    cells: [
      [
        'waste_tailings',
        'processing',
        'requirement',
        'Art. 4(1) and Annex 1 para. 1.5: inert, inorganic geological material may be dumped only with a permit',
      ],
      [
        'sand_aggregates',
        'extraction',
        'mentioned',
        'Annex 1 para. 1.1: dredged material considered for dumping under permit',
      ],
      [
        'transparency_disclosure',
        'processing',
        'mentioned',
        'Art. 9(4): records and reporting of permits issued',
      ],
    ],
  },
  'london-convention': {
    source: `London Convention 1972 ${TEXTS}`,
    cells: [
      [
        'waste_tailings',
        'processing',
        'requirement',
        'Art. IV(1): dumping of wastes not listed in Annex I only with a prior special or general permit',
      ],
      [
        'sand_aggregates',
        'extraction',
        'mentioned',
        'Art. IV and Annexes: dredged material dumped at sea under permit',
      ],
    ],
  },
  'ramsar-convention': {
    source: `Ramsar Convention ${TEXTS}`,
    cells: [
      [
        'biodiversity_land',
        'exploration',
        'requirement',
        'Art. 3(1): planning to promote the conservation of listed wetlands and their wise use',
      ],
      [
        'biodiversity_land',
        'extraction',
        'requirement',
        'Art. 3(1) and Art. 3(2): be informed of and report changes in ecological character of listed wetlands',
      ],
      [
        'water',
        'extraction',
        'mentioned',
        'Art. 1(1) and Art. 3(1): wetlands as regulators of water regimes',
      ],
    ],
  },
};
