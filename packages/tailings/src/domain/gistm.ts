import type { Language } from '@strata/core/browser';

/**
 * The Global Industry Standard on Tailings Management (ICMM, UNEP, PRI; August 2020): six topics, fifteen
 * principles. The requirement list is data: it seeds the database, where the secretariat may edit it
 * (texts, additions) without a code change. The seed holds one assessable item per principle, worded as
 * the principle's statement (id `P1`…`P15`); the standard's detailed requirements (numbered 1.1, 1.2, …)
 * are added as data by the secretariat, since their text is not reproduced here.
 */
export interface GistmPrinciple {
  principle: number;
  topic: string;
  statement: string;
}

export const GISTM_PRINCIPLES: readonly GistmPrinciple[] = [
  {
    principle: 1,
    topic: 'Affected communities',
    statement:
      'Respect the rights of project-affected people and meaningfully engage them at all phases of the tailings facility lifecycle, including closure.',
  },
  {
    principle: 2,
    topic: 'Integrated knowledge base',
    statement:
      'Develop and maintain an interdisciplinary knowledge base to support safe tailings management throughout the tailings facility lifecycle, including closure.',
  },
  {
    principle: 3,
    topic: 'Integrated knowledge base',
    statement:
      'Use all elements of the knowledge base – social, environmental, local economic and technical – to inform decisions throughout the tailings facility lifecycle, including closure.',
  },
  {
    principle: 4,
    topic: 'Design, construction, operation and monitoring',
    statement:
      'Develop plans and design criteria for the tailings facility to minimise risk for all phases of its lifecycle, including closure and post-closure.',
  },
  {
    principle: 5,
    topic: 'Design, construction, operation and monitoring',
    statement:
      'Develop a robust design that integrates the knowledge base and minimises the risk of failure to people and the environment for all phases of the tailings facility lifecycle, including closure and post-closure.',
  },
  {
    principle: 6,
    topic: 'Design, construction, operation and monitoring',
    statement:
      'Plan, build and operate the tailings facility to manage risk at all phases of the tailings facility lifecycle, including closure and post-closure.',
  },
  {
    principle: 7,
    topic: 'Design, construction, operation and monitoring',
    statement:
      'Design, implement and operate monitoring systems to manage risk at all phases of the facility lifecycle, including closure.',
  },
  {
    principle: 8,
    topic: 'Management and governance',
    statement:
      'Establish policies, systems and accountabilities to support the safety and integrity of the tailings facility.',
  },
  {
    principle: 9,
    topic: 'Management and governance',
    statement: 'Appoint and empower an Engineer of Record.',
  },
  {
    principle: 10,
    topic: 'Management and governance',
    statement:
      'Establish and implement levels of review as part of a strong quality and risk management system for all phases of the tailings facility lifecycle, including closure.',
  },
  {
    principle: 11,
    topic: 'Management and governance',
    statement:
      'Develop an organisational culture that promotes learning, communication and early problem recognition.',
  },
  {
    principle: 12,
    topic: 'Management and governance',
    statement:
      'Establish a process for reporting and addressing concerns and implementing whistleblower protections.',
  },
  {
    principle: 13,
    topic: 'Emergency response and long-term recovery',
    statement: 'Prepare for emergency response to tailings facility failures.',
  },
  {
    principle: 14,
    topic: 'Emergency response and long-term recovery',
    statement: 'Prepare for long-term recovery in the event of catastrophic failure.',
  },
  {
    principle: 15,
    topic: 'Public disclosure and access to information',
    statement:
      'Publicly disclose and provide access to information about the tailings facility to support public accountability.',
  },
];

/** A requirement row as stored (editable by the secretariat). */
export interface GistmRequirement {
  id: string;
  principle: number;
  text: string;
}

/** The seed requirement list: one item per principle, worded as the principle's statement. */
export function seedRequirements(): GistmRequirement[] {
  return GISTM_PRINCIPLES.map((p) => ({ id: `P${p.principle}`, principle: p.principle, text: p.statement }));
}

export const SELF_ASSESSMENT_STATUSES = [
  'met',
  'partly_met',
  'not_met',
  'not_applicable',
  'not_assessed',
] as const;
export type SelfAssessmentStatus = (typeof SELF_ASSESSMENT_STATUSES)[number];

