/**
 * What UNEP's progress report on resolution 5/12 states about the intergovernmental process, as data.
 * Read in its French text (the report's own words are the `fr` forms, flagged official); the English and
 * other forms are translations made for Strata (flagged unofficial). Each record cites the report's
 * paragraph (§) or table. Nothing here comes from elsewhere.
 */
import type { Language, Translations, UnGroup } from '@strata/core';
import type { ClusterTranslations, MandateParagraph, Phase } from './repository/tables.ts';
import type { NewMeetingInput } from './service/meeting-service.ts';

/** The report, as the source of every record of the 5/12 process. */
export const REPORT_5_12 =
  "UNEP, progress report on the implementation of UNEA resolution 5/12 'Environmental aspects of minerals " +
  "and metals management', for the sixth session of the Environment Assembly (French text; paragraph " +
  'numbers cited per record; the document symbol and date of issue are not in the text at hand)';

/** Text the report gives in French (official) and Strata's translations of it (unofficial). */
type Forms = Partial<Record<Language, string>>;

function texts<K extends string>(key: K, forms: Forms): Translations<Record<K, string>> {
  const out: Translations<Record<K, string>> = {};
  for (const [lang, text] of Object.entries(forms) as [Language, string][])
    out[lang] = { [key]: text, official: lang === 'fr' } as Record<K, string> & { official: boolean };
  return out;
}

/**
 * Paragraphs of resolution 5/12 as the report cites them (§§1–4, 7); paraphrased in English. The
 * resolution's own text was not at hand: the numbers are the report's.
 */
export const MANDATE: MandateParagraph[] = [
  {
    paragraph: 'para. 2',
    text:
      'Requests the Executive Director, subject to available resources, to convene transparent and inclusive ' +
      'intergovernmental regional consultations, with relevant international organizations, regional and ' +
      'multilateral environmental agreements and relevant stakeholders as observers, to feed into a global ' +
      'intergovernmental meeting, with the aim of developing non-binding proposals to enhance the ' +
      'environmental sustainability of minerals and metals along their full life cycle (paraphrase).',
    source: 'report §1',
  },
  {
    paragraph: 'para. 3',
    text:
      'Decides that the regional consultations take stock of ongoing activities, identify ways to strengthen ' +
      'international cooperation and set out possible options for consideration by the Assembly at its sixth ' +
      'session (paraphrase).',
    source: 'report §1',
  },
  {
    paragraph: 'para. 4',
    text:
      'Requests the Executive Director, drawing on GRID-Geneva, to strengthen scientific, technical and policy ' +
      'knowledge on sand, to support global policies and action on its environmentally sound extraction and ' +
      'use (paraphrase).',
    source: 'report §2',
  },
  {
    paragraph: 'para. 5',
    text:
      'Requests the Executive Director, subject to available resources and mindful of the launch of the ' +
      'Global Industry Standard on Tailings Management, to compile a report on knowledge gaps in the ' +
      'environmental aspects of tailings management (paraphrase).',
    source: 'report §3',
  },
  {
    paragraph: 'para. 6',
    text:
      'Requests the Executive Director to report to the Assembly at its sixth session on progress in the ' +
      'implementation of the resolution, including a summary report of the consultations for its ' +
      'consideration (paraphrase).',
    source: 'report §4',
  },
];

/** Phases with the dates the report gives; unknown dates stay null. */
export const PHASES: Phase[] = [
  { name: 'Nomination of national focal points (UNEP invitation, §6)', start: '2022-10', end: null },
  { name: 'Appointment of the two co-chairs (§7)', start: '2022-12', end: '2022-12' },
  { name: 'Background document for the regional consultations (§9)', start: '2023-03', end: '2023-03' },
  { name: 'Online briefings (Table 1)', start: '2023-02-14', end: '2023-08-30' },
  { name: 'Regional consultations (§11, Table 2)', start: '2023-04-24', end: '2023-07-06' },
  // §13 gives the deadline only: the start of the written-submissions phase is unknown.
  { name: 'Written submissions (§13)', start: null, end: '2023-07-31' },
  { name: 'Global intergovernmental meeting (§15)', start: '2023-09-07', end: '2023-09-08' },
];

/** §7: appointed in December 2022 by the President of UNEA-6, Leila Benali (Morocco). */
export const CO_CHAIRS = [
  'Saqlain Syedah (Pakistan; Ambassador and Permanent Representative of Pakistan to UNEP)',
  'Martine Rohn-Brossard (Switzerland; Deputy Head, International Affairs Division, Federal Office for the Environment)',
];

