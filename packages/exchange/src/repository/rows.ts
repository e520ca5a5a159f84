/** ISO text of a timestamp as either engine returns it. */
export const iso = (d: Date | string) => new Date(d).toISOString();
/** `char(3)` columns: trimmed in case an engine pads them. */
export const iso3 = (s: string | null) => (s === null ? null : s.trim());
