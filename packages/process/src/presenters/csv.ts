import { toCsv } from '@strata/core';
import { stateOf } from '../domain/states.ts';
import type { EndorsementView } from '../service/endorsement-service.ts';
import type { ProposalView } from '../service/proposal-views.ts';

/** Proposals of a process as CSV: current version, English (or first) text, endorsement summary. */
export function proposalsToCsv(list: readonly ProposalView[]): string {
  return toCsv(
    [
      'code',
      'cluster',
      'status',
      'origin',
      'demo',
      'version',
      'languages_official',
      'languages_unofficial',
      'title_en',
      'body_en',
      'supporting',
      'objecting',
      'expressed',
      'consensus_score',
      'consensus_status',
    ],
    list.map((p) => {
      const en = p.currentVersion.texts.find((t) => t.language === 'en') ?? p.currentVersion.texts[0];
      return [
        p.code,
        p.clusterCode,
        p.status,
        p.originKind,
        p.demo,
        p.currentVersion.number,
        p.currentVersion.texts
          .filter((t) => t.official)
          .map((t) => t.language)
          .join(' '),
        p.currentVersion.texts
          .filter((t) => !t.official)
          .map((t) => t.language)
          .join(' '),
        en?.title,
        en?.body,
        p.endorsements.raw.supporting,
        p.endorsements.raw.objection,
        p.endorsements.raw.expressed,
        Number(p.endorsements.consensusScore.toPrecision(6)),
        p.endorsements.status,
      ];
    }),
  );
}

/** Endorsement records as CSV (the append-only list, withdrawals included), with each State's UN group. */
export function endorsementsToCsv(rows: readonly EndorsementView[]): string {
  return toCsv(
    [
      'sequence',
      'proposal',
      'version',
      'country_iso3',
      'un_group',
      'kind',
      'venue',
      'expressed_at',
      'recorded_on_behalf',
      'demo',
      'recorded_at',
      'note',
    ],
    rows.map((r) => [
      r.sequence,
      r.proposalCode,
      r.versionNumber,
      r.countryIso3,
      stateOf(r.countryIso3, true)?.unGroup ?? '',
      r.kind,
      r.venue,
      r.expressedAt,
      r.onBehalf,
      r.demo,
      r.recordedAt,
      r.note,
    ]),
  );
}
