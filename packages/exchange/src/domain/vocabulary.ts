import { UN_GROUPS } from '@strata/core/browser';

/**
 * Life-cycle stages of minerals and metals by which working-group topics, cases, needs and offers are
 * filed. The list (exploration → closure), kept in life-cycle order.
 */
export const STAGES = [
  'exploration',
  'extraction',
  'processing',
  'manufacturing',
  'use',
  'recycling',
  'closure',
] as const;
export type Stage = (typeof STAGES)[number];

/** Themes of the working-group topics (the list; mercury goes with artisanal mining). */
export const THEMES = [
  'water',
  'biodiversity',
  'tailings',
  'sand',
  'mercury_artisanal',
  'climate',
  'circularity',
  'community_engagement',
  'transparency',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Kinds of support a State may need or be offered: the three means of implementation States asked for
 * (technical assistance, financial support, technology transfer), plus training.
 */
export const SUPPORT_KINDS = [
  'technical_assistance',
  'financial_support',
  'technology_transfer',
  'training',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const URGENCIES = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Regions an offer serves: the UN regional groups, or the whole world. */
export const REGIONS = [...UN_GROUPS, 'global'] as const;
export type Region = (typeof REGIONS)[number];

/** What the search and the duplicate check cover. */
export const ITEM_KINDS = ['thread', 'case', 'need', 'offer', 'proposal', 'document'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Whether a value belongs to one of the closed lists above. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
