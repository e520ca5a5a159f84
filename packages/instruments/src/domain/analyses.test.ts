import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCoverage, coverageHeatMap, findGaps } from './analyses.ts';
import { changesSince } from './changes.ts';
import { columnsByInstrument, completeColumn, type MatrixCell } from './matrix.ts';
import type { Grade, Issue, Stage } from './vocabulary.ts';

const cell = (instrumentId: string, issue: Issue, stage: Stage, grade: Grade): MatrixCell => ({
  instrumentId,
  issue,
  stage,
  grade,
  clause: grade === 'not_addressed' ? null : 'Art. 1',
  source: 'hand-made',
  status: 'provisional',
});

// A hand-made matrix: a treaty T (binding), a voluntary standard S, and U, never graded.
//   water × extraction:          T requirement,  S verified requirement
//   air × extraction:            S requirement
//   waste_tailings × processing: T mentioned,    S requirement
const INSTRUMENTS = [
  { id: 'T', binding: true },
  { id: 'S', binding: false },
  { id: 'U', binding: false },
];
const CELLS: MatrixCell[] = [
  cell('T', 'water', 'extraction', 'requirement'),
  cell('T', 'waste_tailings', 'processing', 'mentioned'),
  cell('S', 'water', 'extraction', 'verified_requirement'),
  cell('S', 'air', 'extraction', 'requirement'),
  cell('S', 'waste_tailings', 'processing', 'requirement'),
];
const COLUMNS = columnsByInstrument(CELLS);

describe('coverage heat map', () => {
  const map = coverageHeatMap(INSTRUMENTS, COLUMNS);
  const at = (issue: Issue, stage: Stage) => map.find((c) => c.issue === issue && c.stage === stage);

  it('counts instruments per grade, the ungraded apart, and the binding ones', () => {
    assert.deepEqual(at('water', 'extraction'), {
      issue: 'water',
      stage: 'extraction',
      counts: { not_addressed: 0, mentioned: 0, requirement: 1, verified_requirement: 1 },
      ungraded: 1,
      binding: 1,
      bindingRequirement: 1,
    });
  });

  it('shows a cell nobody graded as ungraded, never as not addressed', () => {
    const cellOf = at('air', 'exploration');
    assert.equal(cellOf?.ungraded, 3);
    assert.equal(cellOf?.counts.not_addressed, 0);
  });

  it('counts a binding mention as binding but not as a binding requirement', () => {
    const c = at('waste_tailings', 'processing');
    assert.equal(c?.binding, 1);
    assert.equal(c?.bindingRequirement, 0);
  });

  it('has one cell per issue and stage (12 × 8)', () => assert.equal(map.length, 96));
});

describe('gaps', () => {
  const gaps = findGaps(INSTRUMENTS, COLUMNS);
  const gap = (issue: Issue, stage: Stage) => gaps.find((g) => g.issue === issue && g.stage === stage);

  it('is not a gap where a binding instrument or a verified requirement covers the cell', () => {
    assert.equal(gap('water', 'extraction'), undefined);
    assert.equal(gaps.length, 95);
  });

  it('is a gap where only a voluntary, unverified requirement covers the cell', () => {
    assert.deepEqual(gap('air', 'extraction'), {
      issue: 'air',
      stage: 'extraction',
      strongest: 'requirement',
      addressedBy: ['S'],
    });
  });

  it('is a gap where the binding instrument only mentions the issue', () => {
    assert.deepEqual(gap('waste_tailings', 'processing')?.addressedBy, ['T', 'S']);
  });

  it('reports a cell nobody graded with no strongest grade', () => {
    assert.equal(gap('climate', 'use')?.strongest, null);
  });
});

describe('country coverage', () => {
  it('a State party to the treaty is covered where the treaty sets a requirement, and only there', () => {
    const c = countryCoverage(INSTRUMENTS, COLUMNS, new Set(['T']));
    assert.deepEqual(c.bindingInstrumentIds, ['T']);
    assert.equal(c.covered, 1);
    assert.equal(c.uncovered.length, 95);
    assert.ok(c.uncovered.some((u) => u.issue === 'waste_tailings' && u.stage === 'processing'));
  });

  it('a State party to no binding instrument has no binding coverage anywhere', () => {
    // S is voluntary: "membership" of a standard does not bind a State.
    const c = countryCoverage(INSTRUMENTS, COLUMNS, new Set(['S']));
    assert.deepEqual(c.bindingInstrumentIds, []);
    assert.equal(c.covered, 0);
    assert.equal(c.uncovered.length, 96);
  });
});

describe('complete column', () => {
  it('fills the cells the grader did not list with not_addressed and keeps the listed ones', () => {
    const column = completeColumn('T', [{ ...cell('T', 'air', 'use', 'mentioned') }], 'provisional', 'text');
    assert.equal(column.length, 96);
    assert.equal(column.filter((c) => c.grade === 'not_addressed').length, 95);
    assert.equal(column.find((c) => c.issue === 'air' && c.stage === 'use')?.grade, 'mentioned');
  });
});

describe('changes since a date', () => {
  it('lists new instruments, versions and regraded cells, not first gradings', () => {
    const changes = changesSince(
      '2026-01-01',
      [
        { id: 'old', createdAt: '2025-12-31T23:59:59Z' },
        { id: 'new', createdAt: '2026-01-01T00:00:00Z' },
      ],
      [
        {
          instrumentId: 'old',
          version: '2.0',
          versionDate: '2026-02-01',
          recordedAt: '2026-02-02T10:00:00Z',
        },
      ],
      [
        {
          instrumentId: 'new',
          issue: 'air',
          stage: 'use',
          fromGrade: null,
          toGrade: 'mentioned',
          changedAt: '2026-03-01T00:00:00Z',
          changedBy: 'a',
          reason: 'first',
        },
        {
          instrumentId: 'old',
          issue: 'air',
          stage: 'use',
          fromGrade: 'mentioned',
          toGrade: 'requirement',
          changedAt: '2026-03-01T00:00:00Z',
          changedBy: 'a',
          reason: 'art. 3 read again',
        },
        {
          instrumentId: 'old',
          issue: 'water',
          stage: 'use',
          fromGrade: 'mentioned',
          toGrade: 'requirement',
          changedAt: '2025-03-01T00:00:00Z',
          changedBy: 'a',
          reason: 'before',
        },
      ],
    );
    assert.deepEqual(
      changes.newInstruments.map((i) => i.id),
      ['new'],
    );
    assert.equal(changes.newVersions.length, 1);
    assert.deepEqual(
      changes.regradedCells.map((c) => c.reason),
      ['art. 3 read again'],
    );
  });
});
