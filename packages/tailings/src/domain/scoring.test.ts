import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sharedDataDir } from '@strata/core';
import fc from 'fast-check';
import { crosswalkToGistm } from './classification.ts';
import { emptyFacility, type FacilityRecord } from './facility.ts';
import { KNOWLEDGE_GAP_TOPICS, seedRequirements, summariseSelfAssessment } from './gistm.ts';
import {
  applyDisclosure,
  compareDisclosure,
  diffRecords,
  disclosedValues,
  mergeReimport,
} from './history.ts';
import { exposureScore, hazardScore, runoutEstimate, toxicityAssessment } from './scores.ts';

const PROV = { source: 't', sourceUrl: null, licence: 'x', retrieved: '2024-01-01', method: 'test' };
const facility = (patch: Partial<FacilityRecord> = {}): FacilityRecord => ({
  ...emptyFacility('t', '1', 'F', 'BRA', PROV),
  ...patch,
});
const AS_OF = new Date('2025-01-01T00:00:00Z');

describe('crosswalkToGistm', () => {
  it('maps CDA by class name with medium confidence, since GISTM adds criteria to CDA Table 2-1', () => {
    assert.deepEqual(
      ['Low', 'Significant', 'High', 'Very High', 'Extreme'].map(
        (raw) => crosswalkToGistm({ system: 'CDA', raw })?.gistmClass,
      ),
      ['low', 'significant', 'high', 'very_high', 'extreme'],
    );
    const high = crosswalkToGistm({ system: 'cda', raw: 'High' });
    assert.equal(high?.confidence, 'medium');
    assert.match(high?.basis ?? '', /population-at-risk bands and a health, social and cultural column/);
    assert.equal(crosswalkToGistm({ system: 'gistm', raw: 'High' })?.confidence, 'high');
  });
  it('maps ANCOLD sub-classes and lowers the confidence', () => {
    assert.equal(crosswalkToGistm({ system: 'ANCOLD', raw: 'High C' })?.gistmClass, 'high');
    assert.equal(crosswalkToGistm({ system: 'ANCOLD', raw: 'High A' })?.gistmClass, 'very_high');
    assert.equal(crosswalkToGistm({ system: 'ANCOLD', raw: 'Very Low' })?.gistmClass, 'low');
    assert.equal(crosswalkToGistm({ system: 'ANCOLD', raw: 'High A' })?.confidence, 'low');
    const c = crosswalkToGistm({ system: 'ANCOLD', raw: 'High C' });
    assert.equal(c?.confidence, 'low');
    assert.doesNotMatch(c?.basis ?? '', /10–100/, 'High C is not a population band');
    assert.match(c?.basis ?? '', /severity of damage/);
  });
  it('maps US NID hazard potential and Brazil DPA', () => {
    assert.equal(crosswalkToGistm({ system: 'US NID', raw: 'High hazard potential' })?.gistmClass, 'high');
    assert.equal(crosswalkToGistm({ system: 'br_dpa', raw: 'Média' })?.gistmClass, 'significant');
    assert.equal(crosswalkToGistm({ system: 'br_dpa', raw: 'Alta' })?.confidence, 'low');
    assert.doesNotMatch(
      crosswalkToGistm({ system: 'br_dpa', raw: 'Alta' })?.basis ?? '',
      /permanent population/,
    );
    assert.match(crosswalkToGistm({ system: 'br_dpa', raw: 'Alta' })?.basis ?? '', /points score/);
  });
  it('keeps the raw rating verbatim and gives no class for unknown systems or "Não se aplica"', () => {
    const r = crosswalkToGistm({ system: 'br_dpa', raw: 'Alta' });
    assert.deepEqual(r?.source, { system: 'br_dpa', raw: 'Alta' });
    assert.equal(crosswalkToGistm({ system: 'br_dpa', raw: 'Não se aplica' }), null);
    assert.equal(crosswalkToGistm({ system: 'Some national scheme', raw: 'III' }), null);
    assert.equal(crosswalkToGistm(null), null);
  });
});