/** Audiences of the online briefings (Table 1), in the report's words and in translation. */
export const BRIEFING_AUDIENCES = {
  focalPoints: {
    fr: 'Points focaux nationaux et membres du Comité des représentants permanents auprès du PNUE',
    en: 'National focal points and members of the Committee of Permanent Representatives to UNEP',
    es: 'Puntos focales nacionales y miembros del Comité de Representantes Permanentes ante el PNUMA',
    ru: 'Национальные координаторы и члены Комитета постоянных представителей при ЮНЕП',
    zh: '国家联络人和环境署常驻代表委员会成员',
    ar: 'جهات الاتصال الوطنية وأعضاء لجنة الممثلين الدائمين لدى برنامج الأمم المتحدة للبيئة',
  },
  genevaStakeholders: {
    fr: 'Missions basées à Genève et parties prenantes de la société civile, de l’industrie et du monde universitaire',
    en: 'Geneva-based missions and stakeholders from civil society, industry and academia',
    es: 'Misiones con sede en Ginebra y partes interesadas de la sociedad civil, la industria y el mundo académico',
    ru: 'Представительства в Женеве и заинтересованные стороны из гражданского общества, промышленности и научных кругов',
    zh: '驻日内瓦代表团以及民间社会、工业界和学术界利益攸关方',
    ar: 'البعثات الموجودة في جنيف وأصحاب المصلحة من المجتمع المدني والصناعة والأوساط الأكاديمية',
  },
  emg: {
    fr: 'Groupe de la gestion de l’environnement des Nations Unies (entités des Nations Unies et secrétariats des accords multilatéraux sur l’environnement)',
    en: 'United Nations Environment Management Group (United Nations entities and secretariats of multilateral environmental agreements)',
    es: 'Grupo de Gestión Ambiental de las Naciones Unidas (entidades de las Naciones Unidas y secretarías de los acuerdos ambientales multilaterales)',
    ru: 'Группа по рациональному природопользованию Организации Объединенных Наций (структуры Организации Объединенных Наций и секретариаты многосторонних природоохранных соглашений)',
    zh: '联合国环境管理小组（联合国实体和多边环境协定秘书处）',
    ar: 'فريق الأمم المتحدة لإدارة البيئة (كيانات الأمم المتحدة وأمانات الاتفاقات البيئية المتعددة الأطراف)',
  },
} satisfies Record<string, Forms>;

/** Subjects of the briefings (Table 1). */
const BRIEFING_SUBJECTS = {
  overview: {
    fr: 'Aperçu de la résolution 5/12 et du plan de mise en œuvre proposé',
    en: 'Overview of resolution 5/12 and of the proposed implementation plan',
    es: 'Panorama de la resolución 5/12 y del plan de aplicación propuesto',
    ru: 'Обзор резолюции 5/12 и предлагаемого плана осуществления',
    zh: '第5/12号决议和拟议实施计划概述',
    ar: 'عرض عام للقرار 5/12 ولخطة التنفيذ المقترحة',
  },
  background: {
    fr: 'Aperçu du document de référence et consultation sur les objectifs et l’ordre du jour proposés pour chaque consultation régionale et la réunion mondiale',
    en: 'Overview of the background document and consultation on the objectives and agenda proposed for each regional consultation and for the global meeting',
    es: 'Panorama del documento de referencia y consulta sobre los objetivos y el programa propuestos para cada consulta regional y para la reunión mundial',
    ru: 'Обзор справочного документа и консультации по целям и повестке дня, предлагаемым для каждой региональной консультации и для глобального совещания',
    zh: '背景文件概述，并就为每次区域磋商和全球会议拟议的目标和议程进行磋商',
    ar: 'عرض عام للوثيقة المرجعية والتشاور بشأن الأهداف وجدول الأعمال المقترحة لكل مشاورة إقليمية وللاجتماع العالمي',
  },
  updates: {
    fr: 'Mises à jour sur les préparatifs des consultations régionales et de la réunion mondiale',
    en: 'Updates on the preparations of the regional consultations and of the global meeting',
    es: 'Novedades sobre los preparativos de las consultas regionales y de la reunión mundial',
    ru: 'Последние сведения о подготовке региональных консультаций и глобального совещания',
    zh: '区域磋商和全球会议筹备工作的最新情况',
    ar: 'مستجدات التحضير للمشاورات الإقليمية وللاجتماع العالمي',
  },
  nexus: {
    fr: 'Dialogue sur les interactions se rapportant aux aspects environnementaux de la gestion des minéraux et des métaux destiné à créer des synergies entre les différents axes de travail au sein du système des Nations Unies.',
    en: 'Dialogue on the interlinkages in the environmental aspects of minerals and metals management, to create synergies between the workstreams of the United Nations system.',
    es: 'Diálogo sobre las interrelaciones en los aspectos ambientales de la gestión de los minerales y los metales, para crear sinergias entre las líneas de trabajo del sistema de las Naciones Unidas.',
    ru: 'Диалог о взаимосвязях в экологических аспектах управления минералами и металлами в целях создания синергии между направлениями работы системы Организации Объединенных Наций.',
    zh: '关于矿物和金属管理环境方面相互关联问题的对话，旨在促进联合国系统各工作领域之间的协同增效。',
    ar: 'حوار بشأن أوجه الترابط في الجوانب البيئية لإدارة المعادن والفلزات، من أجل تحقيق التآزر بين مسارات العمل في منظومة الأمم المتحدة.',
  },
} satisfies Record<string, Forms>;

