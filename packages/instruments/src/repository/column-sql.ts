import { GRADES, ISSUES, STAGES } from '../domain/vocabulary.ts';

const list = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;
const gradeCode = `case c.grade ${GRADES.map((g, k) => `when '${g}' then '${k}'`).join(' ')} end`;

/**
 * SQL that computes instruments' dense columns from their cells, as the `instruments_column` table keeps
 * them: one row per instrument with `weights`, 96 characters in matrix order (issue-major, as
 * `cellIndex`), each the grade's index `0`–`3` or `.` for an ungraded cell. `filter` restricts the
 * instruments (`where instrument_slug in (…)`); it is spliced between the two parts.
 * The vocabulary is inlined: its values are constants of lowercase letters and underscores.
 */
export function columnSelectSql(): { head: string; tail: string } {
  return {
    head:
      'select i.slug as instrument_slug, ' +
      `string_agg(coalesce(${gradeCode}, '.'), '' order by iss.n, stg.n) as weights ` +
      'from (select distinct instrument_slug as slug from instruments_cell ',
    tail:
      `) i cross join unnest(${list(ISSUES)}::text[]) with ordinality as iss(v, n) ` +
      `cross join unnest(${list(STAGES)}::text[]) with ordinality as stg(v, n) ` +
      'left join instruments_cell c on c.instrument_slug = i.slug and c.issue = iss.v and c.stage = stg.v ' +
      'group by i.slug',
  };
}

/** Reads a stored `weights` string into a dense column (grade index, -1 ungraded). */
export function parseWeights(weights: string): Int8Array {
  const column = new Int8Array(weights.length);
  for (let k = 0; k < weights.length; k++) {
    const code = weights.charCodeAt(k) - 48;
    column[k] = code >= 0 && code <= 3 ? code : -1;
  }
  return column;
}