/** Per-principle conformance summary of a self-assessment: share of applicable requirements met. */
export function summariseSelfAssessment(
  requirements: readonly GistmRequirement[],
  answers: ReadonlyMap<string, SelfAssessmentStatus>,
): {
  principle: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notAssessed: number;
  applicable: number;
}[] {
  return GISTM_PRINCIPLES.map((p) => {
    const own = requirements.filter((r) => r.principle === p.principle);
    const statuses = own.map((r) => answers.get(r.id) ?? 'not_assessed');
    const count = (s: SelfAssessmentStatus) => statuses.filter((x) => x === s).length;
    return {
      principle: p.principle,
      met: count('met'),
      partlyMet: count('partly_met'),
      notMet: count('not_met'),
      notAssessed: count('not_assessed'),
      applicable: statuses.length - count('not_applicable'),
    };
  });
}

/**
 * The research topics the report on resolution 5/12 names for the knowledge-gaps register (§30 d), with
 * the report's own French wording (`fr`, the official text Strata holds), Strata's English title and its
 * renderings in the other UN languages (`renderings`), all three unofficial.
 */
export const KNOWLEDGE_GAP_TOPICS = [
  {
    id: 'reducing-tailings',
    title: 'Reducing the generation of tailings',
    fr: 'La réduction des résidus miniers par l’amélioration de l’extraction des minerais et le passage à d’autres utilisations et pratiques',
    renderings: {
      ar: 'الحد من توليد المخلفات المنجمية',
      es: 'Reducir la generación de relaves',
      ru: 'Сокращение образования хвостов',
      zh: '减少尾矿的产生',
    },
  },
  {
    id: 'safer-management',
    title: 'Safer management and disposal of tailings',
    fr: 'L’amélioration de la gestion sûre et écologiquement rationnelle des parcs à résidus miniers, ainsi que l’élimination sans danger des résidus miniers',
    renderings: {
      ar: 'إدارة المخلفات المنجمية والتخلص منها على نحو أكثر أماناً',
      es: 'Gestión y eliminación más seguras de los relaves',
      ru: 'Более безопасное управление хвостами и их удаление',
      zh: '更安全地管理和处置尾矿',
    },
  },
  {
    id: 'trafficking',
    title: 'Trafficking of tailings as waste',
    fr: 'Le trafic de déchets dans le contexte des résidus miniers',
    renderings: {
      ar: 'الاتجار بالمخلفات المنجمية بوصفها نفايات',
      es: 'Tráfico de relaves como desechos',
      ru: 'Незаконный оборот хвостов как отходов',
      zh: '作为废物的尾矿贩运',
    },
  },
  {
    id: 'natech',
    title: 'Technological accidents triggered by natural hazards (Natech)',
    fr: 'Les accidents technologiques déclenchés par des aléas naturels',
    renderings: {
      ar: 'الحوادث التكنولوجية الناجمة عن المخاطر الطبيعية (Natech)',
      es: 'Accidentes tecnológicos desencadenados por amenazas naturales (Natech)',
      ru: 'Техногенные аварии, вызванные природными опасностями (Natech)',
      zh: '自然灾害引发的技术事故（Natech）',
    },
  },
  {
    id: 'climate-change',
    title: 'Effects of climate change on tailings facilities',
    fr: 'L’effet des changements climatiques sur la gestion des résidus miniers',
    renderings: {
      ar: 'آثار تغير المناخ على مرافق المخلفات المنجمية',
      es: 'Efectos del cambio climático en las instalaciones de relaves',
      ru: 'Влияние изменения климата на хвостохранилища',
      zh: '气候变化对尾矿设施的影响',
    },
  },
] as const;

/** The sentence that describes a seeded topic, in each UN language (Strata's wording), around its title. */
export const KNOWLEDGE_GAP_DESCRIPTION: Record<Exclude<Language, 'en'>, (title: string) => string> = {
  fr: (t) => `Thème de recherche cité dans le rapport sur la résolution 5/12 de l’ANUE : ${lowerFirst(t)}.`,
  es: (t) =>
    `Tema de investigación citado en el informe sobre la resolución 5/12 de la UNEA: ${lowerFirst(t)}.`,
  ru: (t) => `Тема исследований, названная в докладе о резолюции 5/12 ЮНЕА: ${lowerFirst(t)}.`,
  zh: (t) => `关于联合国环境大会第5/12号决议的报告所列研究专题：${t}。`,
  ar: (t) => `موضوع بحثي ورد في التقرير المتعلق بقرار جمعية الأمم المتحدة للبيئة 5/12: ${t}.`,
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** Where the report names the knowledge-gap topics. */
export const KNOWLEDGE_GAP_SOURCE = 'UNEP, progress report on UNEA resolution 5/12 (French), §30 d)';
