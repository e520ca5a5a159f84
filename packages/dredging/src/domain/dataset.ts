/**
 * A stored dataset as the service and the views see it: camelCase domain values, whatever the tables
 * look like. The repository maps between these and the rows.
 */
import type { DredgingEvent, Summary } from './output.ts';
import type { TrackSample } from './track-sample.ts';
import type { Band, DredgingCycle } from './types.ts';
import type { Vessel } from './vessel.ts';

/** Where a dataset comes from and how it was made (provenance on every record). */
export interface DatasetProvenance {
  source: string;
  licence: string;
  /** ISO 8601 date. */
  retrieved: string;
  method: string;
}

export type CountryMethod = 'approximate' | 'official';

export interface Dataset extends DatasetProvenance {
  id: string;
  name: string;
  synthetic: boolean;
  countryMethod: string;
  /** ISO 8601. */
  createdAt: string;
  /** The researcher who brought it (null: loaded by the secretariat or the system). */
  ownerUserId: string | null;
  /** Private to its owner (and the secretariat) until published. */
  published: boolean;
  summary: Summary;
}

/** The part of a dataset each view names (so that a synthetic one is always labelled). */
export interface DatasetRef {
  id: string;
  name: string;
  synthetic: boolean;
  countryMethod: string;
}

/** A stored activity period: the event with its storage key (for re-attribution). */
export interface StoredEvent extends DredgingEvent {
  id: number;
}

/** A stored cycle: its volume band flattened, and the country of its dredging position. */
export interface StoredCycle extends Omit<DredgingCycle, 'volume'> {
  country: string | null;
  volumeM3: Band;
  volumeMethod: string;
}

/** A stored dredger (identity, evidence, capacity); its type as stored text. */
export interface StoredVessel extends Omit<Vessel, 'isDredger' | 'dredgerType' | 'dredgerTypeSource'> {
  dredgerType: string | null;
  dredgerTypeSource: string | null;
}

/** Everything one analysis stores under one dataset id. */
export interface DatasetContent {
  dataset: Omit<Dataset, 'createdAt'>;
  vessels: Vessel[];
  events: DredgingEvent[];
  cycles: (DredgingCycle & { country: string | null })[];
  track: TrackSample[];
}

/** The view reference of a dataset. */
export function datasetRef(d: Dataset): DatasetRef {
  return { id: d.id, name: d.name, synthetic: d.synthetic, countryMethod: d.countryMethod };
}
