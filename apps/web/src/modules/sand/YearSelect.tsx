import { useT } from './shared.tsx';

/** A year selector over the years that have figures (the current year stays listed even without). */
export function YearSelect({
  id,
  year,
  years,
  onChange,
}: {
  id: string;
  year: number;
  years: readonly number[];
  onChange: (year: number) => void;
}) {
  const t = useT();
  const options = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);
  return (
    <div className="field">
      <label htmlFor={id}>{t('sand.field.year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[...options].reverse().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
