import type { IntlShape } from 'react-intl';

/** The parts of a facility's crosswalk basis the page words (see the API's `gistmEquivalent.crosswalk`). */
export interface CrosswalkBasis {
  system: string;
  name: string;
  noteCode: string;
  note: string;
}

/** Catalog ids of a crosswalk's name and of its row's note. */
export const crosswalkIds = (c: Pick<CrosswalkBasis, 'system' | 'noteCode'>) => ({
  name: `tailings.crosswalk.name.${c.system}`,
  note: `tailings.crosswalk.note.${c.noteCode}`,
});

/**
 * A crosswalk's name and its row's note in the reader's language, from the catalogs; the API's English
 * text when a newer server sends a crosswalk the catalogs do not know yet.
 * @example crosswalkText(intl, gistmEquivalent.crosswalk).note // "même classe" for a French reader
 */
export function crosswalkText(intl: IntlShape, c: CrosswalkBasis): { name: string; note: string } {
  const ids = crosswalkIds(c);
  return {
    name: intl.formatMessage({ id: ids.name, defaultMessage: c.name }),
    note: intl.formatMessage({ id: ids.note, defaultMessage: c.note }),
  };
}
