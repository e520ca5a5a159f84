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
  kind: 'value' | 'provenance' | 'provenancePart' | 'part';
  /** For `provenancePart`: which part of the provenance changed. */
  part?: 'source' | 'method' | 'retrieved';
}

/** A message of the catalogs with its values: what a server-written text reads as in the reader's language. */
export interface Message {
  id: string;
  values: Record<string, string>;
}

/**
 * The reason of a facility version, as the tailings services write it ("disclosure published (id)",
 * "import: sigbm (file.csv)"), as a message of the catalogs; null for a reason written otherwise, which
 * the page shows as written.
 * @example historyReason('import: sigbm (sigbm.csv)') // { id: 'tailings.change.reason.importFile', values: { format: 'sigbm', file: 'sigbm.csv' } }
 */
export function historyReason(reason: string): Message | null {
  const disclosure = /^disclosure published \((.+)\)$/.exec(reason);
  if (disclosure) return { id: 'tailings.change.reason.disclosure', values: { id: disclosure[1] as string } };
  const imported = /^import: (\S+)(?: \((.+)\))?$/.exec(reason);
  if (imported?.[2])
    return {
      id: 'tailings.change.reason.importFile',
      values: { format: imported[1] as string, file: imported[2] },
    };
  if (imported) return { id: 'tailings.change.reason.import', values: { format: imported[1] as string } };
  return null;
}

/**
 * A provenance source as the disclosure service writes it ("operator disclosure <id>") as a message;
 * null for any other source (a data set's name), shown as written.
 */
export function provenanceSource(source: string): Message | null {
  const m = /^operator disclosure (\S+)$/.exec(source);
  return m ? { id: 'tailings.change.disclosureSource', values: { id: m[1] as string } } : null;
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
  const part = rest[0];
  if (head === 'fieldProvenance' && sub && rest.length <= 1) {
    const inner = fieldLabelId(sub);
    const isPart = part === 'source' || part === 'method' || part === 'retrieved';
    if (rest.length === 1 && !isPart) return { labelId: null, field: sub, kind: 'value' };
    const kind = isPart ? 'provenancePart' : 'provenance';
    const labelId = isPart ? `tailings.change.sourceOf.${part}` : 'tailings.change.sourceOf';
    return inner
      ? { labelId, labelValues: { field: inner }, field: sub, kind, ...(isPart ? { part } : {}) }
      : { labelId: null, field: sub, kind, ...(isPart ? { part } : {}) };
  }
  if (head === 'toxicity' && sub && (TOXICITY_FACTS as readonly string[]).includes(sub) && rest.length === 0)
    return { labelId: `tailings.hazard.${sub}`, field: 'toxicity', kind: 'part' };
  if (head === 'classification' && (sub === 'raw' || sub === 'system') && rest.length === 0)
    return { labelId: `tailings.change.field.classification.${sub}`, field: 'classification', kind: 'part' };
  if (sub !== undefined) return { labelId: null, field: head, kind: 'value' };
  return { labelId: fieldLabelId(head), field: head, kind: 'value' };
}
