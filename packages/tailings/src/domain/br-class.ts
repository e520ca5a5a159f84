import { normalizeLabel } from './facility.ts';

/**
 * Brazil's dam class (A–E) from the risk category (CRI) and the associated potential damage (DPA), each
 * `Alta`/`Média`/`Baixa`. ANM classifies mining dams on these two axes (Resolução ANM 95/2022, which
 * consolidated Portaria DNPM 70.389/2017). The matrix below was not read from the resolution's annex (its
 * text was not available to check); it is the one ANM itself applied in the SIGBM export of 2021-09-08
 * (`../shared/data/tailings/br-anm-sigbm-2021-09.csv`): all 495 dams rated on both axes carry exactly
 * this class, no exception, and it agrees with ANM's public description (G1, 30 Jan 2019: high risk and
 * high DPA is class A, low and low is E, low risk with high DPA is B).
 *
 *               DPA Alta  DPA Média  DPA Baixa
 *   CRI Alta       A          B          C
 *   CRI Média      B          C          D
 *   CRI Baixa      B          C          E
 */
const MATRIX: Record<string, Record<string, string>> = {
  alta: { alta: 'A', media: 'B', baixa: 'C' },
  media: { alta: 'B', media: 'C', baixa: 'D' },
  baixa: { alta: 'B', media: 'C', baixa: 'E' },
};

/** How a derived class says where it came from (kept on the rating as `derivedBy`). */
export const BR_CLASS_DERIVATION =
  'derived from CRI × DPA: the matrix ANM applied in its SIGBM export of 2021-09-08 (Resolução ANM 95/2022 classification; annex text not checked)';

/** Accepts the words in either gender and English (alto/alta, médio/média, baixo/baixa, high/medium/low). */
function level(raw: string): string | null {
  const t = normalizeLabel(raw);
  if (/^(alt[ao]|high)$/.test(t)) return 'alta';
  if (/^(medi[ao]|medium)$/.test(t)) return 'media';
  if (/^(baix[ao]|low)$/.test(t)) return 'baixa';
  return null;
}

/**
 * The class for a CRI and DPA pair, or null with the reason when either is missing or not a level
 * (e.g. "Não se aplica": dams outside the national policy get no class).
 *
 * @example deriveBrazilClass('Baixa', 'Alta') // { class: 'B', reason: null }
 */
export function deriveBrazilClass(cri: string, dpa: string): { class: string | null; reason: string | null } {
  const c = level(cri);
  const d = level(dpa);
  if (!c || !d) {
    return {
      class: null,
      reason: `no class: CRI "${cri.trim()}" and DPA "${dpa.trim()}" are not both Alta/Média/Baixa`,
    };
  }
  return { class: MATRIX[c]?.[d] ?? null, reason: null };
}
