/** Which vessels are dredgers, and why: AIS ship type, name, registry, behaviour. */
import type { DredgerType } from './types.ts';
import type { RegistryEntry, Vessel, VesselStatic } from './vessel.ts';

/** Words in AIS names that say "dredger" (names are upper-case 6-bit ASCII). */
export const DREDGER_NAME_PATTERN = /\b(DREDG\w*|TSHD|HOPPER|CUTTER|BAGGER\w*|DRAGA|DRAGUE\w*|DRAGAGEM)\b/;

/** Dredger type a name implies, when it says so. */
function typeFromName(name: string): DredgerType | null {
  if (/\bCUTTER\b/.test(name)) return 'cutter_suction';
  if (/\b(TSHD|HOPPER)\b/.test(name)) return 'trailing_suction_hopper';
  if (/\bGRAB\b/.test(name)) return 'grab';
  if (/\bBACKHOE\b/.test(name)) return 'backhoe';
  return null;
}

/**
 * Identifies dredgers among vessels from AIS static data (ship type 33, names) and a user registry.
 * Behaviour evidence is added later by the analysis ({@link addBehaviourEvidence}). Every vessel seen
 * is returned; `isDredger` says whether any evidence was found.
 */
export function identifyVessels(
  statics: Iterable<VesselStatic>,
  registry: readonly RegistryEntry[] = [],
  seenMmsis: Iterable<number> = [],
): Map<number, Vessel> {
  const out = new Map<number, Vessel>();
  const blank = (mmsi: number): Vessel => ({
    mmsi,
    imo: null,
    name: null,
    shipType: null,
    lengthM: null,
    beamM: null,
    dredgerType: null,
    dredgerTypeSource: null,
    isDredger: false,
    evidence: [],
    capacity: null,
    operator: null,
  });
  for (const mmsi of seenMmsis) out.set(mmsi, blank(mmsi));
  for (const s of statics) {
    const v = out.get(s.mmsi) ?? blank(s.mmsi);
    v.imo = s.imo ?? v.imo;
    v.name = s.name ?? v.name;
    v.shipType = s.shipType ?? v.shipType;
    v.lengthM = s.lengthM ?? v.lengthM;
    v.beamM = s.beamM ?? v.beamM;
    if (s.shipType === 33) {
      v.evidence.push({
        kind: 'ais_ship_type',
        detail: 'AIS ship type 33 (dredging or underwater operations)',
      });
    }
    if (s.name && DREDGER_NAME_PATTERN.test(s.name)) {
      v.evidence.push({ kind: 'ais_name', detail: `AIS name "${s.name}" names a dredger` });
      const t = typeFromName(s.name);
      if (t && !v.dredgerType) {
        v.dredgerType = t;
        v.dredgerTypeSource = 'ais_name';
      }
    }
    out.set(s.mmsi, v);
  }
  for (const r of registry) {
    const v = out.get(r.mmsi) ?? blank(r.mmsi);
    v.imo = r.imo ?? v.imo;
    v.name = r.name ?? v.name;
    v.dredgerType = r.dredgerType;
    v.dredgerTypeSource = 'registry';
    v.operator = r.operator ?? v.operator;
    v.evidence.push({
      kind: 'registry',
      detail: `user registry line ${r.line}: ${r.dredgerType.replace(/_/g, ' ')}${r.hopperM3 ? `, hopper ${r.hopperM3} m³` : ''}${r.source ? ` (${r.source})` : ''}`,
    });
    if (r.hopperM3 !== null && r.dredgerType === 'trailing_suction_hopper') {
      v.capacity = {
        band: { low: r.hopperM3, central: r.hopperM3, high: r.hopperM3 },
        unit: 'hopper_m3',
        source: `user registry line ${r.line}${r.source ? ` (${r.source})` : ''}`,
      };
    }
    out.set(r.mmsi, v);
  }
  for (const v of out.values()) v.isDredger = v.evidence.length > 0;
  return out;
}

/** Records that a vessel's track looks like dredging; sets its type and default capacity if unknown. */
export function addBehaviourEvidence(vessel: Vessel, type: DredgerType, detail: string): void {
  vessel.evidence.push({ kind: 'behaviour', detail });
  vessel.isDredger = true;
  if (!vessel.dredgerType) {
    vessel.dredgerType = type;
    vessel.dredgerTypeSource = 'behaviour';
  }
}