describe('hazardScore', () => {
  it('adds transparent components with their sources', () => {
    const h = hazardScore(
      facility({
        raiseMethod: 'upstream',
        heightM: 86,
        volumeM3: 12e6,
        startYear: 1976,
        stabilityConcerns: true,
        lastIndependentReview: '2017-03-27',
        status: 'inactive',
      }),
      AS_OF,
    );
    const points = Object.fromEntries(h.components.map((c) => [c.factor, c.points]));
    assert.equal(points['raise method'], 3);
    assert.equal(points['current maximum height (m)'], 3);
    assert.equal(points['stored volume (m³)'], 2);
    assert.equal(points['age (years since start)'], 2);
    assert.equal(points['history of stability concerns'], 3);
    assert.equal(points['years since last independent review'], 2);
    assert.equal(h.score, 15);
    assert.equal(h.coverage, 1);
    assert.ok(h.components.every((c) => c.source.length > 0));
  });
  it('counts the review as overdue by the GISTM 10.5 interval of the facility class', () => {
    const reviewPoints = (raw: string | null, lastIndependentReview: string) =>
      hazardScore(
        facility({ lastIndependentReview, classification: raw ? { system: 'GISTM', raw } : null }),
        AS_OF,
      ).components.find((c) => c.factor === 'years since last independent review');
    // Reviewed seven years before AS_OF: overdue for Extreme (5 years), not for High (10 years).
    assert.equal(reviewPoints('Extreme', '2018-01-01')?.points, 2);
    assert.equal(reviewPoints('High', '2018-01-01')?.points, 0);
    assert.equal(reviewPoints('High', '2014-01-01')?.points, 2);
    assert.equal(reviewPoints('Significant', '2016-06-01')?.points, 1);
    // No class: the shorter interval, and the source says why.
    const unknown = reviewPoints(null, '2018-01-01');
    assert.equal(unknown?.points, 2);
    assert.match(unknown?.source ?? '', /class unknown/);
    assert.match(reviewPoints('High', '2018-01-01')?.source ?? '', /Requirement 10\.5.*10 years/);
  });
  it('never goes above its maximum and reports low coverage when little is disclosed (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 400, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 5e9, noNaN: true })),
        fc.constantFrom('upstream', 'downstream', 'unknown', 'dry_stack' as const),
        (heightM, volumeM3, raiseMethod) => {
          const h = hazardScore(facility({ heightM, volumeM3, raiseMethod }), AS_OF);
          assert.ok(h.score >= 0 && h.score <= h.maxScore);
          assert.ok(h.coverage <= 1);
        },
      ),
    );
    assert.equal(hazardScore(facility(), AS_OF).coverage, 0);
  });
});

describe('exposure and runout', () => {
  it('estimates release (Rico et al. 2008) and area A = c·V^(2/3)', () => {
    // Worked by hand for a stored volume of 1,000,000 m³ = 1 Mm³ (the fit's unit):
    //   VF = 0.354 × 1^1.01 Mm³ = 354,000 m³
    //   A  = 200 × 354,000^(2/3) = 200 × e^(2/3 × 12.77706) = 200 × e^8.51804 = 200 × 5,004.2
    //      = 1,000,840 m²;  radius √(A/π) = √(318,580) = 564.4 m
    const r = runoutEstimate(1e6, 200);
    // Hand-computed from the formula in the paper's units (the paper's table was not read): VT = 1 Mm³ gives
    // VF = 0.354·1^1.01 = 0.354 Mm³ = 354 000 m³. Applied to m³ it would give 406 446 m³ (the old error).
    assert.ok(Math.abs(r.releasedVolumeM3 - 354_000) < 1, `${r.releasedVolumeM3}`);
    // VT = 11.7 Mm³: ln 11.7 = 2.45959, ×1.01 = 2.48418, e^ ≈ 11.99, ×0.354 ≈ 4.2446 Mm³ (to 4 figures).
    assert.ok(Math.abs(runoutEstimate(11.7e6).releasedVolumeM3 - 4_244_600) < 1_000);
    assert.ok(Math.abs(r.areaM2 - 1_000_840) < 30, `${r.areaM2}`);
    assert.ok(Math.abs(r.equivalentRadiusM - 564.4) < 0.1, `${r.equivalentRadiusM}`);
    assert.ok(runoutEstimate(1e7).areaM2 > r.areaM2);
    assert.match(r.method, /lahar mean .*not an upper bound/);
    assert.doesNotMatch(runoutEstimate(1e6, 50).method, /lahar mean/);
  });
  it('scores disclosed downstream population and lists unassessed layers', () => {
    const e = exposureScore(facility({ volumeM3: 1e7, downstreamPopulation: 'acima de 5001' }));
    const pop = e.components.find((c) => c.factor.startsWith('population'));
    assert.equal(pop?.points, 4);
    assert.ok(e.components.some((c) => c.factor.startsWith('rivers') && c.input === null));
    assert.ok(e.runout !== null);
  });
});

describe('toxicityAssessment', () => {
  it('prefers disclosed facts and marks the commodity proxy as such', () => {
    const t = toxicityAssessment(
      facility({
        commodity: 'gold',
        toxicity: { acidRockDrainage: null, cyanide: false, radionuclides: null, highPh: null },
      }),
    );
    const cyanide = t.hazards.find((h) => h.hazard === 'cyanide');
    assert.deepEqual([cyanide?.present, cyanide?.basis], [false, 'disclosed']);
    const ard = t.hazards.find((h) => h.hazard === 'acid rock drainage / metal leaching');
    assert.deepEqual([ard?.present, ard?.basis], [true, 'commodity proxy']);
    assert.equal(t.proxy, true);
    assert.equal(t.toxicityClass, 'moderate');
  });
  it('is unknown with neither disclosure nor a known commodity, high with two hazards', () => {
    assert.equal(toxicityAssessment(facility()).toxicityClass, 'unknown');
    const onlyCyanide = facility({
      toxicity: { acidRockDrainage: null, cyanide: false, radionuclides: null, highPh: null },
    });
    assert.equal(toxicityAssessment(onlyCyanide).toxicityClass, 'unknown');
    assert.equal(toxicityAssessment(facility({ commodity: 'uranium' })).toxicityClass, 'high');
    assert.equal(toxicityAssessment(facility({ commodity: 'iron' })).toxicityClass, 'low');
  });
});

