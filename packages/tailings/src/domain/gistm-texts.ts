/**
 * The GISTM principle statements in the languages the Global Tailings Review published the standard in,
 * beside the English original (`GISTM_PRINCIPLES`). Each translation says on its first page that it is a
 * translation and that the English original prevails in case of doubt; both are kept as published,
 * typing slips included.
 *
 * Only the statements whose published wording was read are held: the contents pages of the French and
 * Spanish translations give principles 1–6 in full. The other principles, and the other UN languages, read
 * in the English original until their published wording is read; nothing here is Strata's translation.
 */
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
  /** The copy that was read: the publisher's page, or a public copy of its document where that page gives no text. */
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
    title: 'Norme industrielle mondiale pour la gestion des résidus miniers',
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

/** A principle's statement as a reader of `lang` gets it: the published translation, or the original. */
export interface PrincipleText {
  principle: number;
  text: string;
  /** The language the text is in (`en` when no published translation into the reader's language was read). */
  lang: GistmTextLanguage;
  source: GistmTextSource;
}

const isTranslated = (lang: string): lang is Exclude<GistmTextLanguage, 'en'> =>
  lang in GISTM_TRANSLATED_STATEMENTS;

/**
 * The statement of principle `principle` for a reader of `lang` (a UN language code).
 * @example principleText(1, 'fr').lang // "fr"; principleText(9, 'fr').lang // "en"
 */
export function principleText(principle: number, lang: string): PrincipleText {
  const original = GISTM_PRINCIPLES.find((p) => p.principle === principle);
  if (!original) throw new RangeError(`GISTM has principles 1 to 15, not ${principle}`);
  const translated = isTranslated(lang) ? GISTM_TRANSLATED_STATEMENTS[lang][principle] : undefined;
  return translated !== undefined && isTranslated(lang)
    ? { principle, text: translated, lang, source: GISTM_TEXT_SOURCES[lang] }
    : { principle, text: original.statement, lang: 'en', source: GISTM_TEXT_SOURCES.en };
}

/** The fifteen principles with the published translations of each statement that were read, by language. */
export function principlesWithTranslations() {
  return GISTM_PRINCIPLES.map((p) => ({
    ...p,
    translations: Object.fromEntries(
      Object.entries(GISTM_TRANSLATED_STATEMENTS).flatMap(([lang, statements]) =>
        statements[p.principle] === undefined ? [] : [[lang, statements[p.principle]]],
      ),
    ) as Partial<Record<GistmTextLanguage, string>>,
  }));
}
