import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Meeting } from '@strata/server/api-types';
import { headlineTotals, timelineBars } from './timeline.ts';

const meeting = (id: string, startDate: string, endDate: string): Meeting => ({
  id,
  processId: 'process-1',
  type: 'regional_consultation',
  title: id,
  unGroup: null,
  place: null,
  format: null,
  translations: {},
  startDate,
  endDate,
  hybridLink: null,
  hostIso3: null,
  audience: null,
  agenda: [],
  languages: [],
  outcome: null,
  publishedTotals: {},
  documents: [],
  participation: [],
});

describe('process timeline', () => {
  it('sorts by start and makes a two-day meeting span two whole days', () => {
    const bars = timelineBars([
      meeting('b', '2023-07-05', '2023-07-06'),
      meeting('a', '2023-04-24', '2023-04-24'),
    ]);
    assert.deepEqual(
      bars.map((b) => b.id),
      ['a', 'b'],
    );
    assert.equal((bars[1]?.end.getTime() ?? 0) - (bars[1]?.start.getTime() ?? 0), 2 * 86_400_000);
  });
  it('keeps only known numeric totals, in order', () => {
    assert.deepEqual(
      headlineTotals({ globalMeetingObservers: 60, other: 3, focalPointsNominated: 115, clusters: 'x' }),
      [
        { key: 'focalPointsNominated', value: 115 },
        { key: 'globalMeetingObservers', value: 60 },
      ],
    );
  });
});
