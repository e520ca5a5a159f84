import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { changeLabel, historyReason, provenanceSource } from './change-labels.ts';

const english = JSON.parse(
  readFileSync(new URL('../../i18n/catalogs/tailings/en.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const inCatalog = (id: string | null) => !!id?.startsWith('tailings.') && (id as string).slice(9) in english;

describe('labels of a facility history change', () => {
  it('names a record field by its form label', () => {
    assert.deepEqual(changeLabel('heightM'), {
      labelId: 'tailings.item.heightM',
      field: 'heightM',
      kind: 'value',
    });
  });

  it('reads a provenance change as the source of the field, not as the raw path', () => {
    const label = changeLabel('fieldProvenance.heightM');
    assert.equal(label.labelId, 'tailings.change.sourceOf');
    assert.deepEqual(label.labelValues, { field: 'tailings.item.heightM' });
    assert.equal(label.kind, 'provenance');
  });

  it('reads a change of one part of a field’s source as that part, not as the raw path', () => {
    assert.deepEqual(changeLabel('fieldProvenance.heightM.source'), {
      labelId: 'tailings.change.sourceOf.source',
      labelValues: { field: 'tailings.item.heightM' },
      field: 'heightM',
      kind: 'provenancePart',
      part: 'source',
    });
    assert.equal(changeLabel('fieldProvenance.heightM.retrieved').part, 'retrieved');
    assert.equal(changeLabel('fieldProvenance.heightM.other').labelId, null);
  });

  it('turns the reasons and sources the services write into catalog messages', () => {
    assert.deepEqual(historyReason('disclosure published (d-1)'), {
      id: 'tailings.change.reason.disclosure',
      values: { id: 'd-1' },
    });
    assert.deepEqual(historyReason('import: sigbm (SIGBM export.csv)'), {
      id: 'tailings.change.reason.importFile',
      values: { format: 'sigbm', file: 'SIGBM export.csv' },
    });
    assert.deepEqual(historyReason('import: chile-sernageomin'), {
      id: 'tailings.change.reason.import',
      values: { format: 'chile-sernageomin' },
    });
    assert.equal(historyReason('corrected by hand'), null);
    assert.deepEqual(provenanceSource('operator disclosure 5f0c'), {
      id: 'tailings.change.disclosureSource',
      values: { id: '5f0c' },
    });
    assert.equal(provenanceSource('ANM SIGBM'), null);
    for (const m of ['change.reason.disclosure', 'change.reason.import', 'change.reason.importFile'])
      assert.ok(m in english, m);
  });

  it('names the toxicity facts and the parts of the source rating', () => {
    assert.equal(changeLabel('toxicity.cyanide').labelId, 'tailings.hazard.cyanide');
    assert.equal(changeLabel('classification.raw').labelId, 'tailings.change.field.classification.raw');
  });

  it('has an English message for every label it gives', () => {
    const paths = [
      'fieldProvenance.heightM.source',
      'fieldProvenance.volumeM3.method',
      'fieldProvenance.volumeM3.retrieved',
      'name',
      'countryIso3',
      'statusRaw',
      'raiseMethodRaw',
      'otherRatings',
      'source',
      'sourceId',
      'classification.system',
      'fieldProvenance.volumeM3',
      'toxicity.highPh',
      'downstreamPopulation',
    ];
    for (const path of paths) {
      const { labelId, labelValues } = changeLabel(path);
      assert.ok(inCatalog(labelId), `${path}: ${labelId}`);
      for (const id of Object.values(labelValues ?? {})) assert.ok(inCatalog(id), `${path}: ${id}`);
    }
  });

  it('leaves an unknown path unlabelled so the page shows it as written', () => {
    assert.equal(changeLabel('somethingNew').labelId, null);
    assert.equal(changeLabel('owners.0.name').labelId, null);
  });
});
