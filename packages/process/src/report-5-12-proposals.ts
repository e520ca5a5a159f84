/**
 * The proposals the report on resolution 5/12 names (§15 a–d, §20), in the report's French (official) and
 * in the five other UN languages (translations made for Strata, unofficial).
 */
import type { Language } from '@strata/core';
import type { ProposalText } from './service/proposal-views.ts';

/** A proposal as the report states it: its code, where it came from and its texts. */
export interface ReportedProposal {
  code: string;
  originKind: 'global_meeting' | 'regional_consultation';
  reportParagraph: string;
  texts: ProposalText[];
}

function proposalTexts(
  fr: [string, string],
  en: [string, string],
  others: Partial<Record<Exclude<Language, 'fr' | 'en'>, [string, string]>> = {},
): ProposalText[] {
  return [
    { language: 'fr', title: fr[0], body: fr[1], official: true },
    { language: 'en', title: en[0], body: en[1], official: false },
    ...Object.entries(others).map(([language, [title, body]]) => ({
      language: language as Language,
      title,
      body,
      official: false,
    })),
  ];
}

/**
 * The proposals the report names: the four examined at the global meeting (§15 a–d) and the Global Sand
 * Observatory proposed at the regional consultations (§20). Their texts are the report's descriptions; the
 * report does not assign them to clusters, so none is set.
 */
