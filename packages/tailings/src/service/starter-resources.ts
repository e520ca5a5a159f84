import type { Language } from '@strata/core';

/**
 * A starter library of public references (titles and publishers; no content copied), each checked on its
 * publisher's page. The report on resolution 5/12 (§§28–30) names the Global Tailings Review, the Global
 * Tailings Portal, the Global Tailings Management Institute and the knowledge-gaps report.
 */
export const STARTER_RESOURCES: {
  title: string;
  kind: string;
  url: string;
  summary: string;
  topics: string[];
  /** The summary in the other UN languages: Strata's renderings of its own English text (unofficial). */
  translations: Record<Exclude<Language, 'en'>, string>;
}[] = [
  {
    title: 'Global Industry Standard on Tailings Management (GISTM)',
    kind: 'standard',
    url: 'https://globaltailingsreview.org/global-industry-standard/',
    summary:
      'ICMM, UNEP and PRI (2020): 15 principles and 77 requirements for the safe management of tailings facilities.',
    topics: ['safer-management'],
    translations: {
      ar: 'ICMM وبرنامج الأمم المتحدة للبيئة وPRI (2020): 15 مبدأً و77 متطلباً للإدارة الآمنة لمرافق المخلفات المنجمية.',
      es: 'ICMM, PNUMA y PRI (2020): 15 principios y 77 requisitos para la gestión segura de las instalaciones de relaves.',
      fr: 'ICMM, PNUE et PRI (2020) : 15 principes et 77 exigences pour la gestion sûre des installations de stockage de résidus miniers.',
      ru: 'ICMM, ЮНЕП и PRI (2020): 15 принципов и 77 требований к безопасному управлению хвостохранилищами.',
      zh: 'ICMM、联合国环境规划署和PRI（2020年）：关于尾矿设施安全管理的15项原则和77项要求。',
    },
  },
  {
    title: 'Towards Zero Harm: A Compendium of Papers (Global Tailings Review)',
    kind: 'report',
    url: 'https://globaltailingsreview.org/compendium/',
    summary: 'Background papers prepared for the Global Tailings Review (2020).',
    topics: ['safer-management', 'reducing-tailings'],
    translations: {
      ar: 'أوراق معلومات أساسية أُعدّت من أجل الاستعراض العالمي للمخلفات المنجمية (Global Tailings Review) (2020).',
      es: 'Documentos de referencia preparados para la Global Tailings Review (2020).',
      fr: 'Documents de référence préparés pour la Global Tailings Review (2020).',
      ru: 'Справочные документы, подготовленные для Global Tailings Review (2020).',
      zh: '为全球尾矿审查（Global Tailings Review）编写的背景文件（2020年）。',
    },
  },
  {
    title: 'Mine Tailings Storage: Safety Is No Accident (UNEP / GRID-Arendal Rapid Response Assessment)',
    kind: 'report',
    url: 'https://www.grida.no/publications/383',
    summary: 'UNEP and GRID-Arendal (2017): recommendations on tailings dam safety.',
    topics: ['safer-management', 'natech'],
    translations: {
      ar: 'برنامج الأمم المتحدة للبيئة وGRID-Arendal (2017): توصيات بشأن سلامة سدود المخلفات المنجمية.',
      es: 'PNUMA y GRID-Arendal (2017): recomendaciones sobre la seguridad de las presas de relaves.',
      fr: 'PNUE et GRID-Arendal (2017) : recommandations sur la sûreté des digues à résidus miniers.',
      ru: 'ЮНЕП и ГРИД-Арендал (2017): рекомендации по безопасности дамб хвостохранилищ.',
      zh: '联合国环境规划署和GRID-Arendal（2017年）：关于尾矿坝安全的建议。',
    },
  },
  {
    title: 'Global Tailings Review',
    kind: 'initiative',
    url: 'https://globaltailingsreview.org/about/governance/',
    summary:
      'Co-convened by ICMM, UNEP and PRI after the Brumadinho failure of 25 January 2019; chaired by Bruno Oberle, it produced the GISTM, published in August 2020.',
    topics: ['safer-management'],
    translations: {
      ar: 'دعا إليه بشكل مشترك ICMM وبرنامج الأمم المتحدة للبيئة وPRI بعد انهيار سد برومادينيو في 25 كانون الثاني/يناير 2019، وترأسه برونو أوبيرله، وأعدّ المعيار العالمي لإدارة المخلفات المنجمية (GISTM) المنشور في آب/أغسطس 2020.',
      es: 'Convocada conjuntamente por el ICMM, el PNUMA y los PRI tras la rotura de Brumadinho del 25 de enero de 2019 y presidida por Bruno Oberle, elaboró el GISTM, publicado en agosto de 2020.',
      fr: 'Convoquée conjointement par l’ICMM, le PNUE et les PRI après la rupture de Brumadinho du 25 janvier 2019 et présidée par Bruno Oberle, elle a élaboré la GISTM, publiée en août 2020.',
      ru: 'Созвана совместно ICMM, ЮНЕП и PRI после аварии в Брумадинью 25 января 2019 года; под председательством Бруно Оберле подготовила стандарт GISTM, опубликованный в августе 2020 года.',
      zh: '由ICMM、联合国环境规划署和PRI在2019年1月25日布鲁马迪尼奥溃坝事故后共同召集，由布鲁诺·奥伯勒担任主席，制定了2020年8月发布的《全球尾矿管理行业标准》（GISTM）。',
    },
  },
  {
    title: 'Global Tailings Portal',
    kind: 'database',
    url: 'https://tailing.grida.no/about',
    summary:
      'A free, searchable database of tailings dams disclosed by mining companies at investors’ request, launched in January 2020; built and hosted by GRID-Arendal with the Investor Mining and Tailings Safety Initiative and UNEP’s support.',
    topics: ['safer-management'],
    translations: {
      ar: 'قاعدة بيانات مجانية قابلة للبحث لسدود المخلفات المنجمية التي أفصحت عنها شركات التعدين بطلب من المستثمرين، أُطلقت في كانون الثاني/يناير 2020؛ أنشأتها GRID-Arendal وتستضيفها بالتعاون مع مبادرة Investor Mining and Tailings Safety Initiative وبدعم من برنامج الأمم المتحدة للبيئة.',
      es: 'Base de datos gratuita y consultable de las presas de relaves divulgadas por las empresas mineras a petición de los inversores, lanzada en enero de 2020; creada y alojada por GRID-Arendal con la Investor Mining and Tailings Safety Initiative y el apoyo del PNUMA.',
      fr: 'Base de données gratuite et consultable des digues à résidus miniers déclarées par les sociétés minières à la demande des investisseurs, lancée en janvier 2020 ; conçue et hébergée par GRID-Arendal avec l’Investor Mining and Tailings Safety Initiative et le soutien du PNUE.',
      ru: 'Бесплатная база данных с поиском по дамбам хвостохранилищ, сведения о которых горнодобывающие компании раскрыли по запросу инвесторов; запущена в январе 2020 года; создана и размещена ГРИД-Арендал совместно с Investor Mining and Tailings Safety Initiative при поддержке ЮНЕП.',
      zh: '一个免费、可检索的数据库，收录矿业公司应投资者要求披露的尾矿坝信息，于2020年1月上线；由GRID-Arendal与投资者采矿与尾矿安全倡议（Investor Mining and Tailings Safety Initiative）合作建设和托管，并得到联合国环境规划署的支持。',
    },
  },
  {
    title: 'Global Tailings Management Institute (GTMI)',
    kind: 'institution',
    url: 'https://thegtmi.org/',
    summary:
      'Founded by ICMM, UNEP and PRI and launched in Johannesburg on 21 January 2025, it oversees the implementation of and conformance with the GISTM, including independent audit and certification.',
    topics: ['safer-management'],
    translations: {
      ar: 'أسسه ICMM وبرنامج الأمم المتحدة للبيئة وPRI، وأُطلق في جوهانسبرغ في 21 كانون الثاني/يناير 2025، ويشرف على تنفيذ المعيار العالمي لإدارة المخلفات المنجمية والامتثال له، بما في ذلك المراجعة المستقلة وإصدار الشهادات.',
      es: 'Fundado por el ICMM, el PNUMA y los PRI y presentado en Johannesburgo el 21 de enero de 2025, supervisa la aplicación del GISTM y la conformidad con él, incluidas la auditoría independiente y la certificación.',
      fr: 'Fondé par l’ICMM, le PNUE et les PRI et lancé à Johannesburg le 21 janvier 2025, il supervise la mise en œuvre de la GISTM et la conformité à celle-ci, y compris l’audit indépendant et la certification.',
      ru: 'Основан ICMM, ЮНЕП и PRI и открыт в Йоханнесбурге 21 января 2025 года; контролирует внедрение GISTM и соответствие ему, включая независимый аудит и сертификацию.',
      zh: '由ICMM、联合国环境规划署和PRI创立，于2025年1月21日在约翰内斯堡启动，负责监督《全球尾矿管理行业标准》的实施和符合性，包括独立审计和认证。',
    },
  },
  {
    title: 'Sound Tailings Management in Artisanal and Small-Scale Gold Mining: Technical Document',
    kind: 'guide',
    url: 'https://www.planetgold.org/sound-tailings-management-artisanal-and-small-scale-gold-mining-technical-document',
    summary:
      'planetGOLD: available knowledge on managing mercury-containing tailings from artisanal and small-scale gold mining, with recommendations along the mining life cycle; submitted to the fourth meeting of the Conference of the Parties to the Minamata Convention as an information document.',
    topics: ['safer-management', 'reducing-tailings'],
    translations: {
      ar: 'planetGOLD: المعارف المتاحة بشأن إدارة المخلفات المحتوية على الزئبق الناتجة عن تعدين الذهب الحرفي والضيق النطاق، مع توصيات على امتداد دورة حياة التعدين؛ قُدّمت إلى الاجتماع الرابع لمؤتمر الأطراف في اتفاقية ميناماتا بوصفها وثيقة إعلامية.',
      es: 'planetGOLD: conocimientos disponibles sobre la gestión de los relaves con mercurio de la extracción de oro artesanal y en pequeña escala, con recomendaciones a lo largo del ciclo de vida minero; presentado como documento de información a la cuarta reunión de la Conferencia de las Partes en el Convenio de Minamata.',
      fr: 'planetGOLD : état des connaissances sur la gestion des résidus contenant du mercure issus de l’extraction minière artisanale et à petite échelle d’or, avec des recommandations tout au long du cycle de vie minier ; présenté comme document d’information à la quatrième réunion de la Conférence des Parties à la Convention de Minamata.',
      ru: 'planetGOLD: имеющиеся знания об обращении с ртутьсодержащими хвостами кустарной и мелкомасштабной золотодобычи, с рекомендациями для всех этапов жизненного цикла добычи; представлен в качестве информационного документа четвертому совещанию Конференции Сторон Минаматской конвенции.',
      zh: 'planetGOLD：关于管理手工和小规模采金产生的含汞尾矿的现有知识，并附有贯穿采矿生命周期的建议；已作为资料文件提交《水俣公约》缔约方大会第四次会议。',
    },
  },
  {
    title: 'Global Acid Rock Drainage (GARD) Guide',
    kind: 'guide',
    url: 'http://www.gardguide.com',
    summary: 'INAP (2009): prediction, prevention and management of acid rock drainage and metal leaching.',
    topics: ['safer-management', 'reducing-tailings'],
    translations: {
      ar: 'INAP (2009): التنبؤ بتصريف الصخور الحمضي وترشّح المعادن ومنعهما وإدارتهما.',
      es: 'INAP (2009): predicción, prevención y gestión del drenaje ácido de roca y la lixiviación de metales.',
      fr: 'INAP (2009) : prévision, prévention et gestion du drainage rocheux acide et de la lixiviation des métaux.',
      ru: 'INAP (2009): прогнозирование и предотвращение кислотного дренажа горных пород и выщелачивания металлов и управление ими.',
      zh: 'INAP（2009年）：酸性岩石排水和金属浸出的预测、预防和管理。',
    },
  },
  {
    title: 'ICOLD Bulletin 121: Tailings Dams — Risk of Dangerous Occurrences',
    kind: 'report',
    url: 'https://www.icold-cigb.org',
    summary: 'ICOLD and UNEP (2001): lessons from 221 tailings dam incidents.',
    topics: ['safer-management', 'natech'],
    translations: {
      ar: 'ICOLD وبرنامج الأمم المتحدة للبيئة (2001): دروس مستخلصة من 221 حادثاً في سدود المخلفات المنجمية.',
      es: 'ICOLD y PNUMA (2001): lecciones de 221 incidentes en presas de relaves.',
      fr: 'ICOLD et PNUE (2001) : enseignements tirés de 221 incidents de digues à résidus miniers.',
      ru: 'ICOLD и ЮНЕП (2001): уроки 221 инцидента на дамбах хвостохранилищ.',
      zh: 'ICOLD和联合国环境规划署（2001年）：221起尾矿坝事故的教训。',
    },
  },
  {
    title: 'Sendai Framework for Disaster Risk Reduction 2015–2030 (Natech)',
    kind: 'framework',
    url: 'https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030',
    summary: 'UNDRR framework covering technological hazards triggered by natural hazards.',
    topics: ['natech', 'climate-change'],
    translations: {
      ar: 'إطار UNDRR يشمل المخاطر التكنولوجية الناجمة عن المخاطر الطبيعية.',
      es: 'Marco de la UNDRR que abarca las amenazas tecnológicas desencadenadas por amenazas naturales.',
      fr: 'Cadre de l’UNDRR couvrant les aléas technologiques déclenchés par des aléas naturels.',
      ru: 'Рамочная программа UNDRR, охватывающая техногенные опасности, вызванные природными.',
      zh: 'UNDRR的框架，涵盖由自然灾害引发的技术危害。',
    },
  },
  {
    title: 'Knowledge gaps on mine tailings (information document UNEP/EA.6/INF/8)',
    kind: 'report',
    url: '',
    summary:
      'Named in the report on UNEA resolution 5/12 as the information document for the sixth session of the UN Environment Assembly; the document link has not been verified, so none is given.',
    topics: ['safer-management'],
    translations: {
      ar: 'ورد ذكرها في التقرير المتعلق بقرار جمعية الأمم المتحدة للبيئة 5/12 بوصفها وثيقة إعلامية للدورة السادسة لجمعية الأمم المتحدة للبيئة؛ ولم يُتحقَّق من رابط الوثيقة، ولذلك لا يُذكر أي رابط.',
      es: 'Citado en el informe sobre la resolución 5/12 de la UNEA como documento de información del sexto período de sesiones de la Asamblea de las Naciones Unidas sobre el Medio Ambiente; el enlace al documento no se ha verificado, por lo que no se indica ninguno.',
      fr: 'Cité dans le rapport sur la résolution 5/12 de l’ANUE comme document d’information de la sixième session de l’Assemblée des Nations Unies pour l’environnement ; le lien vers le document n’a pas été vérifié, aucun n’est donc donné.',
      ru: 'Упоминается в докладе о резолюции 5/12 ЮНЕА как информационный документ шестой сессии Ассамблеи ООН по окружающей среде; ссылка на документ не проверена, поэтому не приводится.',
      zh: '关于联合国环境大会第5/12号决议的报告将其列为联合国环境大会第六届会议的资料文件；文件链接未经核实，因此未提供。',
    },
  },
];