describe('history and GISTM', () => {
  it('diffs nested records field by field', () => {
    const a = facility({ heightM: 10 });
    const b = { ...a, heightM: 12, toxicity: { ...a.toxicity, cyanide: true } };
    assert.deepEqual(diffRecords(a, b), [
      { path: 'heightM', before: 10, after: 12 },
      { path: 'toxicity.cyanide', before: null, after: true },
    ]);
    assert.deepEqual(diffRecords(a, structuredClone(a)), []);
    // JSONB returns object keys in its own order: inside arrays too, that is no change.
    const reordered = { ...a, otherRatings: [{ raw: 'Alta', system: 'br_cri' }] };
    assert.deepEqual(diffRecords({ ...a, otherRatings: [{ system: 'br_cri', raw: 'Alta' }] }, reordered), []);
  });
  it('seeds requirements for all 15 principles and summarises a self-assessment', () => {
    const seeded = seedRequirements();
    assert.equal(new Set(seeded.map((r) => r.principle)).size, 15);
    assert.match(seeded[8]?.text ?? '', /Engineer of Record/);
    // The secretariat adds detailed requirements as data; the summary counts them per principle.
    const reqs = [...seeded, { id: '1.1', principle: 1, text: 'a' }, { id: '1.2', principle: 1, text: 'b' }];
    const s = summariseSelfAssessment(
      reqs,
      new Map([
        ['1.1', 'met'],
        ['1.2', 'not_applicable'],
      ]),
    );
    assert.deepEqual(s[0], { principle: 1, met: 1, partlyMet: 0, notMet: 0, notAssessed: 1, applicable: 2 });
  });
});

describe('disclosures over imports', () => {
  const op = {
    source: 'operator disclosure',
    sourceUrl: null,
    licence: 'CC BY 4.0',
    retrieved: '2025-01-01',
    method: 'disclosed by operator',
  };
  it('records each disclosed field with its own provenance', () => {
    const next = applyDisclosure(facility({ heightM: 10 }), { heightM: 14, closurePlan: true }, op);
    assert.equal(next.heightM, 14);
    assert.equal(next.closurePlan, true);
    assert.deepEqual(Object.keys(next.fieldProvenance).sort(), ['closurePlan', 'heightM']);
  });
  it('sets each disclosed field beside the value it replaces, in the facility page order', () => {
    const record = facility({ heightM: 10, closurePlan: null, status: 'active' });
    const patch = { status: 'active' as const, closurePlan: true, heightM: 12.5 };
    const current = disclosedValues(record, patch);
    assert.deepEqual(current, { status: 'active', heightM: 10, closurePlan: null });
    assert.deepEqual(compareDisclosure(current, patch), [
      { field: 'status', current: 'active', proposed: 'active', changed: false },
      { field: 'heightM', current: 10, proposed: 12.5, changed: true },
      { field: 'closurePlan', current: null, proposed: true, changed: true },
    ]);
    // Objects compare by content, whatever the order of their keys in stored JSON.
    const toxicity = { acidRockDrainage: true, cyanide: null, radionuclides: false, highPh: null };
    const stored = { highPh: null, radionuclides: false, cyanide: null, acidRockDrainage: true };
    assert.deepEqual(
      compareDisclosure({ toxicity: stored }, { toxicity }).map((f) => f.changed),
      [false],
    );
  });
  it('keeps disclosed fields when the registry is re-imported, and takes the rest', () => {
    const disclosed = applyDisclosure(facility({ heightM: 10, volumeM3: 1 }), { heightM: 14 }, op);
    const merged = mergeReimport(disclosed, facility({ heightM: 11, volumeM3: 2 }));
    assert.equal(merged.heightM, 14);
    assert.equal(merged.volumeM3, 2);
    assert.deepEqual(diffRecords(merged, mergeReimport(merged, facility({ heightM: 11, volumeM3: 2 }))), []);
  });
});

const reportFile = path.join(sharedDataDir, '..', 'seed', 'report-5-12-fr.txt');
const noReport = existsSync(reportFile) ? false : `the report's text is absent (${reportFile})`;

describe('knowledge-gap topics', () => {
  it('quote the report’s French wording of §30 d) word for word', { skip: noReport }, () => {
    const flat = readFileSync(reportFile, 'utf8').replace(/\s+/g, ' ').toLowerCase();
    for (const t of KNOWLEDGE_GAP_TOPICS) assert.ok(flat.includes(t.fr.toLowerCase()), t.fr);
  });
});
