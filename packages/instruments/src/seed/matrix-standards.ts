import type { SeedColumn } from './matrix.ts';

/**
 * Columns graded from the standards' own texts or their publishers' descriptions of them (the source of
 * each column says which). Where the publisher requires independent verification (third-party audit,
 * independent assurance) of the requirement, the grade is `verified_requirement`.
 */
export const SEED_MATRIX_STANDARDS: Record<string, SeedColumn> = {
  gistm: {
    source:
      'Global Industry Standard on Tailings Management (2020), principles 1–15 as seeded in the tailings portal',
    cells: [
      [
        'waste_tailings',
        'processing',
        'requirement',
        'Principles 4–7: design, construction, operation and monitoring to minimise risk at all lifecycle phases',
      ],
      [
        'waste_tailings',
        'closure_post_closure',
        'requirement',
        'Principles 4–6: plans and design criteria for all phases, including closure and post-closure',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'requirement',
        'Principles 4–6 (closure and post-closure) and Principle 14 (long-term recovery)',
      ],
      [
        'community_rights',
        'processing',
        'requirement',
        'Principle 1: respect the rights of project-affected people and meaningfully engage them',
      ],
      [
        'transparency_disclosure',
        'processing',
        'requirement',
        'Principle 15: publicly disclose information about the tailings facility',
      ],
      [
        'water',
        'processing',
        'mentioned',
        'Principles 2–3: environmental knowledge base informing decisions',
      ],
    ],
  },
  'irma-standard': {
    source:
      'IRMA Standard for Responsible Mining v1.0 (2018), chapter list on responsiblemining.net; audited by independent auditors',
    cells: [
      ['water', 'extraction', 'verified_requirement', 'Chapter "Water management"'],
      ['air', 'extraction', 'verified_requirement', 'Chapter "Air quality"'],
      ['climate', 'extraction', 'verified_requirement', 'Chapter "Greenhouse gas emissions"'],
      [
        'biodiversity_land',
        'extraction',
        'verified_requirement',
        'Chapter "Biodiversity, ecosystem services and protected areas"',
      ],
      ['waste_tailings', 'extraction', 'verified_requirement', 'Chapter "Waste and materials management"'],
      [
        'chemicals_mercury',
        'extraction',
        'verified_requirement',
        'Chapters "Cyanide management" and "Mercury management"',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'verified_requirement',
        'Chapter "Planning and financing reclamation and closure"',
      ],
      [
        'community_rights',
        'extraction',
        'verified_requirement',
        'Chapters "Free, Prior and Informed Consent" and "Community and stakeholder engagement"',
      ],
      [
        'transparency_disclosure',
        'extraction',
        'verified_requirement',
        'Chapter "Transparency in revenue payments from companies to governments"',
      ],
      [
        'supply_chain_due_diligence',
        'extraction',
        'verified_requirement',
        'Chapter "Mining and conflict affected or high-risk areas"',
      ],
    ],
  },
  'icmm-mining-principles': {
    source:
      'ICMM Mining Principles and performance expectations (icmm.com); asset-level third-party validation',
    cells: [
      [
        'transparency_disclosure',
        'extraction',
        'verified_requirement',
        'Performance expectation 1.2: publicly disclose facilitation payments',
      ],
      [
        'waste_tailings',
        'extraction',
        'verified_requirement',
        'Performance expectations on pollution and waste',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'verified_requirement',
        'Performance expectations on mine closure',
      ],
      [
        'community_rights',
        'extraction',
        'verified_requirement',
        'Performance expectations on resettlement and access to grievance mechanisms',
      ],
    ],
  },
  'cyanide-code': {
    source:
      'International Cyanide Management Code (cyanidecode.org): nine principles, 29 standards of practice; triennial independent third-party audits',
    cells: [
      [
        'chemicals_mercury',
        'processing',
        'verified_requirement',
        'Principles and Standards of Practice for Mining: use of cyanide in gold and silver recovery',
      ],
      [
        'water',
        'processing',
        'verified_requirement',
        'Standards of practice on water management and environmental monitoring',
      ],
      [
        'closure_rehabilitation',
        'closure_post_closure',
        'verified_requirement',
        'Standards of practice on decommissioning and financial assurance',
      ],
      ['transparency_disclosure', 'processing', 'verified_requirement', 'Audit results made public'],
      ['community_rights', 'processing', 'mentioned', 'Stakeholder engagement'],
    ],
  },
  'ifc-performance-standards': {
    source: 'IFC Performance Standards on Environmental and Social Sustainability (effective 1 January 2012)',
    cells: [
      ['water', 'extraction', 'requirement', 'PS3: Resource Efficiency and Pollution Prevention (water)'],
      ['air', 'extraction', 'requirement', 'PS3: avoid, minimise and reduce project-related pollution'],
      ['climate', 'extraction', 'requirement', 'PS3: reduced project-related greenhouse gas emissions'],
      ['water', 'processing', 'requirement', 'PS3: Resource Efficiency and Pollution Prevention'],
      [
        'biodiversity_land',
        'exploration',
        'requirement',
        'PS1 (risks and impacts identified) and PS6 (Biodiversity Conservation)',
      ],
      [
        'biodiversity_land',
        'extraction',
        'requirement',
        'PS6: Biodiversity Conservation and Sustainable Management of Living Natural Resources',
      ],
      [
        'community_rights',
        'extraction',
        'requirement',
        'PS1 (stakeholder engagement, grievance mechanism), PS5 (resettlement), PS7 (Indigenous Peoples, FPIC)',
      ],
    ],
  },
  'equator-principles': {
    source:
      'Equator Principles EP4 (July 2020), as summarised by the Equator Principles Association and law firms',
    cells: [
      [
        'climate',
        'extraction',
        'requirement',
        'EP4 environmental and social assessment: climate change risk assessment',
      ],
      [
        'biodiversity_land',
        'extraction',
        'requirement',
        'EP4 environmental and social assessment: biodiversity',
      ],
      [
        'community_rights',
        'extraction',
        'requirement',
        'EP4: human rights due diligence; free, prior and informed consent of affected Indigenous Peoples',
      ],
    ],
  },
  'lbma-responsible-gold-guidance': {
    source: 'LBMA Responsible Gold Guidance v9, Introduction (lbma.org.uk)',
    cells: [
      [
        'supply_chain_due_diligence',
        'smelting_refining',
        'verified_requirement',
        'RGG v9, Purpose: conformance required to remain on the Good Delivery List, annual independent assurance',
      ],
      [
        'transparency_disclosure',
        'smelting_refining',
        'requirement',
        'RGG v9: public reporting on the steps undertaken to protect supply chains',
      ],
    ],
  },
  'responsible-gold-mining-principles': {
    source:
      'Responsible Gold Mining Principles (World Gold Council, 2019): 10 umbrella and 51 detailed principles; external assurance required',
    cells: [
      ['water', 'extraction', 'verified_requirement', 'RGMPs: water management'],
      ['climate', 'extraction', 'verified_requirement', 'RGMPs: climate change'],
      ['community_rights', 'extraction', 'verified_requirement', 'RGMPs: community engagement'],
      [
        'transparency_disclosure',
        'extraction',
        'verified_requirement',
        'RGMPs: public disclosure of conformance, externally assured',
      ],
    ],
  },
};
