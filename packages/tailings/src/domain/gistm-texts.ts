/**
 * The GISTM principle statements in the languages the Global Tailings Review published the standard in,
 * beside the English original (`GISTM_PRINCIPLES`). Each translation says on its first page that it is a
 * translation and that the English original prevails in case of doubt; both are kept as published,
 * typing slips included.
 *
 * Only the statements whose published wording was read are held as translations: the contents pages of
 * the French and Spanish translations give principles 1–6 in full. For the other principles and the other
 * UN languages Strata offers its own rendering of the English, flagged unofficial wherever it is shown.
 */
import { LANGUAGES, type Language } from '@strata/core/browser';
import { GISTM_PRINCIPLES } from './gistm.ts';

/** Where a language's wording of the principles comes from. */
export interface GistmTextSource {
  /** The document's own title. */
  title: string;
  publisher: string;
  /** The date the document bears (ISO 8601). */
  date: string;
  /** `original` for the authoritative English text; `translation` for a published translation. */
  kind: 'original' | 'translation';
  /** The publisher's page of the standard. */
  publisherPage: string;
  /** The copy that was read: the publisher's page, or a public copy of its document where no copy on the publisher's site was found. */
  readAt: string;
  retrieved: string;
}

const GTR_PAGE = 'https://globaltailingsreview.org/global-industry-standard/';

export const GISTM_TEXT_SOURCES = {
  en: {
    title: 'Global Industry Standard on Tailings Management',
    publisher: 'Global Tailings Review (ICMM, UNEP, PRI)',
    date: '2020-08-05',
    kind: 'original',
    publisherPage: GTR_PAGE,
    readAt: GTR_PAGE,
    retrieved: '2026-12-06',
  },
  fr: {
    title: 'Norme industrielle mondiale pour la gestion des résidus miniers (projet final)',
    publisher: 'Global Tailings Review (ICMM, UNEP, PRI)',
    date: '2020-08-05',
    kind: 'translation',
    publisherPage: GTR_PAGE,
    readAt:
      'https://fr.scribd.com/document/654578636/2-ICMM-UN-normes-industrielles-globales-residus-miniers-FR',
    retrieved: '2026-12-06',
  },
  es: {
    title: 'Estándar global de gestión de relaves para la industria minera',
    publisher: 'Global Tailings Review (ICMM, UNEP, PRI)',
    date: '2020-08-05',
    kind: 'translation',
    publisherPage: GTR_PAGE,
    readAt: 'https://es.scribd.com/document/515435316/Global-Industry-Standard-ES',
    retrieved: '2026-12-06',
  },
} as const satisfies Record<string, GistmTextSource>;

export type GistmTextLanguage = keyof typeof GISTM_TEXT_SOURCES;

/** Published translations of the principle statements, by language and principle number. */
export const GISTM_TRANSLATED_STATEMENTS: Record<Exclude<GistmTextLanguage, 'en'>, Record<number, string>> = {
  fr: {
    1: 'Respecter les droits des populations affectées par le projet et favoriser leur engagement de manière significative à toutes les étapes du cycle de vie du parc a résidus miniers, y compris la fermeture.',
    2: 'Développer et maintenir une base de connaissances interdisciplinaire pour contribuer à la gestion en toute sécurité des résidus miniers tout au long du cycle de vie du parc a résidus miniers, y compris la fermeture.',
    3: 'Se référer à l’ensemble des éléments de la base de connaissances - sociaux, environnementaux, économiques locaux et techniques - pour éclairer les décisions tout au long du cycle de vie du parc a résidus miniers, y compris la fermeture.',
    4: 'Définir des plans et des critères de conception pour le parc a résidus miniers afin de minimiser les risques à toutes les étapes de son cycle de vie, y compris la fermeture et la post-fermeture.',
    5: 'Développer une conception robuste qui tient compte de la base de connaissances et minimise le risque de rupture pour les populations et l’environnement à toutes les étapes du cycle de vie du parc à résidus miniers, y compris la fermeture et la post-fermeture.',
    6: 'Planifier, construire et opérer le parc à résidus miniers de manière à gérer les risques à toutes les étapes du cycle de vie du parc, y compris la fermeture et la post-fermeture.',
  },
  es: {
    1: 'Respetar los derechos de las personas afectadas por el proyecto y lograr su participación significativa en todas las fases del ciclo de vida de las instalaciones de relaves, incluido su cierre.',
    2: 'Elaborar y mantener una base de conocimientos interdisciplinaria para respaldar la gestión de los relaves durante todo su ciclo de vida, incluido su cierre.',
    3: 'Utilizar los elementos de la base de conocimientos – sociales, ambientales, de la economía local y técnicos – con el fin de informar las decisiones durante el ciclo de vida de la instalación de relaves, incluido su cierre.',
    4: 'Desarrollar planes y criterios de diseño para la instalación de relaves con el fin de minimizar los riesgos para todas las fases del ciclo de vida, incluso el cierre y el post cierre.',
    5: 'Desarrollar un diseño sólido que integre la base de conocimientos y minimice el riesgo de falla que pueda afectar a las personas y el medio ambiente durante todas las fases del ciclo de vida de la instalación de relaves, incluso el cierre y post cierre.',
    6: 'Planificar, construir y operar la instalación de relaves para gestionar el riesgo en todas las fases de su ciclo de vida, incluidas la fase de cierre y el post cierre.',
  },
};

