import { type InstrumentFacts, instrumentFacts } from '../domain/instrument.ts';
import { IEA, IEA_ENTRY_INTO_FORCE, source, treatyText } from './sources.ts';

const UN6 = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** A seeded fact sheet: every fact empty until a source gives it. */
export const facts = instrumentFacts;

/**
 * Binding treaties. Title, adoption year and authentic languages from each text's final clauses; entry
 * into force from the IEA Database memberships (earliest date for any party), or from the source cited.
 */
export const TREATIES: Record<string, InstrumentFacts> = {
  'minamata-convention': facts({
    title: 'Minamata Convention on Mercury',
    shortTitle: 'Minamata',
    kind: 'binding_treaty',
    adoptionYear: 2013,
    entryIntoForce: '2017-08-16',
    languages: UN6,
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Minamata Convention on Mercury'),
      adoptionYear: treatyText(
        'Minamata Convention on Mercury, final clause ("DONE at Kumamoto, Japan, on this tenth day of October, two thousand and thirteen")',
      ),
      languages: treatyText('Minamata Convention on Mercury, Art. 35 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'basel-convention': facts({
    title:
      'Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal',
    shortTitle: 'Basel',
    kind: 'binding_treaty',
    adoptionYear: 1989,
    entryIntoForce: '1992-05-05',
    languages: UN6,
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Basel Convention'),
      adoptionYear: treatyText(
        'Basel Convention, final clause ("DONE at Basel on the 22nd day of March 1989")',
      ),
      languages: treatyText('Basel Convention, Art. 29 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'rotterdam-convention': facts({
    title:
      'Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade',
    shortTitle: 'Rotterdam',
    kind: 'binding_treaty',
    adoptionYear: 1998,
    entryIntoForce: '2004-02-24',
    languages: UN6,
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Rotterdam Convention'),
      adoptionYear: treatyText(
        'Rotterdam Convention, final clause ("DONE at Rotterdam on this tenth day of September, one thousand nine hundred and ninety-eight")',
      ),
      languages: treatyText('Rotterdam Convention, Art. 30 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'stockholm-convention': facts({
    title: 'Stockholm Convention on Persistent Organic Pollutants',
    shortTitle: 'Stockholm',
    kind: 'binding_treaty',
    adoptionYear: 2001,
    entryIntoForce: '2004-05-17',
    languages: UN6,
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Stockholm Convention'),
      adoptionYear: treatyText(
        'Stockholm Convention, final clause ("DONE at Stockholm on this twenty-second day of May, two thousand and one")',
      ),
      languages: treatyText('Stockholm Convention, Art. 30 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'london-convention': facts({
    title: 'Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter',
    shortTitle: 'London Convention',
    kind: 'binding_treaty',
    adoptionYear: 1972,
    entryIntoForce: '1975-08-30',
    languages: ['en', 'fr', 'ru', 'es'],
    geography: 'global (sea)',
    status: 'in_force',
    sources: {
      title: treatyText('London Convention 1972'),
      adoptionYear: IEA,
      languages: treatyText('London Convention 1972, Art. XXII (authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'london-protocol': facts({
    title:
      '1996 Protocol to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter, 1972',
    shortTitle: 'London Protocol',
    kind: 'binding_treaty',
    adoptionYear: 1996,
    languages: UN6,
    geography: 'global (sea)',
    sources: {
      title: treatyText('London Protocol 1996'),
      adoptionYear: treatyText(
        'London Protocol 1996, final clause ("DONE AT LONDON, this seventh day of November, one thousand nine hundred and ninety-six")',
      ),
      languages: treatyText('London Protocol 1996, Art. 29 (Authentic texts)'),
    },
  }),
  'ramsar-convention': facts({
    title: 'Convention on Wetlands of International Importance especially as Waterfowl Habitat',
    shortTitle: 'Ramsar',
    kind: 'binding_treaty',
    adoptionYear: 1971,
    entryIntoForce: '1975-12-21',
    languages: ['en', 'fr', 'de', 'ru'],
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Ramsar Convention'),
      adoptionYear: treatyText(
        'Ramsar Convention, final clause ("DONE at Ramsar this 2nd day of February 1971")',
      ),
      languages: treatyText(
        'Ramsar Convention, final clause (English, French, German and Russian texts equally authentic)',
      ),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'convention-on-biological-diversity': facts({
    title: 'Convention on Biological Diversity',
    shortTitle: 'CBD',
    kind: 'binding_treaty',
    adoptionYear: 1992,
    entryIntoForce: '1993-12-29',
    languages: UN6,
    geography: 'global',
    status: 'in_force',
    sources: {
      title: treatyText('Convention on Biological Diversity'),
      adoptionYear: treatyText(
        'Convention on Biological Diversity, final clause ("DONE at Rio de Janeiro on this fifth day of June, one thousand nine hundred and ninety-two")',
      ),
      languages: treatyText('Convention on Biological Diversity, Art. 42 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  'aarhus-convention': facts({
    title:
      'Convention on Access to Information, Public Participation in Decision-Making and Access to Justice in Environmental Matters',
    shortTitle: 'Aarhus',
    kind: 'binding_treaty',
    adoptionYear: 1998,
    entryIntoForce: '2001-10-30',
    languages: ['en', 'fr', 'ru'],
    geography: 'UNECE region (open to other UN Member States)',
    status: 'in_force',
    sources: {
      title: treatyText('Aarhus Convention'),
      adoptionYear: treatyText(
        'Aarhus Convention, final clause ("DONE at Aarhus (Denmark), this twenty-fifth day of June, one thousand nine hundred and ninety-eight")',
      ),
      languages: treatyText('Aarhus Convention, Art. 22 (Authentic texts)'),
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
  unfccc: facts({
    title: 'United Nations Framework Convention on Climate Change',
    shortTitle: 'UNFCCC',
    kind: 'binding_treaty',
    adoptionYear: 1992,
    entryIntoForce: '1994-03-21',
    geography: 'global',
    status: 'in_force',
    sources: { title: IEA, adoptionYear: IEA, entryIntoForce: IEA_ENTRY_INTO_FORCE },
  }),
  'paris-agreement': facts({
    title: 'Paris Agreement',
    kind: 'binding_treaty',
    adoptionYear: 2015,
    entryIntoForce: '2016-11-04',
    geography: 'global',
    status: 'in_force',
    sources: { title: IEA, adoptionYear: IEA, entryIntoForce: IEA_ENTRY_INTO_FORCE },
  }),
  'escazu-agreement': facts({
    title:
      'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
    shortTitle: 'Escazú Agreement',
    kind: 'binding_treaty',
    adoptionYear: 2018,
    geography: 'Latin America and the Caribbean',
    sources: { title: IEA, adoptionYear: IEA },
  }),
  'ilo-c176': facts({
    title: 'Safety and Health in Mines Convention, 1995 (No. 176)',
    shortTitle: 'ILO C176',
    kind: 'binding_treaty',
    issuers: ['ilo'],
    adoptionYear: 1995,
    entryIntoForce: '1998-06-05',
    geography: 'global',
    status: 'in_force',
    sources: {
      title: source(
        'IEA Database ("Convention Concerning Safety And Health In Mines")',
        'https://iea.uoregon.edu/',
      ),
      adoptionYear: IEA,
      entryIntoForce: IEA_ENTRY_INTO_FORCE,
    },
  }),
};
