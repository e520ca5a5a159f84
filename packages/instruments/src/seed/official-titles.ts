import type { FactSource, InstrumentFacts, LocalizedTitle } from '../domain/instrument.ts';
import { source } from './sources.ts';

/** A title in one language with the page or text it was read from. */
export interface SourcedTitle extends LocalizedTitle {
  source: FactSource;
}

/** The French authentic text of the Stockholm Convention at the depositary (United Nations). */
const UNTC_STOCKHOLM_FR = source(
  'United Nations Treaty Collection, Stockholm Convention, French text (chapter XXVII-15)',
  'https://treaties.un.org/doc/source/RecentTexts/27-15F.doc',
);
/** The same text, whose preamble names the Basel and Rotterdam Conventions by their French titles. */
const UNTC_STOCKHOLM_FR_PREAMBLE = source(
  'United Nations Treaty Collection, Stockholm Convention, French text (chapter XXVII-15): preamble, naming the Basel and Rotterdam Conventions',
  'https://treaties.un.org/doc/source/RecentTexts/27-15F.doc',
);

/**
 * Titles of treaties in other official languages, each as read in a source (the depositary's certified
 * copy, the secretariat's page, or a State's publication of the authentic text), flagged official: they
 * are the titles of authentic texts. Languages with no source at hand are left out (never translated
 * here). Stored with the source under `sources['titles.<lang>']`.
 */
export const OFFICIAL_TITLES: Readonly<Record<string, Readonly<Record<string, SourcedTitle>>>> = {
  'minamata-convention': {
    fr: {
      title: 'Convention de Minamata sur le mercure',
      official: true,
      source: source(
        'Minamata Convention secretariat, “La Convention” (French page)',
        'http://mercuryconvention.org/Convention/tabid/5577/language/fr-CH/Default.aspx',
      ),
    },
    es: {
      title: 'Convenio de Minamata sobre el Mercurio',
      official: true,
      source: source(
        'Uruguay, Ley 19.267 (2014) approving the Convention, with its Spanish text',
        'https://elderechodigital.com/acceso1/legisla/leyes/ley19267.html',
      ),
    },
    ru: {
      title: 'Минаматская конвенция о ртути',
      official: true,
      source: source(
        'United Nations, certified true copy of the Convention (title page in the authentic languages), copy on vdocuments.mx',
        'https://vdocuments.mx/u-united-nations-a-doc-a-treaties-a-2013-a-10-a-20131010-11-16-a.html',
      ),
    },
    zh: {
      title: '关于汞的水俣公约',
      official: true,
      source: source(
        'Chinese text of the Convention as published by the National People’s Congress (npc.gov.cn), reproduced by huanbao.bjx.com.cn, 2017-07-03',
        'http://huanbao.bjx.com.cn/news/20170703/834573-1.shtml',
      ),
    },
  },
  'basel-convention': {
    fr: {
      title:
        'Convention de Bâle sur le contrôle des mouvements transfrontières de déchets dangereux et de leur élimination',
      official: true,
      source: UNTC_STOCKHOLM_FR_PREAMBLE,
    },
  },
  'rotterdam-convention': {
    fr: {
      title:
        'Convention de Rotterdam sur la procédure de consentement préalable en connaissance de cause applicable à certains produits chimiques et pesticides dangereux qui font l’objet d’un commerce international',
      official: true,
      source: UNTC_STOCKHOLM_FR_PREAMBLE,
    },
  },
  'stockholm-convention': {
    fr: {
      title: 'Convention de Stockholm sur les polluants organiques persistants',
      official: true,
      source: UNTC_STOCKHOLM_FR,
    },
    es: {
      title: 'Convenio de Estocolmo sobre Contaminantes Orgánicos Persistentes',
      official: true,
      source: source(
        'Spanish text of the Convention from Colombia’s treaty database (Cancillería), reproduced by vLex',
        'https://international.vlex.com/vid/convenio-estocolmo-contaminantes-organicos-906017821',
      ),
    },
  },
  'convention-on-biological-diversity': {
    es: {
      title: 'Convenio sobre la Diversidad Biológica',
      official: true,
      source: source(
        'Costa Rica’s clearing-house mechanism of the Convention, “¿Qué es la Convención de Diversidad Biológica?”',
        'https://chmcostarica.go.cr/sobre-la-cdb/que-es-la-convencion-de-diversidad-biologica',
      ),
    },
  },
};

/** `facts` with the sourced titles of `slug` added (titles already given are kept). */
export function withOfficialTitles(slug: string, facts: InstrumentFacts): InstrumentFacts {
  const titles = OFFICIAL_TITLES[slug];
  if (!titles) return facts;
  const out: InstrumentFacts = { ...facts, titles: { ...facts.titles }, sources: { ...facts.sources } };
  for (const [lang, t] of Object.entries(titles)) {
    if (out.titles[lang]) continue;
    out.titles[lang] = { title: t.title, official: t.official };
    out.sources[`titles.${lang}`] = t.source;
  }
  return out;
}