/** The UN languages other than English, in which Strata renders what no published translation gives. */
export type RenderedLanguage = Exclude<Language, 'en'>;

/**
 * Strata's own renderings of the English statements, for the languages and principles whose published
 * translation was not read: unofficial, and said to be so wherever they are shown.
 */
export const GISTM_RENDERED_STATEMENTS: Record<RenderedLanguage, Record<number, string>> = {
  ar: {
    1: 'احترام حقوق الأشخاص المتأثرين بالمشروع وإشراكهم إشراكاً فعلياً في جميع مراحل دورة حياة مرفق المخلفات المنجمية، بما في ذلك الإغلاق.',
    2: 'إنشاء قاعدة معارف متعددة التخصصات وتعهّدها لدعم الإدارة الآمنة للمخلفات المنجمية طوال دورة حياة المرفق، بما في ذلك الإغلاق.',
    3: 'الاستعانة بجميع عناصر قاعدة المعارف – الاجتماعية والبيئية والاقتصادية المحلية والتقنية – في توجيه القرارات طوال دورة حياة مرفق المخلفات المنجمية، بما في ذلك الإغلاق.',
    4: 'وضع خطط ومعايير تصميم لمرفق المخلفات المنجمية تقلّل المخاطر إلى أدنى حد في جميع مراحل دورة حياته، بما في ذلك الإغلاق وما بعد الإغلاق.',
    5: 'وضع تصميم متين يدمج قاعدة المعارف ويقلّل إلى أدنى حد خطر الانهيار على الناس والبيئة في جميع مراحل دورة حياة مرفق المخلفات المنجمية، بما في ذلك الإغلاق وما بعد الإغلاق.',
    6: 'تخطيط مرفق المخلفات المنجمية وبناؤه وتشغيله على نحو يدير المخاطر في جميع مراحل دورة حياته، بما في ذلك الإغلاق وما بعد الإغلاق.',
    7: 'تصميم نظم الرصد وتنفيذها وتشغيلها لإدارة المخاطر في جميع مراحل دورة حياة المرفق، بما في ذلك الإغلاق.',
    8: 'وضع سياسات ونظم ومسؤوليات تدعم أمان مرفق المخلفات المنجمية وسلامته الإنشائية.',
    9: 'تعيين مهندس مسؤول (Engineer of Record) وتمكينه.',
    10: 'وضع مستويات للمراجعة وتنفيذها في إطار نظام متين لإدارة الجودة والمخاطر في جميع مراحل دورة حياة مرفق المخلفات المنجمية، بما في ذلك الإغلاق.',
    11: 'تنمية ثقافة مؤسسية تشجّع التعلّم والتواصل والكشف المبكر عن المشكلات.',
    12: 'وضع إجراء للإبلاغ عن الشواغل ومعالجتها وتطبيق تدابير لحماية المبلّغين عن المخالفات.',
    13: 'الاستعداد للاستجابة في حالات الطوارئ عند انهيار مرافق المخلفات المنجمية.',
    14: 'الاستعداد للتعافي على المدى الطويل في حال وقوع انهيار كارثي.',
    15: 'الإفصاح العلني عن المعلومات المتعلقة بمرفق المخلفات المنجمية وإتاحة الوصول إليها دعماً للمساءلة العامة.',
  },
  es: {
    7: 'Diseñar, implementar y operar sistemas de monitoreo para gestionar el riesgo en todas las fases del ciclo de vida de la instalación, incluido su cierre.',
    8: 'Establecer políticas, sistemas y responsabilidades para respaldar la seguridad y la integridad de la instalación de relaves.',
    9: 'Designar un ingeniero de registro (Engineer of Record) y dotarlo de facultades.',
    10: 'Establecer y aplicar niveles de revisión como parte de un sólido sistema de gestión de la calidad y del riesgo en todas las fases del ciclo de vida de la instalación de relaves, incluido su cierre.',
    11: 'Desarrollar una cultura organizacional que promueva el aprendizaje, la comunicación y el reconocimiento temprano de los problemas.',
    12: 'Establecer un proceso para denunciar y atender inquietudes y aplicar protecciones para los denunciantes.',
    13: 'Prepararse para la respuesta ante emergencias por fallas de instalaciones de relaves.',
    14: 'Prepararse para la recuperación a largo plazo en caso de una falla catastrófica.',
    15: 'Divulgar públicamente la información sobre la instalación de relaves y facilitar el acceso a ella para apoyar la rendición de cuentas pública.',
  },
  fr: {
    7: 'Concevoir, mettre en place et exploiter des systèmes de surveillance pour gérer les risques à toutes les étapes du cycle de vie du parc, y compris la fermeture.',
    8: 'Établir des politiques, des systèmes et des responsabilités pour contribuer à la sûreté et à l’intégrité du parc à résidus miniers.',
    9: 'Nommer un ingénieur responsable (Engineer of Record) et lui donner les moyens d’agir.',
    10: 'Établir et mettre en œuvre des niveaux d’examen dans le cadre d’un solide système de gestion de la qualité et des risques pour toutes les étapes du cycle de vie du parc à résidus miniers, y compris la fermeture.',
    11: 'Développer une culture organisationnelle qui favorise l’apprentissage, la communication et la détection précoce des problèmes.',
    12: 'Établir une procédure de signalement et de traitement des préoccupations et mettre en œuvre des protections pour les lanceurs d’alerte.',
    13: 'Se préparer à intervenir en cas d’urgence lors d’une rupture de parc à résidus miniers.',
    14: 'Se préparer au rétablissement à long terme en cas de rupture catastrophique.',
    15: 'Divulguer publiquement les informations sur le parc à résidus miniers et en donner l’accès afin de contribuer à la responsabilité publique.',
  },
  ru: {
    1: 'Уважать права людей, затрагиваемых проектом, и обеспечивать их конструктивное участие на всех этапах жизненного цикла хвостохранилища, включая закрытие.',
    2: 'Создавать и поддерживать междисциплинарную базу знаний для безопасного управления хвостами на протяжении всего жизненного цикла хвостохранилища, включая закрытие.',
    3: 'Использовать все элементы базы знаний — социальные, экологические, местные экономические и технические — для принятия решений на протяжении всего жизненного цикла хвостохранилища, включая закрытие.',
    4: 'Разрабатывать планы и проектные критерии хвостохранилища, сводящие к минимуму риск на всех этапах его жизненного цикла, включая закрытие и период после закрытия.',
    5: 'Разрабатывать надежный проект, который учитывает базу знаний и сводит к минимуму риск аварии для людей и окружающей среды на всех этапах жизненного цикла хвостохранилища, включая закрытие и период после закрытия.',
    6: 'Планировать, строить и эксплуатировать хвостохранилище так, чтобы управлять риском на всех этапах его жизненного цикла, включая закрытие и период после закрытия.',
    7: 'Проектировать, внедрять и эксплуатировать системы мониторинга для управления риском на всех этапах жизненного цикла сооружения, включая закрытие.',
    8: 'Устанавливать политику, системы и ответственность, обеспечивающие безопасность и целостность хвостохранилища.',
    9: 'Назначить ответственного инженера (Engineer of Record) и наделить его необходимыми полномочиями.',
    10: 'Установить и применять уровни проверки в рамках надежной системы управления качеством и рисками на всех этапах жизненного цикла хвостохранилища, включая закрытие.',
    11: 'Развивать организационную культуру, способствующую обучению, обмену информацией и раннему выявлению проблем.',
    12: 'Установить порядок сообщения о проблемах и их рассмотрения и обеспечить защиту информаторов.',
    13: 'Готовиться к реагированию на чрезвычайные ситуации при авариях хвостохранилищ.',
    14: 'Готовиться к долгосрочному восстановлению в случае катастрофической аварии.',
    15: 'Публично раскрывать информацию о хвостохранилище и обеспечивать доступ к ней в целях общественной подотчетности.',
  },
  zh: {
    1: '尊重受项目影响者的权利，并在尾矿设施生命周期的各个阶段（包括关闭）让其切实参与。',
    2: '建立并维护跨学科知识库，以支持在尾矿设施整个生命周期（包括关闭）内安全管理尾矿。',
    3: '利用知识库的所有要素——社会、环境、地方经济和技术——为尾矿设施整个生命周期（包括关闭）内的决策提供依据。',
    4: '为尾矿设施制定计划和设计标准，以尽量降低其生命周期所有阶段（包括关闭和关闭后）的风险。',
    5: '制定稳健的设计，整合知识库，并尽量降低尾矿设施生命周期所有阶段（包括关闭和关闭后）溃坝对人员和环境造成的风险。',
    6: '规划、建造和运营尾矿设施，以管理尾矿设施生命周期所有阶段（包括关闭和关闭后）的风险。',
    7: '设计、实施和运行监测系统，以管理设施生命周期所有阶段（包括关闭）的风险。',
    8: '制定政策、制度和问责机制，以支持尾矿设施的安全与完整性。',
    9: '任命记录工程师（Engineer of Record）并赋予其相应权力。',
    10: '作为健全的质量和风险管理体系的一部分，在尾矿设施生命周期所有阶段（包括关闭）建立并实施分级审查。',
    11: '培育促进学习、沟通和及早发现问题的组织文化。',
    12: '建立报告和处理关切事项的程序，并落实对举报人的保护。',
    13: '为尾矿设施溃坝的应急响应做好准备。',
    14: '为发生灾难性溃坝时的长期恢复做好准备。',
    15: '公开披露尾矿设施信息并提供获取途径，以支持公众问责。',
  },
};

