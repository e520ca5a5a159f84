import { type Country, findCountry, findFictionalState } from '@strata/core';

/**
 * The State a record names: a UN Member or observer State, or, only where `demo` is true (demonstration
 * records, rounds and the read-only lookups that show them), one of the fictional demonstration States.
 */
export function stateOf(code: string, demo: boolean): Country | undefined {
  return findCountry(code) ?? (demo ? findFictionalState(code) : undefined);
}

/** Slug of the fictional demonstration process. */
export const DEMO_PROCESS = 'demo';
