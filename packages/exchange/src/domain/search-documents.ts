import type { GoodPracticeCase, Need, Offer, SearchDocument, Space, Thread } from './model.ts';

/** What of each item the search indexes, with its filters. Offers are filed under their first theme and stage. */
export function threadDocument(t: Thread, space: Space): SearchDocument {
  return {
    kind: 'thread',
    itemId: t.id,
    language: t.language,
    title: t.title,
    body: t.body,
    membersOnly: space.visibility === 'members' || t.hiddenReason !== null,
    stage: space.stage,
    theme: space.theme,
    countryIso3: t.countryIso3,
  };
}

export function caseDocument(c: GoodPracticeCase): SearchDocument {
  const v = c.current;
  return {
    kind: 'case',
    itemId: c.id,
    language: c.language,
    title: v.title,
    body: [v.problem, v.actions, v.results, v.replicability].filter(Boolean).join('\n'),
    membersOnly: c.status !== 'published',
    stage: c.stage,
    theme: c.theme,
    countryIso3: c.countryIso3,
  };
}

export function needDocument(n: Need): SearchDocument {
  return {
    kind: 'need',
    itemId: n.id,
    language: n.language,
    title: n.title,
    body: n.context,
    membersOnly: false,
    stage: n.stage,
    theme: n.theme,
    countryIso3: n.countryIso3,
  };
}

export function offerDocument(o: Offer): SearchDocument {
  return {
    kind: 'offer',
    itemId: o.id,
    language: o.language,
    title: o.title,
    body: o.description,
    membersOnly: false,
    stage: o.stages[0] ?? null,
    theme: o.themes[0] ?? null,
    countryIso3: o.providerCountryIso3,
  };
}
