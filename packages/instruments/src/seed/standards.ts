import type { InstrumentFacts } from '../domain/instrument.ts';
import { source } from './sources.ts';
import { facts } from './treaties.ts';

const gtr = source(
  'Global Tailings Review, "New Global Industry Standard on Tailings Management aims to improve the safety of tailings facilities in the mining industry" (5 August 2020)',
  'https://globaltailingsreview.org/new-global-industry-standard-on-tailings-management-aims-to-improve-the-safety-of-tailings-facilities-in-the-mining-industry/',
);
const irmaStandard = source(
  'IRMA, "IRMA Standard for Responsible Mining" page',
  'https://responsiblemining.net/what-we-do/standard/',
);
const irmaRelease = source(
  'IRMA, "New Standard for Responsible Mining released" (28 June 2018)',
  'https://responsiblemining.net/2018/06/28/new-standard-for-responsible-mining-released/',
);
const icmmPrinciples = source(
  'ICMM, "Mining Principles: Performance Expectations"',
  'https://www.icmm.com/en-gb/our-principles/mining-principles/mining-principles',
);
const icmmAssurance = source(
  'ICMM, "Assurance and Validation"',
  'https://www.icmm.com/assurance-and-validation',
);
const tsm = source(
  'Mining Association of Canada, "MAC assessment of equivalency between TSM and the Standard"',
  'https://mining.ca/resources/guides-manuals/mac-assessment-of-equivalency-between-tsm-and-the-standard/',
);
const copperFaq = source(
  'The Copper Mark, "Frequently Asked Questions"',
  'https://coppermark.org/trainings/faqs/',
);
const steel = source(
  'ResponsibleSteel, "The ResponsibleSteel International Standard"',
  'https://www.responsiblesteel.org/standard/',
);
const steelCert = source('ResponsibleSteel, "Certification"', 'https://responsiblesteel.org/certification');
const asiLme = source(
  'Aluminium Insider, "Aluminium Stewardship Initiative standard conditionally approved by London Metal Exchange"',
  'https://aluminiuminsider.com/aluminium-stewardship-initiative-standard-conditionally-approved-by-london-metal-exchange/',
);
const asiIucn = source(
  'IUCN, "The Aluminium Stewardship Initiative and Performance Standard"',
  'https://iucn.org/fr/node/33155',
);
const asiLaunch = source(
  'Light Metal Age, "ASI launches certification program addressing aluminum sustainability"',
  'https://www.lightmetalage.com/news/announcements/asi-launches-certification-program-addressing-aluminum-sustainability/',
);
const rjcCop = source(
  'RJC Code of Practices, December 2019 (copy of the standard, "About this standard")',
  'https://www.scribd.com/document/617174354/RJC-COP-2019-V1-2-Standards-1',
);
const rjcReview = source(
  'Rapaport, "RJC Seeks Comment on its Code of Practices" (28 June 2012)',
  'https://rapaportfairtrade.com/2012/06/28/rjc-seeks-comment-on-its-code-of-practices/',
);
const oecdPage = source(
  'OECD, "Responsible mineral supply chains"',
  'https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/responsible-mineral-supply-chains.html',
);
const oecdThird = source(
  'ITSCI, "Release of the 3rd edition of the OECD Due Diligence Guidance" (17 May 2016)',
  'https://www.itsci.org/2016/05/17/release-of-the-3rd-edition-of-the-oecd-due-diligence-guidance/',
);
const eitiStandard = source('EITI, "EITI Standard 2023"', 'https://eiti.org/collections/eiti-standard');
const eitiBoard = source(
  'EITI Board decision 2023-21 / BM-55(2), transitional arrangements to the 2023 EITI Standard',
  'https://eiti.org/es/node/26541',
);
const eiti2013 = source(
  'The EITI Standard, EITI International Secretariat, 11 July 2013 (copy)',
  'https://www.readkong.com/page/the-eiti-standard-eiti-international-secretariat-11-july-6745402',
);
const igfMpf = source(
  'IGF, "Mining Policy Framework"',
  'https://www.igfmining.org/mining-policy-framework/framework/',
);
const igfResource = source(
  'IGF, "IGF Mining Policy Framework" (resource page)',
  'https://www.igfmining.org/resource/igf-mining-policy-framework/',
);
const unctad2010 = source(
  'UNCTAD information note UNCTAD/PRESS/IN/2010/041 (5 November 2010)',
  'http://www.unctad.org/press-material/mining-forum-approves-framework-best-practices-help-sector-contribute-sustainable',
);
const unece = source(
  'UNECE, "Safety guidelines and good practices for Tailings Management Facilities" (publication page)',
  'https://unece.org/info/Environment-Policy/Industrial-accidents/pub/21637',
);
const ifc = source(
  'IFC, "Performance Standards"',
  'https://www.ifc.org/wps/wcm/connect/topics_ext_content/ifc_external_corporate_site/sustainability-at-ifc/policies-standards/performance-standards',
);
const ep4 = source(
  'Equator Principles Association, "1 October marks effective date for EP4" (1 October 2020)',
  'https://equator-principles.com/1-october-marks-effective-date-for-ep4/',
);
const ep4Law = source(
  'A&O Shearman, "Updated Equator Principles: what you should know about version 4"',
  'http://aoshearman.com/en/insights/updated-equator-principles-what-you-should-know-about-version-4',
);
const wbEsf = source(
  'Hydropower Evolutions, "The World Bank Environmental and Social Framework"',
  'https://www.hydropower-evolutions.com/sustainability/wb_ESS.php',
);
const iso = source(
  'ANSI blog, "ISO 14001:2015 – Environmental Management"',
  'https://blog.ansi.org/iso-14001-2015-environmental-management/?amp=1',
);
const cyanide = source(
  'International Cyanide Management Institute, "The Cyanide Code"',
  'http://cyanidecode.org/about-cyanide-code/cyanide-code',
);
const cyanide1000 = source(
  'Business Wire via IBTimes, "International Cyanide Management Code reaches important milestone: 1,000th certification" (17 February 2022)',
  'https://ibtimes.com.au/press-release/20220217/international-cyanide-management-code-reaches-important-milestone-1000th',
);
const gbf = source(
  'T. Stephens, "The Kunming–Montreal Global Biodiversity Framework", International Legal Materials (Cambridge University Press, 10 May 2023)',
  'https://core-prod.cambridgecore.org/core/journals/international-legal-materials/article/kunmingmontreal-global-biodiversity-framework/2B77626E4CA6C7D30AB77652A7EF56E8',
);
const gen512 = source(
  'Geneva Environment Network, "Mineral resource governance and the role of Geneva" (UNEA-5 concluded on 2 March 2022 and adopted UNEP/EA.5/Res.12)',
  'https://www.genevaenvironmentnetwork.org/fr/ressources/nouvelles/mineral-resource-governance-and-the-role-of-geneva/',
);
const report512 = source(
  'UNEP, progress report on the implementation of UNEA resolution 5/12 (French text), para. 1',
  null,
);

