import type { Language } from '@strata/core/browser';

/** The columns of the national statistics template, by code; the header may name them in any UN language. */
export const SUBMISSION_COLUMNS = ['year', 'value', 'unit', 'density_t_per_m3', 'note'] as const;
export type SubmissionColumn = (typeof SUBMISSION_COLUMNS)[number];

/**
 * The template's header in each of the six languages. An upload may use any of them (or the codes):
 * a focal point fills in the template downloaded in their language and the server reads it as such.
 * Units stay codes in every language (t, kt, m3), as SI symbols do.
 */
export const SUBMISSION_HEADERS: Record<Language, Record<SubmissionColumn, string>> = {
  en: { year: 'year', value: 'value', unit: 'unit', density_t_per_m3: 'density (t/m3)', note: 'note' },
  fr: { year: 'année', value: 'valeur', unit: 'unité', density_t_per_m3: 'densité (t/m3)', note: 'note' },
  es: { year: 'año', value: 'valor', unit: 'unidad', density_t_per_m3: 'densidad (t/m3)', note: 'nota' },
  ru: {
    year: 'год',
    value: 'значение',
    unit: 'единица',
    density_t_per_m3: 'плотность (т/м3)',
    note: 'примечание',
  },
  zh: { year: '年份', value: '数值', unit: '单位', density_t_per_m3: '密度（吨/立方米）', note: '备注' },
  ar: { year: 'السنة', value: 'القيمة', unit: 'الوحدة', density_t_per_m3: 'الكثافة (طن/م3)', note: 'ملاحظة' },
};
