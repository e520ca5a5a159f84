import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openItems } from './open-items.ts';

const call = (id: string, open: boolean, openTo: ('states' | 'observers')[], deadline: string) => ({
  id,
  open,
  openTo,
  deadline,
});
const round = (id: string, state: 'scheduled' | 'open' | 'closed', closesAt: string) => ({
  id,
  state,
  closesAt,
});

describe('what is open for an account', () => {
  const calls = [
    call('late-states', true, ['states'], '2031-05-01T00:00:00Z'),
    call('closed', false, ['states', 'observers'], '2020-01-01T00:00:00Z'),
    call('observers-only', true, ['observers'], '2031-01-01T00:00:00Z'),
    call('soon-both', true, ['states', 'observers'], '2031-02-01T00:00:00Z'),
  ];
  const rounds = [
    round('later', 'scheduled', '2031-06-01T00:00:00Z'),
    round('done', 'closed', '2020-01-01T00:00:00Z'),
    round('now', 'open', '2031-03-01T00:00:00Z'),
  ];
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it('gives a focal point the open calls for States, nearest deadline first', () => {
    assert.deepEqual(ids(openItems(calls, rounds, 'focal_point').calls), ['soon-both', 'late-states']);
  });

  it('gives an observer contact only the calls open to observers', () => {
    assert.deepEqual(ids(openItems(calls, rounds, 'observer_contact').calls), [
      'observers-only',
      'soon-both',
    ]);
  });

  it('gives the secretariat every open call and never a closed one', () => {
    assert.deepEqual(ids(openItems(calls, rounds, 'secretariat').calls), [
      'observers-only',
      'soon-both',
      'late-states',
    ]);
  });

  it('lists open and scheduled rounds, the one closing first at the top', () => {
    assert.deepEqual(ids(openItems(calls, rounds, 'focal_point').rounds), ['now', 'later']);
  });
});