export const OUTCOME_PROPOSALS: ReportedProposal[] = [
  {
    code: 'GM-a',
    originKind: 'global_meeting',
    reportParagraph: '§15 (a)',
    texts: proposalTexts(
      [
        'Évaluation globale des instruments et normes existants',
        'Il a été proposé de collecter et d’évaluer les instruments et normes utilisés dans les secteurs privé et public. Ce travail sera effectué en coopération avec les accords multilatéraux sur l’environnement et d’autres parties prenantes, en s’appuyant sur les travaux antérieurs dans ce domaine. L’évaluation a été considérée par beaucoup comme une condition préalable aux travaux futurs, y compris l’examen de la manière dont l’état des connaissances est lié aux autres propositions non contraignantes.',
      ],
      [
        'Global assessment of existing instruments and standards',
        'It was proposed to collect and assess the instruments and standards used in the private and public sectors, in cooperation with multilateral environmental agreements and other stakeholders, building on earlier work in this area. Many considered the assessment a prerequisite for future work, including examining how the state of knowledge relates to the other non-binding proposals.',
      ],
      {
        es: [
          'Evaluación global de los instrumentos y normas existentes',
          'Se propuso recopilar y evaluar los instrumentos y normas utilizados en los sectores privado y público, en cooperación con los acuerdos ambientales multilaterales y otras partes interesadas, aprovechando la labor anterior en este ámbito. Muchos consideraron la evaluación como un requisito previo para la labor futura, incluido el examen de la relación entre el estado de los conocimientos y las demás propuestas no vinculantes.',
        ],
        ru: [
          'Глобальная оценка существующих инструментов и стандартов',
          'Было предложено собрать и оценить инструменты и стандарты, применяемые в частном и государственном секторах, в сотрудничестве с многосторонними природоохранными соглашениями и другими заинтересованными сторонами, опираясь на ранее проделанную работу в этой области. Многие сочли такую оценку необходимым условием дальнейшей работы, в том числе изучения того, как состояние знаний связано с другими необязательными предложениями.',
        ],
        zh: [
          '对现有文书和标准的全球评估',
          '有人提议与多边环境协定和其他利益攸关方合作，在该领域以往工作的基础上，收集和评估私营和公共部门使用的文书和标准。许多人认为，这项评估是今后工作的先决条件，包括审查现有知识状况与其他不具约束力的提案之间的关系。',
        ],
        ar: [
          'تقييم عالمي للصكوك والمعايير القائمة',
          'اقتُرح جمع الصكوك والمعايير المستخدمة في القطاعين الخاص والعام وتقييمها، بالتعاون مع الاتفاقات البيئية المتعددة الأطراف وسائر أصحاب المصلحة، وبالاستناد إلى الأعمال السابقة في هذا المجال. واعتبر كثيرون التقييم شرطاً مسبقاً للعمل في المستقبل، بما في ذلك دراسة صلة حالة المعارف بالمقترحات غير الملزمة الأخرى.',
        ],
      },
    ),
  },
  {
    code: 'GM-b',
    originKind: 'global_meeting',
    reportParagraph: '§15 (b)',
    texts: proposalTexts(
      [
        'Renforcement des capacités, assistance technique et transfert de technologies',
        'Un accord général s’est dégagé concernant la nécessité d’une assistance technique, d’un soutien financier et d’un transfert de technologies pour les pays en développement, ainsi que la possibilité d’exploiter les connaissances entre les États Membres, y compris entre les régions. Les États Membres ont souligné la nécessité de fournir un soutien ou de prendre des mesures pour faire face aux besoins et aux conditions sur le plan local et pour tenir compte des capacités et des cadres nationaux. La nécessité d’éviter les doubles emplois avec d’autres entités, instruments et initiatives a également été soulignée à plusieurs reprises tout au long de la réunion.',
      ],
      [
        'Capacity building, technical assistance and technology transfer',
        'There was general agreement on the need for technical assistance, financial support and technology transfer for developing countries, and on the possibility of drawing on knowledge among Member States, including across regions. Member States stressed the need for support or action addressing local needs and conditions and taking national capacities and frameworks into account. The need to avoid duplication with other entities, instruments and initiatives was also stressed repeatedly throughout the meeting.',
      ],
      {
        es: [
          'Creación de capacidad, asistencia técnica y transferencia de tecnología',
          'Hubo acuerdo general sobre la necesidad de asistencia técnica, apoyo financiero y transferencia de tecnología para los países en desarrollo, y sobre la posibilidad de aprovechar los conocimientos entre los Estados Miembros, incluso entre regiones. Los Estados Miembros subrayaron la necesidad de apoyo o de medidas que respondan a las necesidades y condiciones locales y tengan en cuenta las capacidades y los marcos nacionales. También se subrayó en repetidas ocasiones a lo largo de la reunión la necesidad de evitar duplicaciones con otras entidades, instrumentos e iniciativas.',
        ],
        ru: [
          'Наращивание потенциала, техническая помощь и передача технологий',
          'Было достигнуто общее согласие в отношении необходимости технической помощи, финансовой поддержки и передачи технологий развивающимся странам, а также возможности использовать знания государств-членов, в том числе между регионами. Государства-члены подчеркнули необходимость поддержки или мер, учитывающих местные потребности и условия, а также национальный потенциал и нормативную базу. На протяжении всего совещания неоднократно подчеркивалась и необходимость избегать дублирования с другими структурами, инструментами и инициативами.',
        ],
        zh: [
          '能力建设、技术援助和技术转让',
          '与会者普遍认为，有必要向发展中国家提供技术援助、资金支持和技术转让，并可在会员国之间（包括跨区域）借鉴知识。会员国强调，需要提供支持或采取行动，以满足当地需求、适应当地条件，并考虑国家能力和框架。会议期间还多次强调，需要避免与其他实体、文书和倡议重复。',
        ],
        ar: [
          'بناء القدرات والمساعدة التقنية ونقل التكنولوجيا',
          'كان هناك اتفاق عام على الحاجة إلى المساعدة التقنية والدعم المالي ونقل التكنولوجيا لصالح البلدان النامية، وعلى إمكانية الاستفادة من المعارف فيما بين الدول الأعضاء، بما في ذلك بين المناطق. وشددت الدول الأعضاء على الحاجة إلى دعم أو إجراءات تلبي الاحتياجات والظروف المحلية وتراعي القدرات والأطر الوطنية. كما جرى التشديد مراراً طوال الاجتماع على ضرورة تجنب الازدواجية مع الكيانات والصكوك والمبادرات الأخرى.',
        ],
      },
    ),
  },
  {
    code: 'GM-c',
    originKind: 'global_meeting',
    reportParagraph: '§15 (c)',
    texts: proposalTexts(
      [
        'Coopération au niveau international',
        'Les propositions sur ce thème portaient sur le renforcement de la collaboration et de la coopération entre les organisations internationales, y compris les accords multilatéraux sur l’environnement, et sur le renforcement de la collaboration entre le PNUE et le Forum intergouvernemental des mines, des minerais, des métaux et du développement durable.',
      ],
      [
        'International cooperation',
        'The proposals on this theme concerned strengthened collaboration and cooperation among international organizations, including multilateral environmental agreements, and strengthened collaboration between UNEP and the Intergovernmental Forum on Mining, Minerals, Metals and Sustainable Development (IGF).',
      ],
      {
        es: [
          'Cooperación internacional',
          'Las propuestas sobre este tema se referían al fortalecimiento de la colaboración y la cooperación entre las organizaciones internacionales, incluidos los acuerdos ambientales multilaterales, y al fortalecimiento de la colaboración entre el PNUMA y el Foro Intergubernamental sobre Minería, Minerales, Metales y Desarrollo Sostenible (IGF).',
        ],
        ru: [
          'Международное сотрудничество',
          'Предложения по этой теме касались укрепления взаимодействия и сотрудничества между международными организациями, включая многосторонние природоохранные соглашения, а также укрепления сотрудничества между ЮНЕП и Межправительственным форумом по горнодобывающей промышленности, минералам, металлам и устойчивому развитию (IGF).',
        ],
        zh: [
          '国际合作',
          '这一主题下的提案涉及加强国际组织（包括多边环境协定）之间的协作与合作，以及加强联合国环境规划署与采矿、矿物、金属和可持续发展政府间论坛（IGF）之间的协作。',
        ],
        ar: [
          'التعاون الدولي',
          'تناولت المقترحات المتعلقة بهذا الموضوع تعزيز التعاون والتنسيق بين المنظمات الدولية، بما فيها الاتفاقات البيئية المتعددة الأطراف، وتعزيز التعاون بين برنامج الأمم المتحدة للبيئة والمنتدى الحكومي الدولي المعني بالتعدين والمعادن والفلزات والتنمية المستدامة.',
        ],
      },
    ),
  },
  {
    code: 'GM-d',
    originKind: 'global_meeting',
    reportParagraph: '§15 (d)',
    texts: proposalTexts(
      [
        'Un groupe de travail technique à composition non limitée',
        'Les participants à la réunion mondiale ont porté un vif intérêt à la possibilité d’établir une plateforme destinée à appuyer l’échange continu de connaissances entre les points focaux nationaux, qui pourrait contribuer à faire progresser le dialogue, à ouvrir la voie à de nouvelles améliorations et à stimuler la mise en place des mesures figurant dans les diverses propositions non contraignantes.',
      ],
      [
        'An open-ended technical working group',
        'Participants in the global meeting showed strong interest in establishing a platform to support the continued exchange of knowledge among national focal points, which could help advance the dialogue, open the way to further improvements and spur the implementation of the measures in the various non-binding proposals.',
      ],
      {
        es: [
          'Un grupo de trabajo técnico de composición abierta',
          'Los participantes en la reunión mundial mostraron un gran interés por establecer una plataforma que apoye el intercambio continuo de conocimientos entre los coordinadores nacionales, lo que podría ayudar a avanzar en el diálogo, abrir el camino a nuevas mejoras e impulsar la aplicación de las medidas de las distintas propuestas no vinculantes.',
        ],
        ru: [
          'Техническая рабочая группа открытого состава',
          'Участники глобального совещания проявили большой интерес к созданию платформы для поддержки постоянного обмена знаниями между национальными координаторами, которая могла бы способствовать развитию диалога, открыть путь к дальнейшим улучшениям и стимулировать осуществление мер, содержащихся в различных необязательных предложениях.',
        ],
        zh: [
          '不限成员名额技术工作组',
          '全球会议与会者对建立一个平台以支持国家联络人之间持续交流知识表现出浓厚兴趣，该平台有助于推进对话、为进一步改进铺平道路，并推动落实各项不具约束力的提案中的措施。',
        ],
        ar: [
          'فريق عامل تقني مفتوح العضوية',
          'أبدى المشاركون في الاجتماع العالمي اهتماماً كبيراً بإنشاء منصة لدعم التبادل المستمر للمعارف بين جهات الاتصال الوطنية، يمكن أن تساعد على دفع الحوار قدماً وتمهيد الطريق لمزيد من التحسينات والحفز على تنفيذ التدابير الواردة في مختلف المقترحات غير الملزمة.',
        ],
      },
    ),
  },
  {
    code: 'RC-sand',
    originKind: 'regional_consultation',
    reportParagraph: '§20',
    texts: proposalTexts(
      [
        'Observatoire mondial du sable',
        'La discussion technique sur le sable et la durabilité inscrite à l’ordre du jour des consultations régionales tenues entre avril et juillet 2023 a débouché sur une proposition non contraignante de mise en place d’un observatoire mondial du sable. GRID-Genève et plusieurs États Membres ont, en juillet 2023, à l’occasion d’un atelier, élaboré une note conceptuelle relative à un tel observatoire.',
      ],
      [
        'Global Sand Observatory',
        'The technical discussion on sand and sustainability on the agenda of the regional consultations held between April and July 2023 led to a non-binding proposal to set up a global sand observatory. GRID-Geneva and several Member States drew up a concept note for such an observatory at a workshop in July 2023.',
      ],
      {
        es: [
          'Observatorio Mundial de la Arena',
          'El debate técnico sobre la arena y la sostenibilidad incluido en el programa de las consultas regionales celebradas entre abril y julio de 2023 dio lugar a una propuesta no vinculante de crear un observatorio mundial de la arena. GRID-Ginebra y varios Estados Miembros elaboraron una nota conceptual sobre dicho observatorio en un taller celebrado en julio de 2023.',
        ],
        ru: [
          'Глобальная обсерватория песка',
          'Техническое обсуждение темы «песок и устойчивость», включенное в повестку дня региональных консультаций, проходивших с апреля по июль 2023 года, привело к необязательному предложению о создании глобальной обсерватории песка. ГРИД-Женева и ряд государств-членов в июле 2023 года на семинаре подготовили концептуальную записку о такой обсерватории.',
        ],
        zh: [
          '全球砂观测站',
          '2023年4月至7月举行的各次区域磋商议程中关于砂与可持续性的技术讨论，促成了一项设立全球砂观测站的不具约束力的提案。GRID-日内瓦和若干会员国于2023年7月在一次研讨会上就该观测站拟订了一份概念说明。',
        ],
        ar: [
          'المرصد العالمي للرمال',
          'أفضت المناقشة التقنية بشأن الرمال والاستدامة، المدرجة في جدول أعمال المشاورات الإقليمية المعقودة بين نيسان/أبريل وتموز/يوليه 2023، إلى مقترح غير ملزم بإنشاء مرصد عالمي للرمال. وأعدّت GRID-جنيف وعدة دول أعضاء مذكرة مفاهيمية بشأن هذا المرصد خلال حلقة عمل عُقدت في تموز/يوليه 2023.',
        ],
      },
    ),
  },
];
