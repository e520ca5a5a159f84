import { encodePositionReport, encodeStaticVoyage } from '@strata/ais';
import type { Scenario } from './scenario.ts';

/**
 * The scenario's reports as an NMEA 0183 log: `!AIVDM` position reports (type 1) and static data
 * (type 5, two sentences), each message behind an NMEA 4.10 tag block whose `c:` is the receive time.
 * Lines come in time order, as a receiver logs them.
 *
 * @example for (const line of scenarioNmeaLines(s)) out.write(`${line}\n`);
 */
export function* scenarioNmeaLines(scenario: Scenario): Generator<string> {
  const vesselByMmsi = new Map(scenario.vessels.map((v) => [v.mmsi, v]));
  const { positions, statics } = scenario;
  let s = 0;
  let seq = 0;
  for (let k = 0; k <= positions.length; k++) {
    const p = positions[k];
    while (s < statics.length && (p === undefined || statics[s].timestampMs <= p.timestampMs)) {
      const st = statics[s++];
      const v = vesselByMmsi.get(st.mmsi);
      const toBow = Math.round(st.lengthM * 0.8);
      const toPort = Math.round(st.beamM / 2);
      yield* encodeStaticVoyage(
        {
          mmsi: st.mmsi,
          imo: st.imo,
          callsign: st.callsign,
          shipname: st.name,
          shiptype: st.shipType,
          toBow,
          toStern: st.lengthM - toBow,
          toPort,
          toStarboard: st.beamM - toPort,
          draughtM: st.draughtM,
          destination: v?.site ? 'WORKS AREA' : '',
        },
        { timeMs: st.timestampMs, sequenceId: (seq++ % 9) + 1, channel: seq % 2 ? 'A' : 'B' },
      );
    }
    if (p === undefined) break;
    yield encodePositionReport(
      {
        mmsi: p.mmsi,
        lon: p.lon,
        lat: p.lat,
        speedKnots: p.speedKnots,
        courseDeg: p.courseDeg,
        status: 0,
        second: Math.floor(p.timestampMs / 1000) % 60,
      },
      { timeMs: p.timestampMs },
    );
  }
}