const BRIEFING_TITLE: Forms = {
  en: 'Online briefing',
  fr: 'Réunion d’information en ligne',
  es: 'Reunión informativa en línea',
  ru: 'Онлайн-брифинг',
  zh: '在线情况介绍会',
  ar: 'إحاطة إعلامية عبر الإنترنت',
};

/** The forms of a field: `official` languages hold the report's own words, the others Strata's. */
function field(forms: Forms, official: Language[] = []): Translations<{ text: string }> {
  const out: Translations<{ text: string }> = {};
  for (const [lang, text] of Object.entries(forms) as [Language, string][])
    out[lang] = { text, official: official.includes(lang) };
  return out;
}
function agendaField(forms: Partial<Record<Language, string[]>>, official: Language[] = []) {
  const out: Translations<{ items: string[] }> = {};
  for (const [lang, items] of Object.entries(forms) as [Language, string[]][])
    out[lang] = { items, official: official.includes(lang) };
  return out;
}

/** The seven online briefings of Table 1: date, audience, subject (all online, §10). */
export const BRIEFINGS: NewMeetingInput[] = (
  [
    ['2023-02-14', 'focalPoints', 'overview'],
    ['2023-02-28', 'genevaStakeholders', 'updates'],
    ['2023-03-27', 'focalPoints', 'background'],
    ['2023-04-19', 'focalPoints', 'background'],
    ['2023-06-09', 'focalPoints', 'background'],
    ['2023-08-23', 'genevaStakeholders', 'updates'],
    ['2023-08-30', 'emg', 'nexus'],
  ] as const
).map(([date, audience, subject]) => {
  const subjectForms: Forms = BRIEFING_SUBJECTS[subject];
  const audienceForms: Forms = BRIEFING_AUDIENCES[audience];
  const title: Forms = Object.fromEntries(
    Object.entries(BRIEFING_TITLE).map(([l, t]) => [l, `${t}, ${date}`]),
  );
  return {
    type: 'briefing' as const,
    title: `Online briefing, ${date}`,
    startDate: date,
    endDate: date,
    place: 'Online',
    format: 'online' as const,
    audience: audienceForms.en ?? null,
    agenda: [subjectForms.en as string],
    translations: {
      title: field(title),
      audience: field(audienceForms, ['fr']),
      agenda: agendaField(Object.fromEntries(Object.entries(subjectForms).map(([l, t]) => [l, [t]])), ['fr']),
    },
  };
});

