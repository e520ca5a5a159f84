import type { Actor } from '@strata/core';
import type { Space } from './domain/model.ts';
import { STAGES, THEMES } from './domain/vocabulary.ts';
import type { ExchangeServices } from './index.ts';

const words = (s: string) => s.replaceAll('_', ' ');

/**
 * The working-group spaces: one per life-cycle stage and one per theme, all public. Their titles are the
 * vocabulary's names (the web shows them translated). Idempotent: an existing slug is left alone.
 * No demo content is seeded.
 */
export function workingGroupSpaces(): Omit<Space, 'id'>[] {
  return [
    ...STAGES.map((stage) => ({
      slug: `stage-${stage}`,
      stage,
      theme: null,
      title: `Stage: ${words(stage)}`,
      description: '',
      visibility: 'public' as const,
      demo: false,
    })),
    ...THEMES.map((theme) => ({
      slug: `theme-${theme.replaceAll('_', '-')}`,
      stage: null,
      theme,
      title: `Theme: ${words(theme)}`,
      description: '',
      visibility: 'public' as const,
      demo: false,
    })),
  ];
}

/** The seeding system, acting as the secretariat (audited under this nil id). */
export const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system@strata.invalid',
  role: 'secretariat',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};

/** Seeds the spaces as the system, completes the search index of older rows, then indexes the proposals. */
export async function seedExchange(services: ExchangeServices): Promise<void> {
  const existing = new Set((await services.forum.listSpaces(SYSTEM_ACTOR)).map((s) => s.slug));
  for (const space of workingGroupSpaces()) {
    if (!existing.has(space.slug)) await services.forum.createSpace(SYSTEM_ACTOR, space);
  }
  await services.search.backfillIndex();
  await services.search.indexProposals();
}
