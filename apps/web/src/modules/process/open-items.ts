import type { Call, Round } from '@strata/server/api-types';
import type { Role } from '../../api/types.ts';

/**
 * What is open for an account of this role: the calls still accepting submissions that the role may
 * answer (a focal point those open to States, an observer contact those open to observers, the
 * secretariat every open call), nearest deadline first; and the rounds open or scheduled, the one
 * closing first at the top.
 * @example openItems(calls, rounds, 'focal_point').calls[0]?.deadline
 */
export function openItems<
  C extends Pick<Call, 'open' | 'openTo' | 'deadline'>,
  R extends Pick<Round, 'state' | 'closesAt'>,
>(calls: readonly C[], rounds: readonly R[], role: Role): { calls: C[]; rounds: R[] } {
  const answerable = (c: C) =>
    role === 'secretariat' ||
    (role === 'focal_point' && c.openTo.includes('states')) ||
    (role === 'observer_contact' && c.openTo.includes('observers'));
  const time = (iso: string) => new Date(iso).getTime();
  return {
    calls: calls.filter((c) => c.open && answerable(c)).sort((a, b) => time(a.deadline) - time(b.deadline)),
    rounds: rounds.filter((r) => r.state !== 'closed').sort((a, b) => time(a.closesAt) - time(b.closesAt)),
  };
}