const GROUP_NAMES: Record<UnGroup, Forms> = {
  eastern_european: {
    en: 'Eastern European States',
    fr: 'États d’Europe orientale',
    es: 'Estados de Europa Oriental',
    ru: 'Государства Восточной Европы',
    zh: '东欧国家',
    ar: 'دول أوروبا الشرقية',
  },
  western_european_others: {
    en: 'Western European and other States',
    fr: 'États d’Europe occidentale et autres États',
    es: 'Estados de Europa Occidental y otros Estados',
    ru: 'Государства Западной Европы и другие государства',
    zh: '西欧和其他国家',
    ar: 'دول أوروبا الغربية ودول أخرى',
  },
  latin_american_caribbean: {
    en: 'Latin American and Caribbean States',
    fr: 'États d’Amérique latine et des Caraïbes',
    es: 'Estados de América Latina y el Caribe',
    ru: 'Государства Латинской Америки и Карибского бассейна',
    zh: '拉丁美洲和加勒比国家',
    ar: 'دول أمريكا اللاتينية ومنطقة البحر الكاريبي',
  },
  asia_pacific: {
    en: 'Asia-Pacific States',
    fr: 'États d’Asie et du Pacifique',
    es: 'Estados de Asia y el Pacífico',
    ru: 'Государства Азиатско-Тихоокеанского региона',
    zh: '亚洲-太平洋国家',
    ar: 'دول آسيا والمحيط الهادئ',
  },
  african: {
    en: 'African States',
    fr: 'États d’Afrique',
    es: 'Estados de África',
    ru: 'Государства Африки',
    zh: '非洲国家',
    ar: 'الدول الأفريقية',
  },
};
const REGIONAL_TITLE: Forms = {
  en: 'Regional consultation',
  fr: 'Consultation régionale',
  es: 'Consulta regional',
  ru: 'Региональная консультация',
  zh: '区域磋商',
  ar: 'مشاورة إقليمية',
};

/** Agenda of the regional consultations as the report describes it (§§1, 12, 20, 21). */
const REGIONAL_AGENDA = {
  en: [
    'Stocktaking of ongoing activities: national and regional practices and initiatives, good practices and challenges (§§1, 12)',
    'Areas for strengthened international cooperation (§12)',
    'Technical discussion on sand and sustainability (§20)',
    'Technical discussion on tailings management (§21)',
    'Non-binding proposals of the region, for the global meeting (§12)',
  ],
  es: [
    'Balance de las actividades en curso: prácticas e iniciativas nacionales y regionales, buenas prácticas y dificultades (§§1, 12)',
    'Ámbitos para reforzar la cooperación internacional (§12)',
    'Debate técnico sobre la arena y la sostenibilidad (§20)',
    'Debate técnico sobre la gestión de los relaves (§21)',
    'Propuestas no vinculantes de la región, para la reunión mundial (§12)',
  ],
  ru: [
    'Обзор текущей деятельности: национальная и региональная практика и инициативы, передовой опыт и трудности (§§1, 12)',
    'Области для укрепления международного сотрудничества (§12)',
    'Техническое обсуждение темы «песок и устойчивость» (§20)',
    'Техническое обсуждение управления хвостами (§21)',
    'Необязательные предложения региона для глобального совещания (§12)',
  ],
  zh: [
    '盘点正在开展的活动：国家和区域做法与举措、良好做法和挑战（第1、12段）',
    '加强国际合作的领域（第12段）',
    '关于砂与可持续性的技术讨论（第20段）',
    '关于尾矿管理的技术讨论（第21段）',
    '本区域提交全球会议的不具约束力的提案（第12段）',
  ],
  ar: [
    'تقييم الأنشطة الجارية: الممارسات والمبادرات الوطنية والإقليمية، والممارسات الجيدة والتحديات (الفقرتان 1 و12)',
    'مجالات تعزيز التعاون الدولي (الفقرة 12)',
    'مناقشة تقنية بشأن الرمال والاستدامة (الفقرة 20)',
    'مناقشة تقنية بشأن إدارة المخلفات المنجمية (الفقرة 21)',
    'المقترحات غير الملزمة للمنطقة، لعرضها على الاجتماع العالمي (الفقرة 12)',
  ],
  fr: [
    'Faire le point sur les activités actuellement menées : pratiques et initiatives nationales et régionales, bonnes pratiques et défis rencontrés (§§1, 12)',
    'Domaines offrant des possibilités de renforcement de la coopération internationale (§12)',
    'Discussion technique sur le sable et la durabilité (§20)',
    'Discussions techniques sur la gestion des résidus miniers (§21)',
    'Propositions non contraignantes de la région, à examiner lors de la réunion mondiale (§12)',
  ],
};

/** "Observers" (§12), after the group's name in a regional consultation's audience. */
const OBSERVERS: Forms = {
  fr: 'observateurs',
  es: 'observadores',
  ru: 'наблюдатели',
  zh: '观察员',
  ar: 'المراقبون',
};

const BACKGROUND_REGIONAL = {
  title: 'Background document to guide the intergovernmental regional consultations (§9)',
  url: 'https://www.greenpolicyplatform.org/guidance/background-document-guide-intergovernmental-regional-consultations-unea-512',
  issued: '2023-03',
};

