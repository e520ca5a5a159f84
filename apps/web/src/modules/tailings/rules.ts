import { DEFAULT_RUNOUT_C, reviewInterval } from '@strata/tailings/browser';
import type { Message } from './change-labels.ts';
import { FACTOR_KEYS } from './view.ts';

/** What the rule of a score component needs to know of the facility. */
export interface RuleContext {
  /** The GISTM-equivalent class the review interval depends on (null when not known). */
  gistmClass: Parameters<typeof reviewInterval>[0];
  /** The runout constant used, or null when the stored volume is not known. */
  runoutC: number | null;
}

/**
 * The source of a score component's rule as a message of the catalogs (the words translated, the
 * citations verbatim); null for a factor the catalogs do not name, whose English source is then shown.
 * The review interval and the runout constant are taken as the scoring code takes them.
 * @example ruleMessage('years since last independent review', { gistmClass: 'extreme', runoutC: null }) // { id: 'tailings.rule.reviewAge.short', values: { years: '5' } }
 */
export function ruleMessage(factor: string, ctx: RuleContext): Message | null {
  const key = FACTOR_KEYS[factor];
  if (!key) return null;
  if (key === 'reviewAge') {
    const years = String(reviewInterval(ctx.gistmClass).years);
    const kind = ctx.gistmClass === null ? 'unknown' : years === '5' ? 'short' : 'long';
    return { id: `tailings.rule.reviewAge.${kind}`, values: { years } };
  }
  if (key === 'area') {
    if (ctx.runoutC === null) return { id: 'tailings.rule.area.needsVolume', values: {} };
    return {
      id: 'tailings.rule.area',
      values: { c: String(ctx.runoutC), lahar: ctx.runoutC === DEFAULT_RUNOUT_C ? 'yes' : 'no' },
    };
  }
  return { id: `tailings.rule.${key}`, values: {} };
}

/** The toxicity hazards as the scoring code names them, to the catalog keys of the toxicity facts. */
export const HAZARD_FACTS: Record<string, string> = {
  'acid rock drainage / metal leaching': 'acidRockDrainage',
  cyanide: 'cyanide',
  radionuclides: 'radionuclides',
  'high pH': 'highPh',
};
