import { useSearchParams } from 'react-router';
import { ChoiceField, useT } from './shared.tsx';

/**
 * The URL's filters as an API query string, and a setter that keeps them in the URL (so a filtered list
 * can be linked to).
 */
export function useFilters(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const k of keys) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const qs = query.toString();
  /** A select over a closed list bound to the URL parameter `key`, with an "any" choice. */
  const choice = (
    key: string,
    label: string,
    options: readonly string[],
    prefix: string,
    optionLabel?: (o: string) => string,
  ) => (
    <ChoiceField
      label={label}
      options={options}
      prefix={prefix}
      optionLabel={optionLabel}
      any
      value={params.get(key) ?? ''}
      onChange={(v) => set(key, v)}
    />
  );
  const country = () => (
    <CountryFilter value={params.get('country') ?? ''} onChange={(v) => set('country', v)} />
  );
  return { params, set, query: qs, qs: qs ? `?${qs}` : '', choice, country };
}

/** A three-letter country filter (ISO 3166-1 alpha-3). */
export function CountryFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('filter.country')}</span>
      <input
        size={4}
        maxLength={3}
        defaultValue={value}
        aria-describedby="country-hint"
        onChange={(e) => onChange(e.target.value.length === 3 ? e.target.value.toUpperCase() : '')}
      />
      <span id="country-hint" className="muted">
        {t('filter.countryHint')}
      </span>
    </label>
  );
}