/** The five regional consultations of Table 2 (hybrid, §11), their synthesis reports (notes a–e), hosts (§12). */
export const REGIONAL: (NewMeetingInput & { documents: MeetingDocumentSeed[] })[] = (
  [
    ['eastern_european', 'Geneva', '2023-04-24', '2023-04-25', null, 'EEG-Report-FINAL.pdf'],
    ['western_european_others', 'Paris', '2023-04-27', '2023-04-28', null, 'WEOG-Report-FINAL.pdf'],
    ['latin_american_caribbean', 'Santiago', '2023-05-17', '2023-05-18', 'CHL', 'GRULAC-Report.pdf'],
    ['asia_pacific', 'Bangkok', '2023-06-15', '2023-06-16', null, 'Asian-Pacific-Group-Report-V3.pdf'],
    ['african', 'Dakar', '2023-07-05', '2023-07-06', 'SEN', 'African-Group-Report-V3.pdf'],
  ] as const
).map(([group, place, start, end, host, report]) => {
  const names = GROUP_NAMES[group];
  const title: Forms = Object.fromEntries(
    Object.entries(REGIONAL_TITLE).map(([l, t]) => [l, `${t}: ${names[l as Language]}`]),
  );
  return {
    type: 'regional_consultation' as const,
    title: `Regional consultation: ${names.en}`,
    unGroup: group,
    place,
    startDate: start,
    endDate: end,
    hostIso3: host,
    format: 'hybrid' as const,
    audience: `${names.en}, observers`,
    agenda: REGIONAL_AGENDA.en,
    translations: {
      title: field(title),
      // Table 2 names the participants in French; "observers" is §12's.
      audience: field(
        Object.fromEntries(
          Object.entries(OBSERVERS).map(([l, word]) => [l, `${names[l as Language]}, ${word}`]),
        ),
      ),
      agenda: agendaField({
        fr: REGIONAL_AGENDA.fr,
        es: REGIONAL_AGENDA.es,
        ru: REGIONAL_AGENDA.ru,
        zh: REGIONAL_AGENDA.zh,
        ar: REGIONAL_AGENDA.ar,
      }),
    },
    documents: [
      {
        title: 'Synthesis report of the consultation (Table 2)',
        url: `https://www.greenpolicyplatform.org/sites/default/files/downloads/tools/${report}`,
        issued: null,
      },
      BACKGROUND_REGIONAL,
    ],
  };
});

/** A document of a meeting: title, link and date of issue as the report gives them. */
export interface MeetingDocumentSeed {
  title: string;
  url: string;
  issued: string | null;
}

