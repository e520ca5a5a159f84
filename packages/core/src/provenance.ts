/**
 * Where a record or a figure came from. Every imported record and every published figure carries one.
 */
export interface Provenance {
  /** Human-readable source, e.g. "ANM SIGBM export". */
  source: string;
  /** Address of the source, when it has one. */
  sourceUrl?: string | null;
  /** Licence of the source data, e.g. "CC BY 4.0". */
  licence: string;
  /** ISO 8601 date the data was retrieved or published. */
  date: string;
  /** How the value was obtained: "reported", "derived: <method>", "estimated: <method>". */
  method: string;
}
