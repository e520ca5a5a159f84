import {
  isLanguage,
  LANGUAGES,
  type Language,
  pickTranslation,
  type Translations,
} from '@strata/core/browser';
import { useIntl } from 'react-intl';

/** The reader's language, from the interface's locale. */
export function useReaderLanguage(): Language {
  const locale = useIntl().locale.slice(0, 2);
  return isLanguage(locale) ? locale : 'en';
}

/** True when a form other than the one shown is the source's own text (so the shown one is a translation). */
function hasOtherOfficial<F extends object>(forms: Translations<F> | undefined, shown: Language | null) {
  return LANGUAGES.some((l) => l !== shown && forms?.[l]?.official);
}

/**
 * A field in the reader's language when a form exists for it, else the source's own, else the stored
 * text; marked "unofficial translation" when the source's own text is in another language, and tagged
 * with its language so that screen readers and fonts follow it.
 */
export function TranslatedText({
  base,
  forms,
}: {
  base: string;
  forms: Translations<{ text: string }> | undefined;
}) {
  const intl = useIntl();
  const picked = pickTranslation(forms, useReaderLanguage());
  const text = picked?.text ?? base;
  const unofficial = !picked?.official && hasOtherOfficial(forms, picked?.language ?? null);
  return (
    <>
      <bdi lang={picked?.language}>{text}</bdi>
      {unofficial && (
        <small className="note"> ({intl.formatMessage({ id: 'process.translation.unofficial' })})</small>
      )}
    </>
  );
}

/** A list (e.g. an agenda) in the reader's language, by the same rule as TranslatedText, as an ordered list. */
export function TranslatedList({
  base,
  forms,
}: {
  base: string[];
  forms: Translations<{ items: string[] }> | undefined;
}) {
  const intl = useIntl();
  const picked = pickTranslation(forms, useReaderLanguage());
  const unofficial = !picked?.official && hasOtherOfficial(forms, picked?.language ?? null);
  return (
    <>
      <ol lang={picked?.language}>
        {(picked?.items ?? base).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      {unofficial && <p className="note">{intl.formatMessage({ id: 'process.translation.unofficial' })}</p>}
    </>
  );
}
