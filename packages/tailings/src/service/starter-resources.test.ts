import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STARTER_RESOURCES } from './knowledge-service.ts';

describe('starter resources library', () => {
  it('holds no entry that links only to a home page or names an invented document', () => {
    for (const r of STARTER_RESOURCES) {
      assert.doesNotMatch(r.url, /^https?:\/\/(www\.)?basel\.int\/?$/, r.title);
      assert.doesNotMatch(r.title, /Climate change adaptation for tailings facilities/);
      assert.ok(r.url !== '' || /not been verified/.test(r.summary), `${r.title}: no link and no word why`);
    }
    assert.ok(STARTER_RESOURCES.some((r) => r.title.includes('UNEP/EA.6/INF/8')));
    // The bodies the report names in §30 (a) and (b), each with its own page, not a search or home page.
    for (const [title, url] of [
      ['Global Tailings Review', /globaltailingsreview\.org\/about/],
      ['Global Tailings Portal', /tailing\.grida\.no\/about/],
      ['Global Tailings Management Institute (GTMI)', /thegtmi\.org/],
    ] as const)
      assert.match(STARTER_RESOURCES.find((r) => r.title === title)?.url ?? '', url, title);
    assert.equal(new Set(STARTER_RESOURCES.map((r) => r.title)).size, STARTER_RESOURCES.length);
  });
});
