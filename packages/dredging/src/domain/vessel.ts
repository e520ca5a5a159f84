/** What the dredging watch knows of a vessel: AIS statics, a registry row, evidence, capacity. */
import type { Band, DredgerType } from './types.ts';

/** Static and voyage data of one vessel, gathered from AIS type 5 (and 24) messages. */
export interface VesselStatic {
  mmsi: number;
  imo: number | null;
  name: string | null;
  callsign: string | null;
  /** AIS ship and cargo type (33 = "dredging or underwater operations"). */
  shipType: number | null;
  lengthM: number | null;
  beamM: number | null;
  /** Reported draughts over time (type 5 `draught`, metres, 0.1 m resolution). */
  draughts: { timestampMs: number; draughtM: number }[];
}

/** One row of a user registry CSV (`mmsi,imo,name,dredger_type,hopper_m3[,source]`). */
export interface RegistryEntry {
  mmsi: number;
  imo: number | null;
  name: string | null;
  dredgerType: DredgerType;
  hopperM3: number | null;
  source: string | null;
  operator: string | null;
  /** 1-based line in the CSV. */
  line: number;
}

/** How a vessel came to be counted as a dredger. */
export interface Evidence {
  kind: 'ais_ship_type' | 'ais_name' | 'registry' | 'behaviour';
  detail: string;
}

/** Capacity band of a vessel (hopper m³, or production m³/h for stationary dredgers) and its source. */
export interface CapacityBand {
  band: Band;
  unit: 'hopper_m3' | 'm3_per_hour';
  source: string;
}

/** A vessel as the dredging watch knows it. */
export interface Vessel {
  mmsi: number;
  imo: number | null;
  name: string | null;
  shipType: number | null;
  lengthM: number | null;
  beamM: number | null;
  dredgerType: DredgerType | null;
  /** Where the dredger type came from. */
  dredgerTypeSource: 'registry' | 'ais_name' | 'behaviour' | 'default' | null;
  isDredger: boolean;
  evidence: Evidence[];
  capacity: CapacityBand | null;
  /** Operating company, from the optional `operator` column of the registry. */
  operator: string | null;
}