/** The global meeting (§15) with its documents (§14 note 6, §15 note 7). */
export const GLOBAL: NewMeetingInput & { documents: MeetingDocumentSeed[] } = {
  type: 'global_meeting',
  title: 'Global intergovernmental meeting on minerals and metals',
  place: 'Geneva',
  startDate: '2023-09-07',
  endDate: '2023-09-08',
  format: 'hybrid',
  audience: 'Member States, observers and accredited organizations',
  agenda: [
    'Summary of each regional consultation presented (§15)',
    'Technical panel on the perspectives of investors, governments and civil society (§15)',
    'Non-binding proposals examined in informal subsidiary working groups and in plenary, to streamline, refine and complete them (§15)',
    'Prioritisation of the non-binding proposals (§25)',
  ],
  translations: {
    title: field({
      fr: 'Réunion intergouvernementale mondiale',
      es: 'Reunión intergubernamental mundial',
      ru: 'Глобальное межправительственное совещание',
      zh: '全球政府间会议',
      ar: 'الاجتماع الحكومي الدولي العالمي',
    }),
    audience: field({
      fr: 'États Membres, observateurs et organisations accréditées',
      es: 'Estados Miembros, observadores y organizaciones acreditadas',
      ru: 'Государства-члены, наблюдатели и аккредитованные организации',
      zh: '会员国、观察员和经认可的组织',
      ar: 'الدول الأعضاء والمراقبون والمنظمات المعتمدة',
    }),
    agenda: agendaField({
      es: [
        'Presentación de un resumen de cada consulta regional (§15)',
        'Grupo técnico sobre las perspectivas de los inversores, los gobiernos y la sociedad civil (§15)',
        'Examen de las propuestas no vinculantes en grupos de trabajo subsidiarios oficiosos y en sesión plenaria, para racionalizarlas, precisarlas y completarlas (§15)',
        'Priorización de las propuestas no vinculantes (§25)',
      ],
      ru: [
        'Представление резюме каждой региональной консультации (§15)',
        'Техническая группа по взглядам инвесторов, правительств и гражданского общества (§15)',
        'Рассмотрение необязательных предложений в неофициальных вспомогательных рабочих группах и на пленарном заседании в целях их упорядочения, уточнения и дополнения (§15)',
        'Определение приоритетности необязательных предложений (§25)',
      ],
      zh: [
        '介绍每次区域磋商的摘要（第15段）',
        '关于投资者、政府和民间社会观点的技术小组讨论（第15段）',
        '在非正式附属工作组和全体会议上审议不具约束力的提案，以精简、完善和补充这些提案（第15段）',
        '确定不具约束力的提案的优先次序（第25段）',
      ],
      ar: [
        'عرض موجز لكل مشاورة إقليمية (الفقرة 15)',
        'فريق تقني بشأن وجهات نظر المستثمرين والحكومات والمجتمع المدني (الفقرة 15)',
        'النظر في المقترحات غير الملزمة في أفرقة عاملة فرعية غير رسمية وفي الجلسة العامة، من أجل تبسيطها وصقلها واستكمالها (الفقرة 15)',
        'ترتيب أولويات المقترحات غير الملزمة (الفقرة 25)',
      ],
      fr: [
        'Présentation d’un résumé de chaque consultation régionale (§15)',
        'Groupe technique sur les perspectives des investisseurs, des gouvernements et de la société civile (§15)',
        'Examen des propositions non contraignantes au sein de groupes de travail subsidiaires informels et en séance plénière, pour les rationaliser, les affiner et les compléter (§15)',
        'Classement des propositions non contraignantes par ordre de priorité (§25)',
      ],
    }),
  },
  // §15: interpretation into all the official languages of the United Nations.
  languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
  publishedTotals: { memberStates: 99, observers: 60 },
  documents: [
    {
      title: 'Background document to guide the global intergovernmental meeting (§14, note 6)',
      url: 'https://www.greenpolicyplatform.org/guidance/background-document-guide-global-intergovernmental-meeting-unea-512-1',
      issued: null,
    },
    {
      title: 'Co-chairs’ summary report of the meeting and its outcomes, advance version (§15, note 7)',
      url: 'https://www.greenpolicyplatform.org/sites/default/files/downloads/tools/UNEA%205.12%20co-chairs%20summary%20report%20-%20advance.pdf',
      issued: null,
    },
  ],
};

/** The briefing of 30 August 2023 (Table 1) links the EMG's Nexus Dialogue page. */
export const BRIEFING_DOCUMENTS: Record<string, MeetingDocumentSeed[]> = {
  '2023-08-30': [
    {
      title:
        'UN Environment Management Group: Nexus Dialogue on the environmental aspects of minerals and metals management (Table 1)',
      url: 'https://unemg.org/nexus-dialogue-on-the-environmental-aspects-of-minerals-and-metals-management/',
      issued: null,
    },
  ],
};

/** The three clusters of the 24 proposals (§14): the report's French names, official. */
export const CLUSTERS: { code: string; name: string; position: number; translations: ClusterTranslations }[] =
  [
    {
      code: 'A',
      name: 'Policies and tools',
      position: 1,
      translations: texts('text', {
        fr: 'Politiques et outils',
        en: 'Policies and tools',
        es: 'Políticas e instrumentos',
        ru: 'Политика и инструменты',
        zh: '政策和工具',
        ar: 'السياسات والأدوات',
      }),
    },
    {
      code: 'B',
      name: 'Value-chain aspects',
      position: 2,
      translations: texts('text', {
        fr: 'Aspects de la chaîne de valeur',
        en: 'Value-chain aspects',
        es: 'Aspectos de la cadena de valor',
        ru: 'Аспекты производственно-сбытовой цепочки',
        zh: '价值链方面',
        ar: 'جوانب سلسلة القيمة',
      }),
    },
    {
      code: 'C',
      name: 'International cooperation platforms',
      position: 3,
      translations: texts('text', {
        fr: 'Plateformes de coopération internationale',
        en: 'International cooperation platforms',
        es: 'Plataformas de cooperación internacional',
        ru: 'Платформы международного сотрудничества',
        zh: '国际合作平台',
        ar: 'منصات التعاون الدولي',
      }),
    },
  ];

export { OUTCOME_PROPOSALS, type ReportedProposal } from './report-5-12-proposals.ts';

/** The concept note of the Global Sand Observatory (§20, note 8). */
export const SAND_OBSERVATORY_CONCEPT_NOTE =
  'https://www.greenpolicyplatform.org/guidance/concept-note-global-sand-observatory';
