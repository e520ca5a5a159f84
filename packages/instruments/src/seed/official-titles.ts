import type { FactSource, InstrumentFacts, LocalizedTitle } from '../domain/instrument.ts';
import { source } from './sources.ts';

/** A title in one language with the page or text it was read from. */
export interface SourcedTitle extends LocalizedTitle {
  source: FactSource;
}

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
      source: source(
        'Secretariat of the Basel Convention, Convention de Bâle: textes et annexes (UNEP/BRS/2014/3), copy on docplayer.fr',
        'http://docplayer.fr/377923-Convention-de-bale-sur-le-controle-des-mouvements-transfrontieres-de-dechets-dangereux-et-de-leur-elimination-www-basel-int.html',
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
