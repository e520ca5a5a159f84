import { DISCLOSABLE_FIELDS } from '@strata/tailings/browser';
import { TOXICITY_FACTS } from './field-values.ts';

/**
 * How one change of a facility's history reads: the message (and its values) that labels the changed
 * field, the record field whose formatting applies to its values, and whether the values are provenance
 * (where a value came from) rather than the value itself. `labelId` is null for a path the catalogs do not
 * name, which the page then shows as written.
 */
export interface ChangeLabel {
  labelId: string | null;
  /** Message ids of values of the label (a field's label inside "Source of …"). */
  labelValues?: Record<string, string>;
  field: string;
  kind: 'value' | 'provenance' | 'part';
}

/** Record fields the catalogs label as `tailings.item.<field>`: the disclosable ones and the raw commodity. */
const ITEM_FIELDS = new Set<string>([...DISCLOSABLE_FIELDS, 'commodityRaw']);

/** Record fields outside the disclosure form, labelled under `tailings.change.field.<field>`. */
const OTHER_FIELDS = new Set(['statusRaw', 'raiseMethodRaw', 'otherRatings', 'source', 'sourceId']);

function fieldLabelId(field: string): string | null {
  if (ITEM_FIELDS.has(field)) return `tailings.item.${field}`;
  if (OTHER_FIELDS.has(field)) return `tailings.change.field.${field}`;
  if (field === 'countryIso3') return 'tailings.field.country';
  return null;
}

/**
 * The label of a change's dotted path, as `diffRecords` writes it: a record field (`heightM`), a part of
 * one (`toxicity.cyanide`, `classification.raw`) or a field's provenance (`fieldProvenance.heightM`).
 * @example changeLabel('fieldProvenance.heightM') // { labelId: 'tailings.change.sourceOf', labelValues: { field: 'tailings.item.heightM' }, field: 'heightM', kind: 'provenance' }
 */
export function changeLabel(path: string): ChangeLabel {
  const [head = '', sub, ...rest] = path.split('.');
  if (head === 'fieldProvenance' && sub && rest.length === 0) {
    const inner = fieldLabelId(sub);
    return inner
      ? { labelId: 'tailings.change.sourceOf', labelValues: { field: inner }, field: sub, kind: 'provenance' }
      : { labelId: null, field: sub, kind: 'provenance' };
  }
  if (head === 'toxicity' && sub && (TOXICITY_FACTS as readonly string[]).includes(sub) && rest.length === 0)
    return { labelId: `tailings.hazard.${sub}`, field: 'toxicity', kind: 'part' };
  if (head === 'classification' && (sub === 'raw' || sub === 'system') && rest.length === 0)
    return { labelId: `tailings.change.field.classification.${sub}`, field: 'classification', kind: 'part' };
  if (sub !== undefined) return { labelId: null, field: head, kind: 'value' };
  return { labelId: fieldLabelId(head), field: head, kind: 'value' };
}
