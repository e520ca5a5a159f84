/**
 * Parses a coordinate written in degrees-minutes-seconds or decimal degrees into decimal degrees.
 * SIGBM exports coordinates as DMS such as `-10°39'12.400''`, sometimes with a decimal comma
 * (`-10°39'12,4''`); the sign of the degrees applies to the whole value, and a hemisphere letter
 * (N/S/E/W, or O for "oeste") may be given instead. Returns null when the text is not a coordinate.
 * Minutes or seconds of 60 and above are accepted as written (SIGBM holds e.g. `00°50'71.400''`)
 * and flagged by {@link dmsIsCanonical}.
 *
 * @example parseDms("-10°39'12.400''") // -10.6534444…
 */
export function parseDms(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.trim().replace(/,/g, '.');
  if (t === '') return null;
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  const m =
    /^([-+])?\s*(\d{1,3}(?:\.\d+)?)\s*[°º:d ]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′:m ]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:''|"|″|s)?)?)?\s*([NSEWOnsewo])?$/.exec(
      t,
    );
  if (!m) return null;
  const deg = Number(m[2]);
  const min = m[3] ? Number(m[3]) : 0;
  const sec = m[4] ? Number(m[4]) : 0;
  let value = deg + min / 60 + sec / 3600;
  const hemi = m[5]?.toUpperCase();
  if (m[1] === '-' || hemi === 'S' || hemi === 'W' || hemi === 'O') value = -value;
  return value;
}

/** True when minutes and seconds are below 60 (a well-formed DMS value). */
export function dmsIsCanonical(raw: string): boolean {
  const m = /°\s*(\d+(?:[.,]\d+)?)\s*'\s*(\d+(?:[.,]\d+)?)?/.exec(raw);
  if (!m) return true;
  const min = Number((m[1] ?? '0').replace(',', '.'));
  const sec = Number((m[2] ?? '0').replace(',', '.'));
  return min < 60 && sec < 60;
}
