import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LinkedInstrument } from '@strata/server/api-types';
import { distinct } from './LinkedInstruments.tsx';
import { titleIn } from './titles.ts';

const link = (slug: string, ref: string): LinkedInstrument => ({
  instrumentSlug: slug,
  targetKind: 'tailings.requirement',
  targetRef: ref,
  note: null,
  title: `Title of ${slug}`,
  shortTitle: null,
  kind: 'multi_stakeholder_standard',
  titles: { fr: { title: `Titre de ${slug}`, official: true }, es: { title: `Título`, official: false } },
});

describe('linked instruments', () => {
  it('shows the title in the UI language when one is recorded, flagged, else the English title', () => {
    const i = link('gistm', 'P1');
    assert.deepEqual(titleIn(i, 'fr'), { title: 'Titre de gistm', lang: 'fr', official: true });
    assert.deepEqual(titleIn(i, 'es'), { title: 'Título', lang: 'es', official: false });
    assert.deepEqual(titleIn(i, 'ru'), { title: 'Title of gistm', lang: 'en', official: null });
    assert.deepEqual(titleIn(i, 'en'), { title: 'Title of gistm', lang: 'en', official: null });
  });

  it('lists each instrument once, by its first link', () => {
    const items = [link('gistm', 'P1'), link('gistm', 'P2'), link('other', 'P2')];
    assert.deepEqual(
      distinct(items).map((i) => [i.instrumentSlug, i.targetRef]),
      [
        ['gistm', 'P1'],
        ['other', 'P2'],
      ],
    );
  });
});
