import { toCsvColumns } from '@strata/core';
import type { GoodPracticeCase, Match, Need, Offer } from '../domain/model.ts';

const joined = (values: readonly string[]) => values.join(';');

/** Published cases as CSV (contacts are never exported). */
export function casesCsv(cases: readonly GoodPracticeCase[]): string {
  return toCsvColumns<GoodPracticeCase>(
    [
      { key: 'id', header: 'id', value: (c) => c.id },
      { key: 'country', header: 'country_iso3', value: (c) => c.countryIso3 },
      { key: 'stage', header: 'stage', value: (c) => c.stage },
      { key: 'theme', header: 'theme', value: (c) => c.theme },
      { key: 'language', header: 'language', value: (c) => c.language },
      { key: 'status', header: 'status', value: (c) => c.status },
      { key: 'version', header: 'version', value: (c) => c.current.number },
      { key: 'title', header: 'title', value: (c) => c.current.title },
      { key: 'problem', header: 'problem', value: (c) => c.current.problem },
      { key: 'actions', header: 'actions', value: (c) => c.current.actions },
      { key: 'results', header: 'results', value: (c) => c.current.results },
      { key: 'costs', header: 'costs', value: (c) => c.current.costs },
      { key: 'replicability', header: 'replicability', value: (c) => c.current.replicability },
      { key: 'demo', header: 'demo', value: (c) => c.demo },
      { key: 'updated', header: 'updated_at', value: (c) => c.updatedAt },
    ],
    cases,
  );
}

export function needsCsv(needs: readonly Need[]): string {
  return toCsvColumns<Need>(
    [
      { key: 'id', header: 'id', value: (n) => n.id },
      { key: 'country', header: 'country_iso3', value: (n) => n.countryIso3 },
      { key: 'theme', header: 'theme', value: (n) => n.theme },
      { key: 'stage', header: 'stage', value: (n) => n.stage },
      { key: 'kind', header: 'kind', value: (n) => n.kind },
      { key: 'urgency', header: 'urgency', value: (n) => n.urgency },
      { key: 'language', header: 'language', value: (n) => n.language },
      { key: 'title', header: 'title', value: (n) => n.title },
      { key: 'context', header: 'context', value: (n) => n.context },
      { key: 'neededBy', header: 'needed_by', value: (n) => n.neededBy },
      { key: 'status', header: 'status', value: (n) => n.status },
      { key: 'demo', header: 'demo', value: (n) => n.demo },
      { key: 'created', header: 'created_at', value: (n) => n.createdAt },
    ],
    needs,
  );
}

export function offersCsv(offers: readonly Offer[]): string {
  return toCsvColumns<Offer>(
    [
      { key: 'id', header: 'id', value: (o) => o.id },
      { key: 'provider', header: 'provider', value: (o) => o.providerName },
      { key: 'country', header: 'provider_country_iso3', value: (o) => o.providerCountryIso3 },
      { key: 'themes', header: 'themes', value: (o) => joined(o.themes) },
      { key: 'stages', header: 'stages', value: (o) => joined(o.stages) },
      { key: 'kinds', header: 'kinds', value: (o) => joined(o.kinds) },
      { key: 'regions', header: 'regions', value: (o) => joined(o.regions) },
      { key: 'language', header: 'language', value: (o) => o.language },
      { key: 'title', header: 'title', value: (o) => o.title },
      { key: 'description', header: 'description', value: (o) => o.description },
      { key: 'capacity', header: 'capacity', value: (o) => o.capacity },
      { key: 'from', header: 'available_from', value: (o) => o.availableFrom },
      { key: 'until', header: 'available_until', value: (o) => o.availableUntil },
      { key: 'status', header: 'status', value: (o) => o.status },
      { key: 'demo', header: 'demo', value: (o) => o.demo },
    ],
    offers,
  );
}

/** Matches with the score of each dimension, so the download explains itself too. */
export function matchesCsv(matches: readonly Match[]): string {
  const dim = (m: Match, name: string) =>
    m.explanation.dimensions.find((d) => d.dimension === name)?.score ?? null;
  return toCsvColumns<Match>(
    [
      { key: 'id', header: 'id', value: (m) => m.id },
      { key: 'need', header: 'need_id', value: (m) => m.needId },
      { key: 'offer', header: 'offer_id', value: (m) => m.offerId },
      { key: 'score', header: 'score', value: (m) => m.score },
      ...['theme', 'kind', 'region', 'stage', 'availability'].map((d) => ({
        key: d,
        header: `${d}_fits`,
        value: (m: Match) => dim(m, d),
      })),
      { key: 'state', header: 'state', value: (m) => m.state },
      { key: 'outcome', header: 'outcome', value: (m) => m.outcome },
      { key: 'demo', header: 'demo', value: (m) => m.demo },
      { key: 'updated', header: 'updated_at', value: (m) => m.updatedAt },
    ],
    matches,
  );
}
