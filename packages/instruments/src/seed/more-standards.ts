import type { InstrumentFacts } from '../domain/instrument.ts';
import { source } from './sources.ts';
import { facts } from './treaties.ts';

const ungp = source(
  'Harvard Kennedy School, J. G. Ruggie, "The Social Construction of the UN Guiding Principles on Business & Human Rights" (endorsed by the Human Rights Council in June 2011)',
  'https://www.hks.harvard.edu/publications/social-construction-un-guiding-principles-business-human-rights',
);
const lbmaRgg = source(
  'LBMA, "Responsible Gold Guidance v9: Introduction"',
  'https://www.lbma.org.uk/publications/responsible-gold-guidance-v9/introduction',
);
const lbmaProgramme = source(
  'LBMA, Responsible Sourcing Report 2021, "LBMA Responsible Sourcing Programme" (RGG established in 2012)',
  'https://www.lbma.org.uk/publications/responsible-sourcing-report-2021/12-lbma-responsible-sourcing-programme',
);
const rgmp = source(
  'World Gold Council, "Responsible gold"',
  'https://www.gold.org/about-gold/gold-supply/responsible-gold',
);
const rgmpLaunch = source(
  'World Gold Council press release "World Gold Council launches Responsible Gold Mining Principles" (12 September 2019)',
  'https://www.perssupport.nl/persbericht/120919012/world-gold-council-launches-responsible-gold-mining-principles',
);
const unea4 = source(
  'ECOLEX, "Mineral resource governance", Fourth Session of the UN Environment Assembly (11 March 2019)',
  'https://www.ecolex.org/details/decision/mineral-resource-governance-5020b99b-f633-4388-832f-c66f0ca28b2e/?type=decision',
);
const rra = source(
  'LBMA, "Collaborating for a responsible future" (the Copper Mark adopted the RMI Risk Readiness Assessment, a self-assessment platform)',
  'https://www.lbma.org.uk/articles/collaborating-for-a-responsible-future',
);
const oecdHandbook = source(
  'OECD blog, "OECD Handbook on Environmental Due Diligence in Mineral Supply Chains" (21 September 2023)',
  'https://www.oecd.org/en/blogs/2023/09/oecd-handbook-on-environmental-due-diligence-in-mineral-supply-chains.html',
);
const berlin = unea4;
const zeroHarm = source(
  'Towards Zero Harm, compendium of papers prepared for the Global Tailings Review, chapter XVII (United Nations)',
  'https://grid.cld.bz/Towards-Zero-Harm/246-247/',
);
const asiCoc = source(
  'Yuen Seng, "Alcoa secures ASI V3 recertification" (Performance Standard V3 and Chain of Custody Standard V2 launched in May 2022)',
  'https://www.yuenseng.com/article/alcoa-secures-asi-v3-recertification-highlighting-its-commitment-towards-sustainability-i09114i1.html',
);
const waterConv = source(
  'PreventionWeb, "Safety guidelines and good practices for tailings management facilities" (the 1992 Convention on the Protection and Use of Transboundary Watercourses and International Lakes)',
  'https://preventionweb.net/publication/safety-guidelines-and-good-practices-tailings-management-facilities',
);
const unecePub = source(
  'UNECE, "Safety guidelines and good practices for Tailings Management Facilities" (publication page)',
  'https://unece.org/info/Environment-Policy/Industrial-accidents/pub/21637',
);