/** A principle's statement as a reader of `lang` gets it. */
export interface PrincipleText {
  principle: number;
  text: string;
  /** The language the text is in (`en` for an English reader, or a language Strata does not render). */
  lang: string;
  /** The original, a published translation, or Strata's unofficial rendering of the original. */
  kind: 'original' | 'translation' | 'rendering';
  /** The document the text is (for a rendering: the English original it renders). */
  source: GistmTextSource;
}

const isTranslated = (lang: string): lang is Exclude<GistmTextLanguage, 'en'> =>
  Object.hasOwn(GISTM_TRANSLATED_STATEMENTS, lang);
const isRendered = (lang: string): lang is RenderedLanguage => Object.hasOwn(GISTM_RENDERED_STATEMENTS, lang);

/**
 * The statement of principle `principle` for a reader of `lang` (a UN language code): the published
 * translation where one was read, else Strata's rendering, else the English original.
 * @example principleText(1, 'fr').kind // "translation"; principleText(9, 'fr').kind // "rendering"
 */
export function principleText(principle: number, lang: string): PrincipleText {
  const original = GISTM_PRINCIPLES.find((p) => p.principle === principle);
  if (!original) throw new RangeError(`GISTM has principles 1 to 15, not ${principle}`);
  const translated = isTranslated(lang) ? GISTM_TRANSLATED_STATEMENTS[lang][principle] : undefined;
  if (translated !== undefined && isTranslated(lang))
    return { principle, text: translated, lang, kind: 'translation', source: GISTM_TEXT_SOURCES[lang] };
  const rendered = isRendered(lang) ? GISTM_RENDERED_STATEMENTS[lang][principle] : undefined;
  if (rendered !== undefined)
    return { principle, text: rendered, lang, kind: 'rendering', source: GISTM_TEXT_SOURCES.en };
  return { principle, text: original.statement, lang: 'en', kind: 'original', source: GISTM_TEXT_SOURCES.en };
}

/** The fifteen principles, each with its statement in the other UN languages, flagged official or not. */
export function principlesWithTranslations() {
  const languages = LANGUAGES.filter((l): l is RenderedLanguage => l !== 'en');
  return GISTM_PRINCIPLES.map((p) => ({
    ...p,
    translations: Object.fromEntries(
      languages.map((lang) => {
        const x = principleText(p.principle, lang);
        return [lang, { statement: x.text, official: x.kind === 'translation' }];
      }),
    ),
  }));
}