/** Voluntary standards, guidance, financing standards and frameworks, each fact with its source. */
export const STANDARDS: Record<string, InstrumentFacts> = {
  gistm: facts({
    title: 'Global Industry Standard on Tailings Management',
    shortTitle: 'GISTM',
    kind: 'industry_standard',
    issuers: ['icmm', 'unep', 'pri'],
    adoptionYear: 2020,
    stages: ['processing', 'closure_post_closure'],
    geography: 'global',
    url: 'https://globaltailingsreview.org/',
    sources: { title: gtr, issuers: gtr, adoptionYear: gtr, stages: gtr, url: gtr },
  }),
  'irma-standard': facts({
    title: 'IRMA Standard for Responsible Mining',
    shortTitle: 'IRMA',
    kind: 'multi_stakeholder_standard',
    issuers: ['irma'],
    adoptionYear: 2018,
    currentVersion: '1.0',
    versionDate: '2018-06-28',
    stages: ['extraction'],
    assurance: 'third_party_audit',
    geography: 'global (industrial-scale mine sites)',
    url: 'https://responsiblemining.net/what-we-do/standard/',
    sources: {
      title: irmaStandard,
      adoptionYear: irmaRelease,
      currentVersion: irmaRelease,
      versionDate: irmaRelease,
      stages: source(
        'IRMA blog, "Update on Standard for Responsible Mining 2.0" (Standard 1.0 covers mineral extraction only)',
        'http://responsiblemining.net./category/blog/',
      ),
      assurance: irmaStandard,
      url: irmaStandard,
    },
  }),
  'icmm-mining-principles': facts({
    title: 'ICMM Mining Principles',
    kind: 'industry_standard',
    issuers: ['icmm'],
    adoptionYear: 2003,
    assurance: 'third_party_audit',
    stages: ['extraction', 'processing', 'smelting_refining'],
    geography: 'global (ICMM member companies)',
    url: 'https://www.icmm.com/en-gb/our-principles/mining-principles/mining-principles',
    sources: {
      title: icmmPrinciples,
      adoptionYear: icmmPrinciples,
      assurance: icmmAssurance,
      stages: source(
        'ICMM, "Assurance and Validation Procedure" (assets producing or refining minerals and metals; exploration sites excluded)',
        'https://www.icmm.com/en-gb/our-principles/validation/procedure',
      ),
      url: icmmPrinciples,
    },
  }),
  'towards-sustainable-mining': facts({
    title: 'Towards Sustainable Mining',
    shortTitle: 'TSM',
    kind: 'industry_standard',
    issuers: ['mac'],
    adoptionYear: 2004,
    geography:
      'Canada; adopted by associations in Finland, Argentina, Botswana, the Philippines, Spain, Brazil, Norway and Australia',
    url: 'https://mining.ca/',
    sources: { title: tsm, issuers: tsm, adoptionYear: tsm, geography: tsm, url: tsm },
  }),
  'copper-mark': facts({
    title: 'The Copper Mark',
    kind: 'certification_scheme',
    issuers: ['copper-mark'],
    commodities: ['copper'],
    stages: ['extraction', 'smelting_refining'],
    assurance: 'third_party_audit',
    url: 'https://coppermark.org/',
    sources: {
      title: copperFaq,
      commodities: copperFaq,
      stages: copperFaq,
      assurance: copperFaq,
      url: copperFaq,
    },
  }),
  responsiblesteel: facts({
    title: 'ResponsibleSteel International Standard',
    shortTitle: 'ResponsibleSteel',
    kind: 'multi_stakeholder_standard',
    issuers: ['responsiblesteel'],
    adoptionYear: 2019,
    currentVersion: '2.0',
    versionDate: '2022-09-14',
    commodities: ['steel'],
    stages: ['smelting_refining'],
    assurance: 'certification',
    url: 'https://www.responsiblesteel.org/standard/',
    sources: {
      title: steel,
      adoptionYear: steel,
      currentVersion: steel,
      versionDate: steel,
      commodities: steel,
      stages: source(
        'Transparency lab, "ResponsibleSteel Assurance" (applies to operational steelmaking sites)',
        'https://transparency-lab-test.netlify.app/resp-steel',
      ),
      assurance: steelCert,
      url: steel,
    },
  }),
  'asi-performance-standard': facts({
    title: 'ASI Performance Standard',
    kind: 'multi_stakeholder_standard',
    issuers: ['asi'],
    adoptionYear: 2014,
    currentVersion: 'V3 (2022)',
    commodities: ['aluminium', 'bauxite'],
    stages: ['extraction', 'processing', 'smelting_refining', 'manufacturing', 'collection_recycling'],
    assurance: 'certification',
    sources: {
      title: asiLme,
      adoptionYear: asiIucn,
      currentVersion: asiLme,
      commodities: asiLaunch,
      stages: asiLaunch,
      assurance: asiLaunch,
    },
  }),
  'rjc-code-of-practices': facts({
    title: 'RJC Code of Practices',
    kind: 'certification_scheme',
    issuers: ['rjc'],
    adoptionYear: 2009,
    currentVersion: 'December 2019',
    languages: ['en'],
    commodities: ['gold', 'diamonds', 'platinum group metals'],
    assurance: 'certification',
    url: 'https://www.responsiblejewellery.com/',
    sources: {
      title: rjcCop,
      adoptionYear: rjcReview,
      currentVersion: rjcCop,
      languages: rjcCop,
      commodities: rjcReview,
      assurance: rjcReview,
      url: rjcCop,
    },
  }),
  'oecd-minerals-due-diligence': facts({
    title:
      'OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas',
    shortTitle: 'OECD minerals guidance',
    kind: 'intergovernmental_guidance',
    issuers: ['oecd'],
    adoptionYear: 2011,
    currentVersion: 'Third edition',
    stages: ['extraction', 'processing', 'smelting_refining', 'manufacturing', 'use'],
    commodities: ['all minerals'],
    geography: 'global',
    url: 'https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/responsible-mineral-supply-chains.html',
    sources: {
      title: oecdPage,
      adoptionYear: oecdPage,
      currentVersion: oecdThird,
      stages: oecdPage,
      commodities: oecdPage,
      geography: oecdPage,
      url: oecdPage,
    },
  }),
  'eiti-standard': facts({
    title: 'EITI Standard',
    kind: 'multi_stakeholder_standard',
    issuers: ['eiti'],
    adoptionYear: 2013,
    currentVersion: '2023',
    versionDate: '2023-06-12',
    commodities: ['oil', 'gas', 'minerals'],
    geography: 'implementing countries',
    url: 'https://eiti.org/collections/eiti-standard',
    sources: {
      title: eitiStandard,
      adoptionYear: eiti2013,
      currentVersion: eitiStandard,
      versionDate: eitiBoard,
      commodities: source(
        'EITI, "EITI Standard" (oil, gas and mining sectors)',
        'https://api.eiti.org/eiti-standard',
      ),
      url: eitiStandard,
    },
  }),
  'igf-mining-policy-framework': facts({
    title: 'IGF Mining Policy Framework',
    kind: 'national_policy_framework',
    issuers: ['igf'],
    adoptionYear: 2010,
    currentVersion: '2023',
    languages: ['en', 'fr', 'es', 'ru'],
    geography: 'IGF member States',
    url: 'https://www.igfmining.org/mining-policy-framework/framework/',
    sources: {
      title: igfMpf,
      adoptionYear: unctad2010,
      currentVersion: igfResource,
      languages: igfMpf,
      url: igfMpf,
    },
  }),
  'unece-tmf-guidelines': facts({
    title: 'Safety guidelines and good practices for tailings management facilities',
    kind: 'intergovernmental_guidance',
    issuers: ['unece'],
    adoptionYear: 2008,
    languages: ['en', 'ru'],
    geography: 'UNECE region',
    stages: ['processing', 'closure_post_closure'],
    url: 'https://unece.org/info/Environment-Policy/Industrial-accidents/pub/21637',
    sources: {
      title: unece,
      adoptionYear: source(
        'UNECE publication page: endorsed by the Conference of the Parties to the Industrial Accidents Convention (25–27 November 2008)',
        'https://unece.org/info/Environment-Policy/Industrial-accidents/pub/21637',
      ),
      languages: unece,
      stages: source(
        'PreventionWeb, "Safety guidelines and good practices for tailings management facilities" (mining waste from extraction, operations and afterlife of TMFs)',
        'https://preventionweb.net/publication/safety-guidelines-and-good-practices-tailings-management-facilities',
      ),
      url: unece,
    },
  }),
  'ifc-performance-standards': facts({
    title: 'IFC Performance Standards on Environmental and Social Sustainability',
    kind: 'financing_standard',
    issuers: ['ifc'],
    currentVersion: '2012',
    versionDate: '2012-01-01',
    url: 'https://www.ifc.org/performancestandards',
    sources: { title: ifc, currentVersion: ifc, versionDate: ifc, url: ifc },
  }),
  'equator-principles': facts({
    title: 'Equator Principles',
    kind: 'financing_standard',
    issuers: ['equator-principles-association'],
    adoptionYear: 2003,
    currentVersion: 'EP4',
    versionDate: '2020-10-01',
    url: 'https://equator-principles.com/',
    sources: { title: ep4, adoptionYear: ep4Law, currentVersion: ep4, versionDate: ep4, url: ep4 },
  }),
  'world-bank-esf': facts({
    title: 'World Bank Environmental and Social Framework',
    kind: 'financing_standard',
    issuers: ['world-bank'],
    entryIntoForce: '2018-10-01',
    sources: { title: wbEsf, entryIntoForce: wbEsf },
  }),
  'iso-14001': facts({
    title: 'ISO 14001 Environmental management systems — Requirements with guidance for use',
    shortTitle: 'ISO 14001',
    kind: 'certification_scheme',
    issuers: ['iso'],
    currentVersion: 'ISO 14001:2015',
    versionDate: '2015-09-14',
    assurance: 'certification',
    sources: {
      title: iso,
      currentVersion: iso,
      versionDate: iso,
      assurance: source(
        'System Certification, "ISO 14001:2015 Environmental Management Systems" (certificates issued by accredited certification bodies)',
        'https://systemcertification.co.uk/certification/iso-14001-2015-environmental-management-systems',
      ),
    },
  }),
  'cyanide-code': facts({
    title:
      'International Cyanide Management Code for the Manufacture, Transport, and Use of Cyanide in the Production of Gold',
    shortTitle: 'Cyanide Code',
    kind: 'certification_scheme',
    issuers: ['icmi'],
    adoptionYear: 2002,
    commodities: ['gold', 'silver'],
    stages: ['processing', 'closure_post_closure'],
    assurance: 'third_party_audit',
    url: 'https://www.cyanidecode.org/',
    sources: {
      title: cyanide,
      adoptionYear: cyanide1000,
      commodities: cyanide,
      assurance: cyanide,
      stages: cyanide1000,
      url: cyanide,
    },
  }),
  'kunming-montreal-gbf': facts({
    title: 'Kunming-Montreal Global Biodiversity Framework',
    shortTitle: 'KMGBF',
    kind: 'intergovernmental_guidance',
    issuers: ['cbd-cop'],
    adoptionYear: 2022,
    geography: 'global',
    sources: { title: gbf, issuers: gbf, adoptionYear: gbf },
  }),
  'unea-resolution-5-12': facts({
    title: 'UNEA resolution 5/12: Environmental aspects of minerals and metals management',
    shortTitle: 'UNEA 5/12',
    kind: 'intergovernmental_guidance',
    issuers: ['unea'],
    titles: {
      fr: { title: 'Aspects environnementaux de la gestion des minéraux et des métaux', official: true },
    },
    adoptionYear: 2022,
    geography: 'global',
    sources: { title: report512, titles: report512, adoptionYear: gen512 },
  }),
};
