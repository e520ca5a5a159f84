import { useIntl } from 'react-intl';

/** The four toxicity facts an operator may disclose, in the order the facility page lists them. */
export const TOXICITY_FACTS = ['acidRockDrainage', 'cyanide', 'radionuclides', 'highPh'] as const;

/** Fields whose value is a length in metres or a coordinate in degrees (units Intl.NumberFormat knows). */
const INTL_UNITS: Record<string, string> = { heightM: 'meter', lat: 'degree', lon: 'degree' };
/** Volumes: cubic metres are not among Intl's units, so the SI symbol follows the localised number. */
const VOLUME_FIELDS = new Set(['volumeM3', 'plannedVolume5yM3']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * How the tailings screens write a facility's values in the reader's language: `show` for any value (yes/no,
 * numbers, lists), `field` for one record field (statuses and raise methods by name, the source's rating with
 * its system, toxicity facts by name, and, with `withUnit`, lengths, volumes and coordinates with their unit).
 */
export function useFieldFormat() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return t(v ? 'tailings.yes' : 'tailings.no');
    if (typeof v === 'number') return intl.formatNumber(v, { maximumFractionDigits: 5 });
    if (Array.isArray(v)) return v.length ? v.map((x) => show(x)).join('; ') : '—';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const field = (name: string, v: unknown, withUnit = false): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (name === 'status' && typeof v === 'string') return t(`tailings.status.${v}`);
    if (name === 'raiseMethod' && typeof v === 'string') return t(`tailings.raise.${v}`);
    // A year is a label, not a quantity: no thousands separator.
    if (name === 'startYear' && typeof v === 'number') return String(v);
    if (name === 'classification' && isRecord(v)) return `${String(v.raw)} (${String(v.system)})`;
    if (name === 'toxicity' && isRecord(v)) {
      return TOXICITY_FACTS.map((k) => `${t(`tailings.hazard.${k}`)}: ${show(v[k])}`).join('; ');
    }
    if (withUnit && typeof v === 'number') {
      const unit = INTL_UNITS[name];
      if (unit) return intl.formatNumber(v, { style: 'unit', unit, maximumFractionDigits: 5 });
      if (VOLUME_FIELDS.has(name)) return `${intl.formatNumber(v, { maximumFractionDigits: 2 })} m³`;
    }
    return show(v);
  };
  return { show, field };
}
