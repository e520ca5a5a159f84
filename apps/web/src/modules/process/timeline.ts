import type { Meeting, MeetingType } from '@strata/server/api-types';

/** Lanes of the timeline, top to bottom. */
export const MEETING_LANES: readonly MeetingType[] = [
  'briefing',
  'regional_consultation',
  'working_group',
  'global_meeting',
];

/** One bar of the timeline: a meeting from its first day to the end of its last day (UTC). */
export interface TimelineBar {
  id: string;
  lane: MeetingType;
  title: string;
  start: Date;
  end: Date;
}

/** Turns meetings into timeline bars; a one-day meeting spans a whole day so it stays visible. */
export function timelineBars(meetings: readonly Meeting[]): TimelineBar[] {
  return meetings
    .map((m) => ({
      id: m.id,
      lane: m.type,
      title: m.title,
      start: new Date(`${m.startDate}T00:00:00Z`),
      end: new Date(new Date(`${m.endDate}T00:00:00Z`).getTime() + 86_400_000),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Published totals worth showing as headline figures, in a stable order, with their message ids. */
export function headlineTotals(totals: Record<string, number | string>): { key: string; value: number }[] {
  const order = [
    'focalPointsNominated',
    'regionalConsultationMemberStates',
    'regionalConsultationObservers',
    'submissionsReceived',
    'proposalsInBackgroundDocument',
    'clusters',
    'globalMeetingMemberStates',
    'globalMeetingObservers',
  ];
  return order.flatMap((key) =>
    typeof totals[key] === 'number' ? [{ key, value: totals[key] as number }] : [],
  );
}