/** Further instruments named by the sources above, with the facts those sources give. */
export const MORE_STANDARDS: Record<string, InstrumentFacts> = {
  ungps: facts({
    title: 'UN Guiding Principles on Business and Human Rights',
    shortTitle: 'UNGPs',
    kind: 'intergovernmental_guidance',
    issuers: ['un-hrc'],
    adoptionYear: 2011,
    geography: 'global',
    sources: { title: ungp, issuers: ungp, adoptionYear: ungp },
  }),
  'lbma-responsible-gold-guidance': facts({
    title: 'LBMA Responsible Gold Guidance',
    kind: 'industry_standard',
    issuers: ['lbma'],
    adoptionYear: 2012,
    currentVersion: 'v9',
    commodities: ['gold'],
    stages: ['smelting_refining'],
    assurance: 'third_party_audit',
    url: 'https://www.lbma.org.uk/publications/responsible-gold-guidance-v9/introduction',
    sources: {
      title: lbmaRgg,
      adoptionYear: lbmaProgramme,
      currentVersion: lbmaRgg,
      commodities: lbmaRgg,
      stages: lbmaRgg,
      assurance: lbmaRgg,
      url: lbmaRgg,
    },
  }),
  'responsible-gold-mining-principles': facts({
    title: 'Responsible Gold Mining Principles',
    shortTitle: 'RGMPs',
    kind: 'industry_standard',
    issuers: ['wgc'],
    adoptionYear: 2019,
    versionDate: '2019-09-12',
    commodities: ['gold'],
    assurance: 'third_party_audit',
    url: 'https://www.gold.org/about-gold/gold-supply/responsible-gold',
    sources: {
      title: rgmp,
      adoptionYear: rgmpLaunch,
      versionDate: rgmpLaunch,
      commodities: rgmp,
      assurance: rgmpLaunch,
      url: rgmp,
    },
  }),
  'unea-4-mineral-resource-governance': facts({
    title: 'UNEA-4 resolution on mineral resource governance',
    kind: 'intergovernmental_guidance',
    issuers: ['unea'],
    adoptionYear: 2019,
    geography: 'global',
    sources: { title: unea4, adoptionYear: unea4 },
  }),
  'rmi-risk-readiness-assessment': facts({
    title: 'RMI Risk Readiness Assessment',
    kind: 'industry_standard',
    issuers: ['rmi'],
    assurance: 'self_assessment',
    sources: { title: rra, assurance: rra },
  }),
  'oecd-environmental-due-diligence-handbook': facts({
    title: 'OECD Handbook on Environmental Due Diligence in Mineral Supply Chains',
    kind: 'intergovernmental_guidance',
    issuers: ['oecd'],
    adoptionYear: 2023,
    sources: { title: oecdHandbook, adoptionYear: oecdHandbook },
  }),
  'oecd-mne-guidelines': facts({
    title: 'OECD Guidelines for Multinational Enterprises on Responsible Business Conduct',
    kind: 'intergovernmental_guidance',
    issuers: ['oecd'],
    sources: { title: oecdHandbook },
  }),
  'berlin-ii-guidelines': facts({
    title: 'Berlin II Guidelines',
    kind: 'intergovernmental_guidance',
    adoptionYear: 2002,
    sources: { title: berlin, adoptionYear: berlin },
  }),
  'mosi-oa-tunya-declaration': facts({
    title: 'Mosi-oa-Tunya Declaration on Artisanal and Small-scale Mining, Quarrying and Development',
    kind: 'intergovernmental_guidance',
    sources: { title: zeroHarm },
  }),
  'asi-chain-of-custody-standard': facts({
    title: 'ASI Chain of Custody Standard',
    kind: 'certification_scheme',
    issuers: ['asi'],
    currentVersion: 'V2 (2022)',
    commodities: ['aluminium'],
    sources: { title: asiCoc, currentVersion: asiCoc, commodities: asiCoc },
  }),
  'unece-water-convention': facts({
    title: 'Convention on the Protection and Use of Transboundary Watercourses and International Lakes',
    shortTitle: 'Water Convention',
    kind: 'binding_treaty',
    issuers: ['unece'],
    adoptionYear: 1992,
    sources: { title: waterConv, adoptionYear: waterConv },
  }),
  'unece-industrial-accidents-convention': facts({
    title: 'Convention on the Transboundary Effects of Industrial Accidents',
    shortTitle: 'Industrial Accidents Convention',
    kind: 'binding_treaty',
    issuers: ['unece'],
    sources: { title: unecePub },
  }),
};
